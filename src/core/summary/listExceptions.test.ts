import { checkRows } from '../../../test/support/checkRows';
import { listExceptions, shorten } from './listExceptions';
import { exceptionsModelSchema } from './summaryModels';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Revised target', 'Progress', 'Status'];

describe('listExceptions', () => {
  const report = checkRows(HEADER, [
    ['1', 'Overdue', 'HB', '31/10/2010', null, 'Waiting on IT', 'R'],
    ['2', 'Fine', 'HB', 'Dec 2011', null, 'Going well', 'G'],
    ['3', 'Revised later, still due', 'KD', 'Jan 2011', 'Jun 2011', 'Put back by CMT', 'A'],
    ['4', 'Done late', 'KD', 'Jan 2011', null, 'Done', 'Complete'],
    ['5', 'No date yet', 'JP', 'TBA', null, null, null],
    ['6', 'Said on track but due soon', 'JP', '15/04/2011', null, null, 'G'],
    ['7', 'Said red but fine', 'JP', 'Dec 2011', null, null, 'R'],
  ], { asAt: '2011-03-31' });
  const model = listExceptions(report, '2011-03-31', 30);

  it('lists what a manager must look at, most urgent first: Red, no date, reported better than the dates, then Amber', () => {
    expect(exceptionsModelSchema.parse(model)).toEqual(model);
    expect(model.rows.map((r) => [r.ref, r.group, r.computed, r.reasons, r.slippageDays])).toEqual([
      // overdue on its one target: not 'moved later'
      ['1', 'red', 'Red', ['red'], 151],
      ['5', 'no-date', 'No date', ['no-date'], null],
      ['6', 'mismatch', 'Amber', ['mismatch', 'due-soon'], 0],
      ['3', 'amber', 'Amber', ['slipped'], 150],
    ]);
    expect(model.amberDays).toBe(30);
  });

  it('puts the Red actions most days slipped first, and those slipped alike in sheet order', () => {
    const reds = checkRows(HEADER, [
      ['1', 'A little late', 'HB', '28/02/2011', null, null, null],
      ['2', 'Very late', 'HB', '30/06/2010', null, null, null],
      ['3', 'Also a little late', 'HB', '28/02/2011', null, null, null],
      ['4', 'Later still', 'HB', '31/12/2010', null, null, null],
    ], { asAt: '2011-03-31' });
    expect(listExceptions(reds, '2011-03-31', 30).rows.map((r) => [r.ref, r.slippageDays])).toEqual([['2', 274], ['4', 90], ['1', 31], ['3', 31]]);
  });

  it('leaves out late completions, Green actions and statuses reported worse than the dates', () => {
    expect(model.rows.map((r) => r.ref)).not.toEqual(expect.arrayContaining(['2', '4', '7']));
  });

  it('links each one back to its ref cell and carries what a manager reads', () => {
    expect(model.rows[0]).toEqual({
      row: 3, cell: 'A3', ref: '1', action: 'Overdue', owner: 'HB', target: '31/10/2010', revisedTarget: null,
      computed: 'Red', slippageDays: 151, progress: 'Waiting on IT', group: 'red', reasons: ['red'],
    });
    expect(model.rows[3]).toMatchObject({ target: 'Jan 2011', revisedTarget: 'Jun 2011', progress: 'Put back by CMT' });
  });

  it('links to the action cell when the tracker has no ref column', () => {
    const noRefs = checkRows(['Action', 'Lead officer', 'Target date'], [['Late thing', 'HB', 'Jan 2011']], { asAt: '2011-03-31' });
    expect(listExceptions(noRefs, '2011-03-31', 30).rows.map((r) => r.cell)).toEqual(['A3']);
  });

  it.each<[string, number, string]>([
    ['Short action', 120, 'Short action'],
    ['Two\nlines  here', 120, 'Two lines here'],
    ['Single spaces only', 120, 'Single spaces only'],
    ['Two  spaces', 120, 'Two spaces'],
    ['A\ttab', 120, 'A tab'],
    ['A no-break\u00a0space', 120, 'A no-break space'],
    [' Leading space', 120, 'Leading space'],
    ['Trailing space ', 120, 'Trailing space'],
    ['Trailing line break\n', 120, 'Trailing line break'],
    ['Review the customer journey mapping programme with the partners', 40, 'Review the customer journey mapping…'],
    ['Averyveryverylongwordwithoutanyspacesatall', 20, 'Averyveryverylongwo…'],
  ])('shorten(%j, %d) → %j', (text, limit, expected) => {
    expect(shorten(text, limit)).toBe(expected);
  });
});
