import { cellRef, parseAreaRef } from '../grid';
import { planRowHeights } from './rowHeights';
import type { ProductSheet } from './writePlan';

type Laid = Pick<ProductSheet, 'cells' | 'widths' | 'printArea'>;

/** a cell's place as one number, rows a sheet's width apart */
const place = (row: number, col: number): number => row * 16384 + col;

/**
 * A product sheet made ready to print (domain.md "Standard summary sheets"): a header over a column of
 * figures sits right, as the figures do, every row with wrapped text or a larger font is given the height
 * its lines need, so nothing prints over the next row, and the print area reaches every column the sheet
 * gives a width (a title runs on over the empty cells right of it, and an Exceptions sheet with nothing
 * to list has only column A written: it printed cut at A's edge).
 */
export function laidOut<S extends Laid>(sheet: S): S & { rowHeights: Array<[number, number]> } {
  // the headers are a few cells, the figures may be thousands: the figures are looked up under the headers,
  // and only the headers are changed
  // (indexed loops: this runs once a sheet, before the engine has compiled it, over tens of thousands of cells)
  const all = sheet.cells;
  const headers: number[] = [];
  const headerPlaces = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.style !== 'header') continue;
    headers.push(i);
    headerPlaces.add(place(c.row, c.col));
  }
  const overFigures = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (typeof c.value === 'number' && headerPlaces.has(place(c.row - 1, c.col))) overFigures.add(place(c.row - 1, c.col));
  }
  const cells = all.slice();
  for (const i of headers) {
    const c = cells[i]!;
    if (overFigures.has(place(c.row, c.col))) cells[i] = { ...c, style: 'header-number' };
  }
  const area = parseAreaRef(sheet.printArea);
  const printArea = area && sheet.widths.length - 1 > area.right ? `A1:${cellRef(area.bottom, sheet.widths.length - 1)}` : sheet.printArea;
  return { ...sheet, cells, printArea, rowHeights: planRowHeights(cells, sheet.widths) };
}
