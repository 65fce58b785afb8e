import { laidOut } from './laidOut';
import type { PlanCell } from './writePlan';

const cell = (row: number, col: number, value: PlanCell['value'], style?: PlanCell['style']): PlanCell => (style ? { row, col, value, style } : { row, col, value });

describe('laidOut', () => {
  it.each<[string, PlanCell[], Array<PlanCell['style']>]>([
    ['a header over a figure sits right', [cell(0, 0, 'Days', 'header'), cell(1, 0, 3, 'number')], ['header-number', 'number']],
    ['a header over text stays as it is', [cell(0, 0, 'Why', 'header'), cell(1, 0, 'Overdue', 'text')], ['header', 'text']],
    ['a figure two rows down is not under the header', [cell(0, 0, 'Days', 'header'), cell(2, 0, 3, 'number')], ['header', 'number']],
    ['a figure in the next column is not under the header', [cell(0, 0, 'Days', 'header'), cell(1, 1, 3, 'number')], ['header', 'number']],
    ['a figure two rows down and a column left is not under the header', [cell(0, 1, 'Days', 'header'), cell(2, 0, 3, 'number')], ['header', 'number']],
    ['a figure under a cell that is not a header changes nothing', [cell(0, 0, 'Total', 'total'), cell(1, 0, 3, 'number')], ['total', 'number']],
    ['each header of a row on its own', [cell(4, 0, 'Owner', 'header'), cell(4, 1, 'Red', 'header'), cell(5, 0, 'HB', 'text'), cell(5, 1, 2, 'number')], ['header', 'header-number', 'text', 'number']],
  ])('%s', (_what, cells, styles) => {
    expect(laidOut({ cells, widths: [10, 10], printArea: 'A1:B6' }).cells.map((c) => c.style)).toEqual(styles);
  });

  it.each<[string, number[], string, string]>([
    ['a print area short of the widths reaches the last column given one', [10, 10, 10], 'A1:A5', 'A1:C5'],
    ['a print area as wide as the widths is kept', [10, 10], 'A1:B5', 'A1:B5'],
    ['a print area wider than the widths is kept', [10], 'A1:C5', 'A1:C5'],
  ])('%s', (_what, widths, printArea, expected) => {
    expect(laidOut({ cells: [], widths, printArea }).printArea).toBe(expected);
  });

  it('leaves the cells it was given as they were', () => {
    const cells = [cell(0, 0, 'Days', 'header'), cell(1, 0, 3, 'number')];
    laidOut({ cells, widths: [10], printArea: 'A1:A2' });
    expect(cells.map((c) => c.style)).toEqual(['header', 'number']);
  });

  it('gives the rows their heights', () => {
    expect(laidOut({ cells: [cell(0, 0, 'Exceptions', 'title')], widths: [10], printArea: 'A1:A1' }).rowHeights).toEqual([[0, 19.5]]);
  });
});
