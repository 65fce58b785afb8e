/// <reference types="office-js" />
import { columnLetter } from '../../core/grid';
import type { ProductSheet } from '../../core/plan/writePlan';

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

/** A product sheet's page set-up: column widths, frozen header, print area and orientation. */
export function queueSheetLayout(ws: Excel.Worksheet, sheet: Pick<ProductSheet, 'widths' | 'freeze' | 'printArea' | 'landscape'>): void {
  queueColumnWidths(ws, 0, sheet.widths);
  const { rows, cols } = sheet.freeze;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
  if (sheet.printArea) ws.pageLayout.setPrintArea(sheet.printArea);
  ws.pageLayout.orientation = sheet.landscape ? 'Landscape' : 'Portrait';
}
