import { checkRows } from '../../../test/support/checkRows';
import { countByOwner } from './countByOwner';
import { byOwnerModelSchema } from './summaryModels';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];

describe('countByOwner', () => {
  it('counts an action once for each officer it names, names kept as written and sorted case-blind', () => {
    const report = checkRows(HEADER, [
      ['1', 'A', 'KD/RH', '31/10/2010', 'R'],
      ['2', 'B', 'HB&JP', 'Dec 2011', 'G'],
      ['3', 'C', 'kd', 'Dec 2011', 'G'],
      ['4', 'D', 'J Robinson, K Hornsey and HB', 'Jan 11', 'Complete'],
      ['5', 'E', 'HB / HB', 'Dec 2011', 'G'],
    ], { asAt: '2011-03-31' });
    const model = countByOwner(report, '2011-03-31');
    expect(byOwnerModelSchema.parse(model)).toEqual(model);
    expect(model.owners.map((o) => [o.owner, o.actions, o.counts.Red, o.counts.Green, o.counts.Complete])).toEqual([
      ['HB', 3, 0, 2, 1],
      ['J Robinson', 1, 0, 0, 1],
      ['JP', 1, 0, 1, 0],
      ['K Hornsey', 1, 0, 0, 1],
      ['KD', 1, 1, 0, 0],
      ['kd', 1, 0, 1, 0],
      ['RH', 1, 1, 0, 0],
    ]);
    expect(model.noOwner.actions).toBe(0);
  });

  it('counts actions with no owner apart', () => {
    const report = checkRows(HEADER, [['1', 'A', null, 'Dec 2011', 'G'], ['2', 'B', 'HB', 'Dec 2011', 'G']], { asAt: '2011-03-31' });
    const model = countByOwner(report, '2011-03-31');
    expect(model.noOwner).toEqual({ actions: 1, counts: { Complete: 0, Closed: 0, Ongoing: 0, 'No date': 0, Red: 0, Amber: 0, Green: 1 } });
    expect(model.owners.map((o) => o.owner)).toEqual(['HB']);
  });
});
