/**
 * The product's columns on a user's tracker sheet: added as cells appended to the sheet's rows, right of
 * everything the user has there, and removed again exactly. The user's own cell elements are never
 * rewritten: every edit is an insertion or a removal of the product's own elements.
 */

import { cellRef, columnIndex, parseAreaRef, type StyleName, type PlanCell } from '../../core';
import { cellXml, inRowOrder, PIECE_LENGTH } from './renderWorksheet';
import { cellsOf, scanSheetRows, type SheetDataSpan } from './sheetRows';
import { applySplices, findElement, findElements, findTags, type Splice } from './xmlTags';
import { prefixOf } from './xmlText';
import { xsdBoolean } from './parts';

/** Excel's last column (XFD), 0-based: a range reaching it covers whole rows and says nothing of where content ends */
const LAST_COLUMN = 16383;

/** one past the rightmost column an A1 area list ("A1:C3 E5") reaches, whole-row areas left out */
export function areasExtent(sqref: string): number {
  let extent = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const whole = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
    const right = whole ? columnIndex(whole[2]!) : parseAreaRef(ref)?.right;
    if (right !== undefined && right >= 0 && right < LAST_COLUMN) extent = Math.max(extent, right + 1);
  }
  return extent;
}

/**
 * 0-based: one past the last column holding anything of the user's in a worksheet part: a cell element
 * (a formatted empty cell too), a merge, a hyperlink, conditional formatting or data validation. Parts the
 * sheet points to (tables, drawings, comments) are measured by the caller with `relatedExtent`.
 */
export function sheetExtent(xml: string, scan: SheetDataSpan = scanSheetRows(xml)): number {
  let extent = 0;
  for (let i = 0; i < scan.rows.length; i++) extent = Math.max(extent, scan.rows[i]!.lastCol + 1);
  // The ranges below are all elements a worksheet has after sheetData (its schema gives the order, as
  // isProtectedSheet reads it), and the rows are most of a large tracker's part: they are not searched.
  const after = scan.end;
  const p = prefixOf(xml, 'worksheet') ?? '';
  const ranged: Array<[string, string]> = [['mergeCell', 'ref'], ['hyperlink', 'ref'], ['conditionalFormatting', 'sqref'], ['dataValidation', 'sqref'], ['protectedRange', 'sqref']];
  for (const [element, attribute] of ranged) {
    for (const tag of findTags(xml, `${p}${element}`, after)) extent = Math.max(extent, areasExtent(tag.attributes.get(attribute) ?? ''));
  }
  // newer conditional formatting and validation live in extLst, their ranges in <xm:sqref>; most sheets
  // have none, and looking for the name alone is several times quicker than the expression
  if (xml.includes('sqref>', after)) {
    const sqref = /<(?:[\w.-]+:)?sqref>([^<]*)</g;
    sqref.lastIndex = after;
    for (let m = sqref.exec(xml); m; m = sqref.exec(xml)) extent = Math.max(extent, areasExtent(m[1]!));
  }
  return extent;
}

/** One past the rightmost column a related part reaches: a table's ref, a drawing's anchors, a comment's cell. */
export function relatedExtent(xml: string): number {
  let extent = 0;
  const table = /<(?:[\w.-]+:)?table(?=[\s>])[^>]*?\sref\s*=\s*"([^"]*)"/.exec(xml);
  if (table) extent = Math.max(extent, areasExtent(table[1]!));
  // drawing anchors: <xdr:to><xdr:col>N</xdr:col> (0-based); a one-cell anchor's <xdr:from> is all there is
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?col>(\d+)<\/(?:[\w.-]+:)?col>/g)) extent = Math.max(extent, Number(m[1]) + 1);
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(?:comment|threadedComment)(?=[\s>])[^>]*?\sref\s*=\s*"([^"]*)"/g)) extent = Math.max(extent, areasExtent(m[1]!));
  return extent;
}

