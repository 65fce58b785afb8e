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

/** whitespace as a regular expression's \s and String.prototype.trimEnd read it */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** what may follow a tag's name: whitespace, "/" or ">" */
const endsName = (c: number): boolean => c === 0x3e || c === 0x2f || isSpace(c);

// A start tag's attributes usually begin ` r="12"` (a row) or ` r="AB12"` (a cell), as every program
// writes them: that is read here character by character, without a match and a string per tag (a large
// tracker has a hundred thousand rows); anything else goes to the regular expressions, which read it as before.

/** where ` r="` ends when the attributes from `at` begin with it, else -1 */
const afterR = (xml: string, at: number): number =>
  xml.charCodeAt(at) === 0x20 && xml.charCodeAt(at + 1) === 0x72 && xml.charCodeAt(at + 2) === 0x3d && xml.charCodeAt(at + 3) === 0x22 ? at + 4 : -1;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** a row's number from its start tag (its name ending at `nameEnd`, the tag at `tagEnd`), 0-based; `lastRow + 1` when the tag has no `r` */
function rowNumber(xml: string, nameEnd: number, tagEnd: number, lastRow: number): number {
  const from = afterR(xml, nameEnd);
  if (from >= 0) {
    let i = from;
    while (isDigit(xml.charCodeAt(i))) i++;
    if (i > from && xml.charCodeAt(i) === 0x22) return Number(xml.slice(from, i)) - 1;
  }
  const numbered = ROW_NUMBER.exec(xml.slice(nameEnd, tagEnd));
  return numbered ? Number(numbered[1]) - 1 : lastRow + 1;
}

/** a cell's column from its start tag (its name ending at `nameEnd`), or -1 when read otherwise */
function leadingColumn(xml: string, nameEnd: number): number {
  const from = afterR(xml, nameEnd);
  if (from < 0) return -1;
  // the letters' column as columnIndex counts it (A is 0, AA is 26), without a string made of them
  let i = from;
  let col = 0;
  for (let c = xml.charCodeAt(i); isLetter(c); c = xml.charCodeAt(++i)) col = col * 26 + ((c & 0xdf) - 0x40);
  const letters = i - from;
  while (isDigit(xml.charCodeAt(i))) i++;
  return letters >= 1 && letters <= 3 && xml.charCodeAt(i) === 0x22 ? col - 1 : -1;
}

/** whether a start tag is an empty element: "/" before its ">" (at `tagEnd`), whitespace aside */
function selfClosing(xml: string, nameEnd: number, tagEnd: number): boolean {
  let i = tagEnd - 1;
  while (i >= nameEnd && isSpace(xml.charCodeAt(i))) i--;
  return i >= nameEnd && xml.charCodeAt(i) === 0x2f;
}

/**
 * The column of a row's last cell from its tag alone (`open` is "<c" with the part's prefix); a last cell
 * without `r` needs all the cells counted.
 */
function lastColumn(xml: string, p: string, open: string, row: number, start: number, openEnd: number, contentEnd: number, end: number): number {
  for (let at = xml.lastIndexOf(open, contentEnd); at >= openEnd; at = xml.lastIndexOf(open, at - 1)) {
    if (!endsName(xml.charCodeAt(at + open.length))) continue;
    const leading = leadingColumn(xml, at + open.length);
    if (leading >= 0) return leading;
    const tagEnd = xml.indexOf('>', at);
    const col = CELL_COLUMN.exec(xml.slice(at + open.length, tagEnd));
    if (col) return columnIndex(col[1]!);
    const cells = cellsOf(xml, p, { row, start, openEnd, slash: undefined, contentEnd, end, lastCol: -1 });
    return cells.length ? cells[cells.length - 1]!.col : -1;
  }
  return -1;
}

/**
 * Where the first end tag `close` ("</row>") at or after `from` is: indexOf's, found by the tag's last two
 * characters ("w>"), which text seldom holds, where its first, "<", begins every tag there is: on a large
 * tracker's rows that search took several times as long.
 */
export function endTagAt(xml: string, close: string, from: number): number {
  const tail = close.slice(-2);
  for (let at = xml.indexOf(tail, from + close.length - 2); at >= 0; at = xml.indexOf(tail, at + 1)) {
    const start = at + 2 - close.length;
    if (xml.startsWith(close, start)) return start;
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

  // Each row found by its name and the ">" that ends its tag, as `<row(?=[\s/>])([^>]*)>` would find it,
  // without a match, a string or an object more than its span per row: a large tracker has a hundred thousand.
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const cellOpen = `<${p}c`;
  const rows: RowSpan[] = [];
  let lastRow = -1;
  for (let at = xml.indexOf(rowOpen, openEnd); at >= 0 && at < contentEnd; at = xml.indexOf(rowOpen, at + 1)) {
    const nameEnd = at + rowOpen.length;
    if (!endsName(xml.charCodeAt(nameEnd))) continue;
    const tagEnd = xml.indexOf('>', nameEnd);
    if (tagEnd < 0) break;
    const row = rowNumber(xml, nameEnd, tagEnd, lastRow);
    lastRow = row;
    const rowOpenEnd = tagEnd + 1;
    if (selfClosing(xml, nameEnd, tagEnd)) {
      rows.push({ row, start: at, openEnd: rowOpenEnd, slash: xml.lastIndexOf('/', tagEnd), contentEnd: rowOpenEnd, end: rowOpenEnd, lastCol: -1 });
      at = tagEnd;
      continue;
    }
    const rowContentEnd = endTagAt(xml, rowClose, rowOpenEnd);
    if (rowContentEnd < 0) throw new Error(`row ${row + 1} is not closed`);
    const end = rowContentEnd + rowClose.length;
    rows.push({ row, start: at, openEnd: rowOpenEnd, slash: undefined, contentEnd: rowContentEnd, end, lastCol: lastColumn(xml, p, cellOpen, row, at, rowOpenEnd, rowContentEnd, end) });
    at = end - 1;
  }
  return { p, start, openEnd, slash: undefined, contentEnd, end: contentEnd + closeTag.length, rows };
}
