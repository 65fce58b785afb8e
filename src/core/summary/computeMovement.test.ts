import { checkRows } from '../../../test/support/checkRows';
import { computeMovement } from './computeMovement';
import { movementModelSchema } from './summaryModels';

describe('computeMovement', () => {
  const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress 01/06/09', 'Status 01/06/09', 'Progress 16/11/09', 'Status 16/11/09'];

  it('crosses the last period but one with the last, and counts what improved and worsened', () => {
    const report = checkRows(HEADER, [
      ['1', 'A', 'HB', 'Dec 2011', 'x', 'R', 'y', 'A'],
      ['2', 'B', 'HB', 'Dec 2011', 'x', 'G', 'y', 'R'],
      ['3', 'C', 'HB', 'Dec 2011', 'x', 'G', 'y', 'G'],
      ['4', 'D', 'HB', 'Dec 2011', 'x', 'A', 'y', 'Complete'],
      ['5', 'E', 'HB', 'Dec 2011', 'x', null, 'y', 'G'],
      ['6', 'F', 'HB', 'Dec 2011', 'x', 'G', 'y', 'Deferred'],
    ], { asAt: '2009-12-31' });
    const model = computeMovement(report)!;
    expect(movementModelSchema.parse(model)).toEqual(model);
    expect([model.from, model.to]).toEqual([{ label: expect.stringContaining('01/06/09'), date: '2009-06-01' }, { label: expect.stringContaining('16/11/09'), date: '2009-11-16' }]);
    expect(model.statuses).toEqual(['complete', 'on-track', 'at-risk', 'off-track', 'deferred', 'none']);
    expect(model.matrix).toEqual([
      //  to: C  G  A  R  D  none
      [0, 0, 0, 0, 0, 0], // from complete
      [0, 1, 0, 1, 1, 0], // from on-track
      [1, 0, 0, 0, 0, 0], // from at-risk
      [0, 0, 1, 0, 0, 0], // from off-track
      [0, 0, 0, 0, 0, 0], // from deferred
      [0, 1, 0, 0, 0, 0], // from nothing written
    ]);
    expect([model.improved, model.worsened, model.unchanged, model.other]).toEqual([2, 1, 1, 2]);
  });

  it('is null with fewer than two reporting periods', () => {
    const report = checkRows(['Ref', 'Action', 'Lead officer', 'Target date', 'Status'], [['1', 'A', 'HB', 'Dec 2011', 'G']], { asAt: '2011-03-31' });
    expect(computeMovement(report)).toBeNull();
  });
});