/** Where the rows end: the offset of `</sheetData>` (a "<" never stands bare in text, so only the tag matches), or 0. */
function sheetDataEnd(xml: string): number {
  for (let at = xml.lastIndexOf('sheetData>'); at > 0; at = xml.lastIndexOf('sheetData>', at - 1)) {
    const m = /<\/(?:[\w.-]+:)?$/.exec(xml.slice(Math.max(0, at - 40), at));
    if (m) return at - m[0].length;
  }
  return 0;
}

/** Whether the sheet is protected: its cells are then not the product's to write. */
export function isProtectedSheet(xml: string): boolean {
  // sheetProtection follows sheetData in a worksheet: only what comes after the rows is searched
  const tail = xml.slice(sheetDataEnd(xml));
  const p = prefixOf(tail, 'sheetProtection');
  if (p === null) return false;
  const tag = findTags(tail, `${p}sheetProtection`)[0];
  return xsdBoolean(tag?.attributes.get('sheet'));
}

export interface ColumnBlock {
  /** 0-based first column */
  readonly first: number;
  /** widths in characters, one per column of the block */
  readonly widths: readonly number[];
}

/**
 * What the product writes so that `removeBlock` can tell its own rows from the user's and give each back as
 * it was. A row it makes carries `spans` over the block's columns (a hint Excel itself writes on every row,
 * here true), so a user's row with nothing in it but `r` (`<row r="2"/>`, `<row r="2"></row>`) is not taken
 * for one of the product's. A user's empty-element row (`<row .../>`, or `<sheetData/>`) must be opened for
 * the product's cells, and then looks just like an empty row written with an end tag (`<row ...></row>`, as
 * LibreOffice and Go's encoding/xml write one), which must stay as it is: so the first cell the product
 * writes into an element it opened says so with `ph="0"` (show no phonetic guide, the default: it changes
 * nothing a spreadsheet shows). Both marks are on the product's own elements only.
 */
const madeRowTag = (p: string, row: number, block: { first: number; last: number }): string => `<${p}row r="${row + 1}" spans="${block.first + 1}:${block.last + 1}">`;
const OPENED = ' ph="0"';
/** the cells' XML with the first cell marked as written into an element the product opened */
const markOpened = (p: string, cells: string): string => `<${p}c${OPENED}${cells.slice(p.length + 2)}`;

/**
 * Adds the product's cells to a worksheet part: into the row elements that exist (after the user's cells),
 * new row elements where none exist, and column widths where the user has set none. The block must be
 * right of every cell the user has in those rows. Returns the part's new text as pieces made as they are
 * read (see deflatedText);
 * `encode` puts what is inserted in the form of `xml` (bytes form, see bytesText.ts).
 */
