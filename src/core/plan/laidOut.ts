import { cellRef, parseAreaRef } from '../grid';
import { planRowHeights } from './rowHeights';
import type { PlanCell, ProductSheet } from './writePlan';

type Laid = Pick<ProductSheet, 'cells' | 'widths' | 'printArea'>;

const isFigure = (cell: PlanCell): boolean => typeof cell.value === 'number';

/**
 * A product sheet made ready to print (domain.md "Standard summary sheets"): a header over a column of
 * figures sits right, as the figures do, every row with wrapped text or a larger font is given the height
 * its lines need, so nothing prints over the next row, and the print area reaches every column the sheet
 * gives a width (a title runs on over the empty cells right of it, and an Exceptions sheet with nothing
 * to list has only column A written: it printed cut at A's edge).
 */
export function laidOut<S extends Laid>(sheet: S): S & { rowHeights: Array<[number, number]> } {
  const figures = new Set(sheet.cells.filter(isFigure).map((c) => `${c.row},${c.col}`));
  const cells = sheet.cells.map((c) => (c.style === 'header' && figures.has(`${c.row + 1},${c.col}`) ? { ...c, style: 'header-number' as const } : c));
  const area = parseAreaRef(sheet.printArea);
  const printArea = area && sheet.widths.length - 1 > area.right ? `A1:${cellRef(area.bottom, sheet.widths.length - 1)}` : sheet.printArea;
  return { ...sheet, cells, printArea, rowHeights: planRowHeights(cells, sheet.widths) };
}
