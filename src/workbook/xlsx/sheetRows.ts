/**
 * The rows and cells of a worksheet part's XML as positions in its text, for the writer: where each row
 * and cell element starts and ends, and which row and column it is (numbered the way Excel does when a
 * file leaves `r` out: one after the one before).
 */

import { columnIndex } from '../../core/grid';
import { prefixOf } from './xmlText';

export interface CellSpan {
  /** 0-based */
  readonly col: number;
  readonly start: number;
  readonly end: number;
}

export interface RowSpan {
  /** 0-based */
  readonly row: number;
  readonly start: number;
  /** just past the start tag */
  readonly openEnd: number;
  /** for an empty-element row (`<row .../>`): the offset of its "/" */
  readonly slash: number | undefined;
  /** the offset of `</row>`, or openEnd for an empty-element row */
  readonly contentEnd: number;
  readonly end: number;
  /** the start tag's attribute text */
  readonly attributes: string;
  /**
   * The row's cells as (column, start, end) triples, kept flat because a large tracker has a million of
   * them: read them with `cellsOf`, or `lastCellColumn` when that is all that is needed.
   */
  readonly cells: Int32Array;
}

const NO_CELLS = new Int32Array(0);

/** 0-based column of the row's last cell, or -1 when it has none */
export const lastCellColumn = (row: RowSpan): number => (row.cells.length ? row.cells[row.cells.length - 3]! : -1);

/** the row's cells as objects, for the rows that need more than their count and last column */
export function cellsOf(row: RowSpan): CellSpan[] {
  const out: CellSpan[] = [];
  for (let i = 0; i < row.cells.length; i += 3) out.push({ col: row.cells[i]!, start: row.cells[i + 1]!, end: row.cells[i + 2]! });
  return out;
}

export interface SheetDataSpan {
  /** the part's prefix for the main namespace ("" or "x:") */
  readonly p: string;
  /** offset of `<sheetData` */
  readonly start: number;
  /** just past the start tag */
  readonly openEnd: number;
  /** for `<sheetData/>`: the offset of its "/" */
  readonly slash: number | undefined;
  /** offset of `</sheetData>` (openEnd when empty-element) */
  readonly contentEnd: number;
  readonly end: number;
  readonly rows: RowSpan[];
}

const ROW_NUMBER = /\br\s*=\s*["'](\d+)["']/;
const CELL_COLUMN = /\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?\d*["']/;

function growScratch(scratch: Int32Array): Int32Array {
  const bigger = new Int32Array(scratch.length * 2);
  bigger.set(scratch);
  return bigger;
}

/** Finds sheetData and every row and cell in it. Throws when the part has no sheetData. */
export function scanSheetRows(xml: string): SheetDataSpan {
  const p = prefixOf(xml, 'sheetData');
  if (p === null) throw new Error('the worksheet has no sheetData');
  const open = new RegExp(`<${p}sheetData(?=[\\s/>])([^>]*)>`, 'g').exec(xml)!;
  const start = open.index;
  const openEnd = start + open[0].length;
  if (open[1]!.trimEnd().endsWith('/')) {
    return { p, start, openEnd, slash: start + open[0].lastIndexOf('/'), contentEnd: openEnd, end: openEnd, rows: [] };
  }
  const closeTag = `</${p}sheetData>`;
  const contentEnd = xml.indexOf(closeTag, openEnd);
  if (contentEnd < 0) throw new Error('the worksheet sheetData is not closed');

  const rowTag = new RegExp(`<${p}row(?=[\\s/>])([^>]*)>`, 'g');
  const cellTag = new RegExp(`<${p}c(?=[\\s/>])([^>]*)>`, 'g');
  const rowClose = `</${p}row>`;
  const cellClose = `</${p}c>`;
  const rows: RowSpan[] = [];
  let scratch: Int32Array = new Int32Array(3 * 64);
  let lastRow = -1;
  rowTag.lastIndex = openEnd;
  for (let m = rowTag.exec(xml); m && m.index < contentEnd; m = rowTag.exec(xml)) {
    const attributes = m[1]!;
    const numbered = ROW_NUMBER.exec(attributes);
    const row = numbered ? Number(numbered[1]) - 1 : lastRow + 1;
    lastRow = row;
    const rowStart = m.index;
    const rowOpenEnd = rowStart + m[0].length;
    if (attributes.trimEnd().endsWith('/')) {
      rows.push({ row, start: rowStart, openEnd: rowOpenEnd, slash: rowStart + m[0].lastIndexOf('/'), contentEnd: rowOpenEnd, end: rowOpenEnd, attributes, cells: NO_CELLS });
      continue;
    }
    const rowContentEnd = xml.indexOf(rowClose, rowOpenEnd);
    if (rowContentEnd < 0) throw new Error(`row ${row + 1} is not closed`);
    let n = 0;
    let lastCol = -1;
    cellTag.lastIndex = rowOpenEnd;
    for (let c = cellTag.exec(xml); c && c.index < rowContentEnd; c = cellTag.exec(xml)) {
      const at = CELL_COLUMN.exec(c[1]!);
      const col = at ? columnIndex(at[1]!) : lastCol + 1;
      lastCol = col;
      const cellOpenEnd = c.index + c[0].length;
      let cellEnd = cellOpenEnd;
      if (!c[1]!.trimEnd().endsWith('/')) {
        const close = xml.indexOf(cellClose, cellOpenEnd);
        if (close < 0 || close > rowContentEnd) throw new Error(`a cell in row ${row + 1} is not closed`);
        cellEnd = close + cellClose.length;
      }
      if (n + 3 > scratch.length) scratch = growScratch(scratch);
      scratch[n++] = col;
      scratch[n++] = c.index;
      scratch[n++] = cellEnd;
      cellTag.lastIndex = cellEnd;
    }
    const cells = n === 0 ? NO_CELLS : scratch.slice(0, n);
    rows.push({ row, start: rowStart, openEnd: rowOpenEnd, slash: undefined, contentEnd: rowContentEnd, end: rowContentEnd + rowClose.length, attributes, cells });
    rowTag.lastIndex = rowContentEnd + rowClose.length;
  }
  return { p, start, openEnd, slash: undefined, contentEnd, end: contentEnd + closeTag.length, rows };
}