export function addBlock(
  xml: string,
  block: ColumnBlock,
  cells: readonly PlanCell[],
  xfOf: (style: StyleName) => number,
  data: SheetDataSpan = scanSheetRows(xml),
  encode: (inserted: string) => string = (inserted) => inserted,
): Iterable<string> {
  const { p } = data;
  const last = block.first + block.widths.length - 1;
  // the cells in row order, each row's in column order (as a plan gives them), and where each row's begin
  const sorted = inRowOrder(cells);
  const planRows: number[] = [];
  const rowFrom: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.col < block.first || c.col > last) throw new Error(`cell ${cellRef(c.row, c.col)} is outside the product's columns`);
    if (k === 0 || c.row !== sorted[k - 1]!.row) {
      planRows.push(c.row);
      rowFrom.push(k);
    }
  }
  rowFrom.push(sorted.length);
  /** the XML of the k-th planned row's cells */
  const cellsXmlOf = (k: number): string => {
    const parts: string[] = [];
    for (let j = rowFrom[k]!; j < rowFrom[k + 1]!; j++) parts.push(cellXml(sorted[j]!, xfOf, p));
    return parts.join('');
  };
  const rowTag = p + 'row';
  const span = { first: block.first, last };
  const newRowsXml = (from: number, to: number, opened = false): string => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      const cellsXml = cellsXmlOf(k);
      parts.push(`${madeRowTag(p, planRows[k]!, span)}${opened && k === from ? markOpened(p, cellsXml) : cellsXml}</${rowTag}>`);
    }
    return parts.join('');
  };

  // What goes in is made when the text is read (see deflatedText), so a large tracker's new cells are
  // never all held as text at once; where it goes, and whether it may, is settled here.
  const splices: LazySplice[] = [];
  let i = 0;
  const newRowsBefore = (limit: number, at: number): void => {
    const from = i;
    while (i < planRows.length && planRows[i]! < limit) i++;
    const to = i;
    if (to > from) splices.push({ at, remove: 0, insert: () => newRowsXml(from, to) });
  };
  for (const row of data.rows) {
    newRowsBefore(row.row, row.start);
    if (i >= planRows.length || planRows[i] !== row.row) continue;
    const k = i++;
    if (row.slash !== undefined) {
      splices.push({ at: row.slash, remove: row.openEnd - row.slash, insert: () => `>${markOpened(p, cellsXmlOf(k))}</${rowTag}>` });
      continue;
    }
    const cells = row.lastCol >= block.first ? cellsOf(xml, p, row) : [];
    const clash = cells.find((c) => c.col >= block.first && c.col <= last);
    if (clash) throw new Error(`cell ${cellRef(row.row, clash.col)} is in the columns the product was to write`);
    const after = cells.find((c) => c.col > last);
    splices.push({ at: after ? after.start : row.contentEnd, remove: 0, insert: () => cellsXmlOf(k) });
  }
  if (data.slash !== undefined) {
    const from = i;
    i = planRows.length;
    splices.push({ at: data.slash, remove: data.openEnd - data.slash, insert: () => `>${newRowsXml(from, planRows.length, true)}</${p}sheetData>` });
  } else {
    newRowsBefore(Infinity, data.contentEnd);
  }
  for (const w of widthSplices(xml, p, block, data.start)) splices.push({ ...w, insert: () => w.insert });
  return lazyPieces(xml, splices, encode);
}

interface LazySplice {
  readonly at: number;
  readonly remove: number;
  readonly insert: () => string;
}

/** The edited text as pieces made as they are read; the edits are ordered and checked now. */
function lazyPieces(xml: string, splices: LazySplice[], encode: (inserted: string) => string): Iterable<string> {
  splices.sort((a, b) => a.at - b.at);
  let end = 0;
  for (const s of splices) {
    if (s.at < end) throw new Error('overlapping edits');
    end = s.at + s.remove;
  }
  return {
    *[Symbol.iterator]() {
      // a tracker's rows go out a batch at a time: each piece is one more call to encode and deflate it,
      // and a large tracker has a hundred thousand rows, each kept text and inserted text. The loop over
      // the edits is a plain function's, not this generator's: V8 compiles a generator's loop only when
      // the generator is called again, and this one is called once a sheet
      let at = { k: 0, p: 0 };
      do {
        const batch = splicedBatch(xml, splices, at, encode);
        at = batch.next;
        yield batch.text;
      } while (at.k < splices.length);
    },
  };
}

/**
 * The text from `at.p`, edits made from the `at.k`-th on, up to about PIECE_LENGTH characters: the text
 * up to each edit and what the edit inserts, and after the last edit the rest of the text. Gives where
 * the next batch starts: its edit and its place in the text.
 */
function splicedBatch(xml: string, splices: readonly LazySplice[], at: { k: number; p: number }, encode: (inserted: string) => string): { text: string; next: { k: number; p: number } } {
  let text = '';
  let { k, p } = at;
  for (; k < splices.length && text.length < PIECE_LENGTH; k++) {
    const s = splices[k]!;
    text += xml.slice(p, s.at) + encode(s.insert());
    p = s.at + s.remove;
  }
  if (k === splices.length) text += xml.slice(p);
  return { text, next: { k, p } };
}

