import { emptyRagCounts } from './ragCounts';

describe('ragCounts', () => {
  it('starts every status at 0, in the order Red, Amber, Green, Complete, Ongoing, No date, Closed', () => {
    expect(Object.entries(emptyRagCounts())).toEqual([
      ['Red', 0],
      ['Amber', 0],
      ['Green', 0],
      ['Complete', 0],
      ['Ongoing', 0],
      ['No date', 0],
      ['Closed', 0],
    ]);
  });

  it('gives a fresh object each time', () => {
    const counts = emptyRagCounts();
    counts.Red = 5;
    expect(emptyRagCounts().Red).toBe(0);
  });
});
