import { checkRows } from '../../../test/support/checkRows';
import { planTrackerColumns } from './planTrackerColumns';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
const sheet = checkRows(HEADER, [
  ['1', 'Overdue', 'HB', '31/10/2010', 'G'],
  ['2', 'Due', 'KD', '31/01/2011', 'G'],
  ['3', 'Same day as the first', 'HB', '31/10/2010', 'G'],
  ['4', 'Not a date', 'JP', 'TBA', 'G'],
  ['5', 'Standing item', 'JP', 'Ongoing', 'G'],
  ['6', 'A target not understood', 'JP', 'next-ish', 'G'],
], { asAt: '2011-03-31' });

describe('planTrackerColumns', () => {
  it.each<[string, boolean, Array<string | number>]>([
    ['the 1900 date system', false, [40482, 40574, 40482, 'No date', 'Ongoing', 'Not understood']],
    ['the 1904 date system', true, [39020, 39112, 39020, 'No date', 'Ongoing', 'Not understood']],
  ])('writes each target as read, a date as a serial of %s', (_what, date1904, expected) => {
    const { columns } = planTrackerColumns(sheet, 6, '2011-03-31', date1904);
    const targets = columns.cells.filter((c) => c.col === 6 && c.row > columns.headerRow);
    expect(targets.map((c) => c.value)).toEqual(expected);
    expect(targets.map((c) => c.style)).toEqual(['date', 'date', 'date', 'text', 'text', 'text']);
  });
});

describe('planTrackerColumns, each row', () => {
  const { columns } = planTrackerColumns(sheet, 6, '2011-03-31', false);
  const byRow = (row: number) => columns.cells.filter((c) => c.row === row).map((c) => [c.col, c.value, c.style]);

  it.each<[string, number, Array<[number, unknown, unknown]>]>([
    ['an overdue action said on track: its target, its RAG, the days slipped and its issue', 2, [[6, 40482, 'date'], [7, 'Red', 'rag-Red'], [8, 151, 'number'], [9, 'Status better than the dates', 'text']]],
    ['a standing item: no target date, no days slipped, no issue', 6, [[6, 'Ongoing', 'text'], [7, 'Ongoing', 'rag-Ongoing']]],
    ['a target not read as a date: its issue in the last column', 5, [[6, 'No date', 'text'], [7, 'No date', 'rag-No date'], [9, 'No target date', 'text']]],
  ])('%s', (_what, row, expected) => {
    expect(byRow(row)).toEqual(expected);
  });

  it('gives the cells in row order, each row in column order', () => {
    const places = columns.cells.map((c) => c.row * 100 + c.col);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});

describe('planTrackerColumns, issues on a row that is no action', () => {
  it('are written on their row too, in order', () => {
    const gapped = checkRows(HEADER, [['1', 'Overdue', 'HB', '31/10/2010', 'G'], [null, null, null, null, null], ['3', 'Standing item', 'JP', 'Ongoing', 'G']], { asAt: '2011-03-31' });
    const issue = gapped.issues.find((i) => i.row === 3)!;
    // sheet row 4 is blank, so no action's
    const { columns } = planTrackerColumns({ ...gapped, issues: [...gapped.issues, { ...issue, row: 4 }] }, 6, '2011-03-31', false);
    expect(columns.cells.filter((c) => c.row > columns.headerRow).map((c) => [c.row, c.col])).toEqual([
      [2, 6], [2, 7], [2, 8], [2, 9],
      [3, 9],
      [4, 6], [4, 7],
    ]);
  });
});
