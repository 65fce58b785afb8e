import { emptyRagCounts } from './ragCounts';

describe('ragCounts', () => {
  it('starts every status at 0, in the order Complete, Closed, Ongoing, No date, Red, Amber, Green', () => {
    expect(Object.entries(emptyRagCounts())).toEqual([
      ['Complete', 0],
      ['Closed', 0],
      ['Ongoing', 0],
      ['No date', 0],
      ['Red', 0],
      ['Amber', 0],
      ['Green', 0],
    ]);
  });

  it('gives a fresh object each time', () => {
    const counts = emptyRagCounts();
    counts.Red = 5;
    expect(emptyRagCounts().Red).toBe(0);
  });
});
