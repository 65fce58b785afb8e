import type { ComputedStatus } from '../record';
import { countRag, emptyRagCounts } from './ragCounts';

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

  it.each<[ComputedStatus[], Partial<Record<ComputedStatus, number>>]>([
    [[], {}],
    [['Red'], { Red: 1 }],
    [['Green', 'Green', 'Amber', 'Red', 'Complete', 'Closed', 'No date', 'Ongoing', 'Green'],
      { Green: 3, Amber: 1, Red: 1, Complete: 1, Closed: 1, 'No date': 1, Ongoing: 1 }],
  ])('counts %j', (statuses, expected) => {
    const counts = countRag(statuses.map((computed) => ({ computed })));
    expect(counts).toEqual({ ...emptyRagCounts(), ...expected });
    expect(Object.keys(counts)).toEqual(Object.keys(emptyRagCounts()));
  });

  it('counts any iterable', () => {
    function* results() {
      yield { computed: 'Red' as const };
      yield { computed: 'Red' as const };
    }
    expect(countRag(results()).Red).toBe(2);
  });
});
