/// <reference types="office-js" />
import { columnLetter, type ProductSheet } from '../../core';

/**
 * A width in characters, as a plan gives it and the .xlsx writer stores it, in the points Office.js takes:
 * Excel's conversion for its default font (Calibri 11, 7 pixels a digit), at 96 pixels to 72 points, so
 * both writers give a column the same width.
 */
export function widthPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return (pixels * 72) / 96;
}

/** a whole column, "K:K" */
export const wholeColumns = (first: number, count = 1): string => `${columnLetter(first)}:${columnLetter(first + count - 1)}`;

export function queueColumnWidths(ws: Excel.Worksheet, first: number, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    ws.getRange(wholeColumns(first + i)).format.columnWidth = widthPoints(w);
  });
}

/**
 * Row heights as the plan gives them, in points, a call per run of rows of one height ("5:9"), so a long
 * Exceptions sheet is not a call per row.
 */
export function queueRowHeights(ws: Excel.Worksheet, heights: ReadonlyArray<readonly [number, number]>): void {
  for (let i = 0; i < heights.length; ) {
    const [first, points] = heights[i]!;
    let last = first;
    while (i + 1 < heights.length && heights[i + 1]![0] === last + 1 && heights[i + 1]![1] === points) last = heights[++i]![0];
    ws.getRange(`${first + 1}:${last + 1}`).format.rowHeight = points;
    i++;
  }
}

/** A product sheet's column widths and row heights: formats, which Excel sets on a hidden sheet too. */
export function queueSheetSizes(ws: Excel.Worksheet, sheet: Pick<ProductSheet, 'widths' | 'rowHeights'>): void {
  queueColumnWidths(ws, 0, sheet.widths);
  queueRowHeights(ws, sheet.rowHeights ?? []);
}

/**
 * A product sheet's frozen header, print area, print titles and orientation, on a sheet that is shown:
 * Excel has refused these on hidden sheets (office-js issue 1463). Panes frozen before are unfrozen
 * first, so a refreshed sheet freezes what the plan says and nothing else.
 */
export function queuePageSetup(ws: Excel.Worksheet, sheet: Pick<ProductSheet, 'freeze' | 'printArea' | 'landscape'>): void {
  ws.freezePanes.unfreeze();
  const { rows, cols } = sheet.freeze;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
  if (sheet.printArea) ws.pageLayout.setPrintArea(sheet.printArea);
  // the frozen title, note and header rows print again at the top of every page (ExcelApi 1.9)
  if (rows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${rows}`);
  ws.pageLayout.orientation = sheet.landscape ? 'Landscape' : 'Portrait';
}
