import { checkRows } from '../../../test/support/checkRows';
import { planTrackerColumns } from './planTrackerColumns';

const HEADER = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
const sheet = checkRows(HEADER, [
  ['1', 'Overdue', 'HB', '31/10/2010', 'G'],
  ['2', 'Due', 'KD', '31/01/2011', 'G'],
  ['3', 'Same day as the first', 'HB', '31/10/2010', 'G'],
  ['4', 'Not a date', 'JP', 'TBA', 'G'],
  ['5', 'Standing item', 'JP', 'Ongoing', 'G'],
], { asAt: '2011-03-31' });

describe('planTrackerColumns', () => {
  it.each<[string, boolean, Array<string | number>]>([
    ['the 1900 date system', false, [40482, 40574, 40482, 'No date', 'Ongoing']],
    ['the 1904 date system', true, [39020, 39112, 39020, 'No date', 'Ongoing']],
  ])('writes each target as read, a date as a serial of %s', (_what, date1904, expected) => {
    const { columns } = planTrackerColumns(sheet, 6, '2011-03-31', date1904);
    const targets = columns.cells.filter((c) => c.col === 6 && c.row > columns.headerRow);
    expect(targets.map((c) => c.value)).toEqual(expected);
    expect(targets.map((c) => c.style)).toEqual(['date', 'date', 'date', 'text', 'text']);
  });
});
