import { cellRef, type StyleName, type PlanCell, type ProductSheet } from '../../core';
import { escapeXml, escapeXmlAttribute } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A plan cell as a `<c>` element: text inline (the shared-strings part is the user's and stays as it is). */
export function cellXml(cell: PlanCell, xfOf: (style: StyleName) => number, p = ''): string {
  // built in one template per kind of cell: this runs on every cell the product writes
  const open = `<${p}c r="${cellRef(cell.row, cell.col)}"${cell.style ? ` s="${xfOf(cell.style)}"` : ''}`;
  const { value, formula } = cell;
  if (formula !== undefined) {
    const f = `<${p}f>${escapeXml(formula)}</${p}f>`;
    if (typeof value === 'number') return `${open}>${f}<${p}v>${value}</${p}v></${p}c>`;
    if (typeof value === 'boolean') return `${open} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    return `${open} t="str">${f}<${p}v>${escapeXml(value ?? '')}</${p}v></${p}c>`;
  }
  if (typeof value === 'number') return `${open}><${p}v>${value}</${p}v></${p}c>`;
  if (typeof value === 'boolean') return `${open} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (value === null) return `${open}/>`;
  return `${open} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

/** the cells in row order, each row's in column order: a plan gives them so, and then they are not copied */
export function inRowOrder(cells: readonly PlanCell[]): readonly PlanCell[] {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (a.row > b.row || (a.row === b.row && a.col > b.col)) return [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  }
  return cells;
}

/**
 * The relationship id of a product sheet's drawing (its charts), in the sheet's own relationships: the
 * sheet is new on every write, so the id is fixed (see addSheets).
 */
export const DRAWING_REL_ID = 'rId1';

type Rendered = Pick<ProductSheet, 'cells' | 'widths' | 'freeze' | 'printArea' | 'landscape' | 'charts' | 'rowHeights' | 'pageBreaks'>;

/** Text made piece by piece each time it is read, so a large part is never held whole (see deflatedText). */
export type TextSource = Iterable<string>;

/**
 * About how long a piece of a TextSource is: rows are put together up to this many characters, since
 * every piece is one more call to encode and deflate it, and a large sheet has tens of thousands of rows.
 */
export const PIECE_LENGTH = 1 << 16;

/**
 * A product sheet as a worksheet part: frozen header, column widths, cells with their styles, links back
 * to tracker cells (internal locations need no relationship), A4 page set-up, and the drawing that holds
 * its charts when it has any (the parts themselves are renderChart's). The rows are rendered as
 * the text is read, one at a time: an Exceptions sheet for a large tracker is tens of megabytes of XML.
 */
export function renderWorksheet(sheet: Rendered, xfOf: (style: StyleName) => number): TextSource {
  return { [Symbol.iterator]: () => worksheetPieces(sheet, xfOf) };
}

function* worksheetPieces(sheet: Rendered, xfOf: (style: StyleName) => number): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">`;
  yield `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="${sheet.printArea.replace(/^A1:A1$/, 'A1')}"/>`;
  const { rows: fr, cols: fc } = sheet.freeze;
  if (fr > 0 || fc > 0) {
    const pane = fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight';
    const split = `${fc > 0 ? ` xSplit="${fc}"` : ''}${fr > 0 ? ` ySplit="${fr}"` : ''}`;
    yield `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellRef(fr, fc)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${cellRef(fr, fc)}" sqref="${cellRef(fr, fc)}"/></sheetView></sheetViews>`;
  }
  yield `<sheetFormatPr defaultRowHeight="15"/>`;
  if (sheet.widths.length > 0) {
    yield `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  }
  yield '<sheetData>';
  const heights = new Map(sheet.rowHeights ?? []);
  const cells = inRowOrder(sheet.cells);
  // the loops over the cells are plain functions, not this generator's: V8 compiles a generator's loop
  // only when the generator is called again, and this one is called once a sheet
  let from = 0;
  do {
    const rows = rowsXml(cells, from, heights, xfOf);
    from = rows.next;
    yield from < cells.length ? rows.xml : `${rows.xml}</sheetData>`;
  } while (from < cells.length);
  const links = hyperlinksXml(sheet.cells);
  if (links !== '') yield `<hyperlinks>${links}</hyperlinks>`;
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  yield `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToHeight="0"/>`;
  const breaks = sheet.pageBreaks ?? [];
  // a break's id is the row it falls under (1-based): the 0-based row that starts the next page
  if (breaks.length > 0) yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  if (sheet.charts?.length) yield `<drawing r:id="${DRAWING_REL_ID}"/>`;
  yield '</worksheet>';
}

/** The rows whose cells start at `from`, as XML, up to about PIECE_LENGTH characters; and where the next rows' cells start. */
function rowsXml(cells: readonly PlanCell[], from: number, heights: ReadonlyMap<number, number>, xfOf: (style: StyleName) => number): { xml: string; next: number } {
  let xml = '';
  let i = from;
  while (i < cells.length && xml.length < PIECE_LENGTH) {
    const { row } = cells[i]!;
    const height = heights.get(row);
    xml += `<row r="${row + 1}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
    for (; i < cells.length && cells[i]!.row === row; i++) xml += cellXml(cells[i]!, xfOf);
    xml += '</row>';
  }
  return { xml, next: i };
}

/**
 * The relationship id, in a product sheet's own relationships, of its `index`th link to another workbook
 * (in the order the plan gives the cells): the sheet is new on every write, so the ids are fixed.
 */
export const fileLinkRelId = (index: number): string => `rIdLink${index + 1}`;

/** the workbooks the sheet's cells link to, one for each such link, in the order of fileLinkRelId */
export function fileLinks(cells: readonly PlanCell[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const file = cells[i]!.linkFile;
    if (file !== undefined && cells[i]!.link !== undefined) files.push(file);
  }
  return files;
}

/**
 * The cells' links as `<hyperlink>` elements, in the order the plan gives them. A link into another
 * workbook is as Excel writes one: the file through a relationship (an external target, fileLinks), the
 * sheet and cell in `location`.
 */
function hyperlinksXml(cells: readonly PlanCell[]): string {
  let links = '';
  let files = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.link === undefined) continue;
    const file = c.linkFile === undefined ? '' : ` r:id="${fileLinkRelId(files++)}"`;
    links += `<hyperlink ref="${cellRef(c.row, c.col)}"${file} location="${escapeXmlAttribute(c.link)}" display="${escapeXmlAttribute(String(c.value ?? ''))}"/>`;
  }
  return links;
}

/** "A1:I40" on sheet "By owner" → "'By owner'!$A$1:$I$40", for a print-area defined name */
export function absoluteArea(sheetName: string, area: string): string {
  const [a, b] = area.split(':');
  const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `'${sheetName.replace(/'/g, "''")}'!${abs(a!)}${b ? `:${abs(b)}` : ''}`;
}