/** `<col>` elements for the block's columns that no user `<col>` covers, in order, in `<cols>` (made before sheetData when missing) */
function widthSplices(xml: string, p: string, block: ColumnBlock, sheetDataStart: number): Splice[] {
  const colsTag = `${p}cols`;
  const colsEl = findElement(xml, colsTag);
  const existing = colsEl && colsEl.start < sheetDataStart ? findTags(xml, `${p}col`, colsEl.contentStart, colsEl.contentEnd) : [];
  const ranges = existing.map((t) => ({ min: Number(t.attributes.get('min')), max: Number(t.attributes.get('max')), start: t.start }));
  const byPosition = new Map<number, string>();
  block.widths.forEach((width, k) => {
    const n = block.first + k + 1;
    if (ranges.some((r) => r.min <= n && n <= r.max)) return;
    const before = ranges.find((r) => r.min > n);
    const at = before ? before.start : colsEl ? colsEl.contentEnd : sheetDataStart;
    byPosition.set(at, (byPosition.get(at) ?? '') + productCol(p, n, width));
  });
  if (byPosition.size === 0) return [];
  if (!colsEl || colsEl.start > sheetDataStart) return [{ at: sheetDataStart, remove: 0, insert: `<${colsTag}>${byPosition.get(sheetDataStart)}</${colsTag}>` }];
  return [...byPosition].map(([at, insert]) => ({ at, remove: 0, insert }));
}

/** the `<col>` element addBlock writes for a product column: a user's width is never in exactly this form with this width */
const productCol = (p: string, n: number, width: number): string => `<${p}col min="${n}" max="${n}" width="${width}" customWidth="1"/>`;

/**
 * Removes every cell in the block's columns, the row elements the product made, and the `<col>` widths the
 * product set; a row (or sheetData) the product opened goes back to an empty element, and every other row
 * keeps its own text, an end tag and whitespace too. The inverse of `addBlock`.
 */
export function removeBlock(xml: string, block: ColumnBlock): string {
  const data = scanSheetRows(xml);
  const { p } = data;
  const first = block.first;
  const last = first + block.widths.length - 1;
  const span = { first, last };
  const splices: Splice[] = [];
  let rowsLeft = data.rows.length;
  for (const row of data.rows) {
    if (row.lastCol < first) continue;
    const cells = cellsOf(xml, p, row);
    const ours = cells.filter((c) => c.col >= first && c.col <= last);
    if (ours.length === 0) continue;
    const onlyOurs = ours.length === cells.length && xml.slice(row.openEnd, row.contentEnd) === xml.slice(ours[0]!.start, ours[ours.length - 1]!.end);
    if (onlyOurs && xml.slice(row.start, row.openEnd) === madeRowTag(p, row.row, span)) {
      splices.push({ at: row.start, remove: row.end - row.start, insert: '' });
      rowsLeft--;
    } else if (onlyOurs && xml.startsWith(`<${p}c${OPENED}`, ours[0]!.start)) {
      splices.push({ at: row.openEnd - 1, remove: row.end - row.openEnd + 1, insert: '/>' });
    } else {
      for (const c of ours) splices.push({ at: c.start, remove: c.end - c.start, insert: '' });
    }
  }
  // every row was the product's, in a sheetData it opened: the empty element the user's sheet had
  const firstRow = data.rows[0];
  if (rowsLeft === 0 && firstRow && xml.slice(data.openEnd, data.contentEnd) === xml.slice(firstRow.start, data.rows[data.rows.length - 1]!.end) && xml.startsWith(`<${p}c${OPENED}`, firstRow.openEnd)) {
    splices.length = 0;
    splices.push({ at: data.openEnd - 1, remove: data.end - data.openEnd + 1, insert: '/>' });
  }
  const colsEl = findElement(xml, `${p}cols`);
  if (colsEl && colsEl.start < data.start) {
    const cols = findElements(xml, `${p}col`, colsEl.contentStart, colsEl.contentEnd);
    const ours = cols.filter((c) => {
      const n = Number(c.attributes.get('min'));
      return n >= first + 1 && n <= last + 1 && xml.slice(c.start, c.elementEnd) === productCol(p, n, block.widths[n - first - 1]!);
    });
    if (ours.length > 0 && ours.length === cols.length) splices.push({ at: colsEl.start, remove: colsEl.elementEnd - colsEl.start, insert: '' });
    else for (const c of ours) splices.push({ at: c.start, remove: c.elementEnd - c.start, insert: '' });
  }
  return applySplices(xml, splices);
}
