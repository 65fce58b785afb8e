import { planRowHeights } from './rowHeights';
import type { PlanCell, ProductSheet } from './writePlan';

type Laid = Pick<ProductSheet, 'cells' | 'widths'>;

const isFigure = (cell: PlanCell): boolean => typeof cell.value === 'number';

/**
 * A product sheet made ready to print (domain.md "Standard summary sheets"): a header over a column of
 * figures sits right, as the figures do, and every row with wrapped text or a larger font is given the
 * height its lines need, so nothing prints over the next row.
 */
export function laidOut<S extends Laid>(sheet: S): S & { rowHeights: Array<[number, number]> } {
  const figures = new Set(sheet.cells.filter(isFigure).map((c) => `${c.row},${c.col}`));
  const cells = sheet.cells.map((c) => (c.style === 'header' && figures.has(`${c.row + 1},${c.col}`) ? { ...c, style: 'header-number' as const } : c));
  return { ...sheet, cells, rowHeights: planRowHeights(cells, sheet.widths) };
}
