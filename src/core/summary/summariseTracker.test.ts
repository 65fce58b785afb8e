import { checkRows } from '../../../test/support/checkRows';
import { summariseTracker } from './summariseTracker';
import { summaryModelSchema } from './summaryModels';

const HEADER = ['Ref', 'Theme', 'Action', 'Lead officer', 'Target date', 'Status'];

describe('summariseTracker', () => {
  const report = checkRows(HEADER, [
    ['1', 'Access', 'Overdue, said on track', 'HB', '31/10/2010', 'G'],
    ['2', 'Access', 'Due soon', 'HB', '15/04/2011', 'A'],
    ['3', 'Access', 'Later', 'KD', 'Dec 2011', 'R'],
    ['4', 'Culture', 'Done', 'KD', 'Jan 11', 'Complete'],
    ['5', 'Culture', 'Put back', 'KD', 'Jun 11', 'Deferred'],
    ['6', null, 'No date', 'JP', 'TBA', 'G'],
    ['7', null, 'Standing item', 'JP', 'Ongoing', 'G'],
  ], { asAt: '2011-03-31' });
  const model = summariseTracker(report, '2011-03-31', 'dates');

  it('gives the totals, % complete without closed actions, and the error count', () => {
    expect(summaryModelSchema.parse(model)).toEqual(model);
    expect(model).toMatchObject({
      sheet: 'Plan', asAt: '2011-03-31', ruleSet: 'dates', actions: 7,
      counts: { Complete: 1, Closed: 1, Ongoing: 1, 'No date': 1, Red: 1, Amber: 1, Green: 1 },
      deferred: 1, late: 0, errors: 1,
    });
    expect(model.percentComplete).toBeCloseTo(1 / 6);
  });

  it('counts mismatches both ways: reported better than the dates, and worse', () => {
    expect(model.mismatches).toEqual({ better: 1, worse: 1 });
  });

  it('gives section × RAG in the order sections first appear, a blank section cell carrying the one above down', () => {
    expect(model.sections.map((s) => [s.section, s.actions, s.counts.Red, s.counts.Amber, s.counts.Green, s.counts.Complete, s.counts.Closed, s.counts['No date'], s.counts.Ongoing])).toEqual([
      ['Access', 3, 1, 1, 1, 0, 0, 0, 0],
      ['Culture', 4, 0, 0, 0, 1, 1, 1, 1],
    ]);
  });

  it('puts actions under no section under "(no section)"', () => {
    const plain = checkRows(['Ref', 'Action', 'Lead officer', 'Target date'], [['1', 'Do it', 'HB', 'Dec 2011']], { asAt: '2011-03-31' });
    expect(summariseTracker(plain, '2011-03-31', 'dates').sections).toEqual([
      { section: '(no section)', actions: 1, counts: { Complete: 0, Closed: 0, Ongoing: 0, 'No date': 0, Red: 0, Amber: 0, Green: 1 } },
    ]);
  });

  it('has no % complete when every action is closed', () => {
    const closed = checkRows(HEADER, [['1', 'A', 'Dropped', 'HB', 'Jun 11', 'Withdrawn']], { asAt: '2011-03-31' });
    expect(summariseTracker(closed, '2011-03-31', 'dates').percentComplete).toBeNull();
  });
});
