/**
 * The rows and cells of a worksheet part's XML as positions in its text, for the writer: where each row
 * and cell element starts and ends, and which row and column it is (numbered the way Excel does when a
 * file leaves `r` out: one after the one before).
 *
 * A large tracker has a million cells, and the writer needs little of them: how far right each row
 * reaches, and the cells themselves only in the rows that reach the product's columns. So rows are
 * scanned with their last cell's column (read from the last cell tag), and a row's cells on demand.
 */

import { columnIndex } from '../../core';
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
  /** 0-based column of the row's last cell; -1 when it has none */
  readonly lastCol: number;
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
const TAG_END = /[\s/>]/;

const cellTagOf = (p: string): RegExp => new RegExp(`<${p}c(?=[\\s/>])([^>]*)>`, 'g');

/**
 * A row's cells, read from its text: the one place cells are parsed. Text never holds a bare "<", so
 * every `<c` followed by a space, "/" or ">" is a cell's tag.
 */
export function cellsOf(xml: string, p: string, row: RowSpan): CellSpan[] {
  const cells: CellSpan[] = [];
  if (row.slash !== undefined) return cells;
  const cellTag = cellTagOf(p);
  const cellClose = `</${p}c>`;
  let lastCol = -1;
  cellTag.lastIndex = row.openEnd;
  for (let c = cellTag.exec(xml); c && c.index < row.contentEnd; c = cellTag.exec(xml)) {
    const at = CELL_COLUMN.exec(c[1]!);
    const col = at ? columnIndex(at[1]!) : lastCol + 1;
    lastCol = col;
    let end = c.index + c[0].length;
    if (!c[1]!.trimEnd().endsWith('/')) {
      const close = xml.indexOf(cellClose, end);
      if (close < 0 || close > row.contentEnd) throw new Error(`a cell in row ${row.row + 1} is not closed`);
      end = close + cellClose.length;
    }
    cells.push({ col, start: c.index, end });
    cellTag.lastIndex = end;
  }
  return cells;
}

/** The column of a row's last cell from its tag alone; a last cell without `r` needs all the cells counted. */
function lastColumn(xml: string, p: string, row: Omit<RowSpan, 'lastCol'>): number {
  const open = `<${p}c`;
  for (let at = xml.lastIndexOf(open, row.contentEnd); at >= row.openEnd; at = xml.lastIndexOf(open, at - 1)) {
    if (!TAG_END.test(xml.charAt(at + open.length))) continue;
    const tagEnd = xml.indexOf('>', at);
    const col = CELL_COLUMN.exec(xml.slice(at + open.length, tagEnd));
    if (col) return columnIndex(col[1]!);
    const cells = cellsOf(xml, p, { ...row, lastCol: -1 });
    return cells.length ? cells[cells.length - 1]!.col : -1;
  }
  return -1;
}

/** Finds sheetData and every row in it. Throws when the part has no sheetData. */
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
  const rowClose = `</${p}row>`;
  const rows: RowSpan[] = [];
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
      rows.push({ row, start: rowStart, openEnd: rowOpenEnd, slash: rowStart + m[0].lastIndexOf('/'), contentEnd: rowOpenEnd, end: rowOpenEnd, attributes, lastCol: -1 });
      continue;
    }
    const rowContentEnd = xml.indexOf(rowClose, rowOpenEnd);
    if (rowContentEnd < 0) throw new Error(`row ${row + 1} is not closed`);
    const span = { row, start: rowStart, openEnd: rowOpenEnd, slash: undefined, contentEnd: rowContentEnd, end: rowContentEnd + rowClose.length, attributes };
    rows.push({ ...span, lastCol: lastColumn(xml, p, span) });
    rowTag.lastIndex = rowContentEnd + rowClose.length;
  }
  return { p, start, openEnd, slash: undefined, contentEnd, end: contentEnd + closeTag.length, rows };
}
