/**
 * Generates small, complete .xlsx packages holding one council tracker written in the shapes other
 * spreadsheet writers give a worksheet part (issue 15, "Every shape of sheet"): rows and cells without `r`,
 * a prefix on the main namespace, inline strings and rich text, shared and array formulas,
 * mc:AlternateContent and extLst, a second sheet with `<sheetData/>`, very wide and sparse rows, a missing
 * or wrong `dimension`, the 1904 date system, empty styled cells right of the data; and two shapes of the
 * text itself: empty elements written with an end tag (`<row ...></row>`, as LibreOffice writes an empty
 * row and Go's encoding/xml writes every empty element), and rows and cells on lines of their own
 * (indented). Any set of shapes can be combined; the styles part is always the same ordinary one.
 *
 * The tracker (a made-up community safety plan, as at 30/09/2010) is the same in every shape, so a test
 * can expect the same report of each:
 *
 *   Ref | Action | Lead officer | Target date | Progress | Status
 *
 * with a title in row 1 and a thin, empty spacer row 2 above the header, where the product puts its note.
 */

import { zipSync } from 'fflate';
import { columnLetter } from '../../src/core/grid';
import { isoToSerial } from '../../src/core/dates/excelSerials';

export const SHEET_SHAPES = [
  'no-r',
  'prefixed',
  'inline-strings',
  'formulas',
  'alternate-content',
  'empty-sheet',
  'wide-sparse',
  'no-dimension',
  'wrong-dimension',
  'date1904',
  'styled-past',
  'spelled-out',
  'indented',
  'last-column',
] as const;
export type SheetShape = (typeof SHEET_SHAPES)[number];

export const TRACKER_SHEET = 'Action Plan';
export const NOTES_SHEET = 'Notes';
/** the as-at date the expected figures are worked out for */
export const AS_AT = '2010-09-30';
/** 0-based column of the far cell a wide-sparse sheet has on its title row (column 16000, WQJ) */
export const FAR_COLUMN = 15999;
/** 0-based column of Excel's last column, XFD, where a last-column sheet has a cell on its title row */
export const LAST_COLUMN = 16383;
/** 0-based column of the empty styled cells a styled-past sheet has right of each action (Z) */
export const STYLED_COLUMN = 25;

type Target = { date: string } | string;

export interface Action {
  readonly ref: string;
  readonly action: string;
  readonly owner: string;
  readonly target: Target;
  readonly progress: string;
  readonly status: string;
}

/** The actions, in sheet order. What each computes to as at 30/09/2010 is worked out in sheetShapes.test.ts. */
export const ACTIONS: readonly Action[] = [
  { ref: '1.1', action: 'Publish the community safety strategy', owner: 'Head of Community Safety', target: { date: '2010-06-30' }, progress: 'Completed. Adopted by Cabinet on 22/06/2010.', status: 'Complete' },
  { ref: '1.2', action: 'Set up the anti-social behaviour case panel', owner: 'ASB Co-ordinator', target: { date: '2010-08-31' }, progress: 'Terms of reference drafted', status: 'G' },
  { ref: '1.3', action: 'Review CCTV coverage in the town centre', owner: 'CCTV Manager', target: { date: '2010-10-15' }, progress: 'Camera survey under way', status: 'A' },
  { ref: '2.1', action: 'Train licensing staff in the new powers', owner: 'Licensing Manager', target: 'Mar 2011', progress: 'Course booked for January', status: 'G' },
  { ref: '2.2', action: 'Refresh the neighbourhood watch schemes', owner: 'HB/KD', target: 'On-going', progress: 'Two schemes relaunched', status: 'G' },
  { ref: '2.3', action: 'Agree the domestic abuse protocol with partners', owner: 'Head of Housing', target: 'TBA', progress: 'Awaiting the police draft', status: 'A' },
  { ref: '3.1', action: 'Install alley gates in the three priority areas', owner: 'Street Scene Manager', target: { date: '2011-01-31' }, progress: 'Gates ordered', status: 'G' },
  { ref: '3.2', action: 'Report the first-year evaluation to scrutiny', owner: 'Policy & Performance', target: { date: '2010-07-31' }, progress: 'Draft with the portfolio holder', status: 'R' },
];

const TITLE = 'Community Safety Action Plan 2010-11';
const HEADERS = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status'];
const FORMULA_HEADER = 'Weeks to go';
const FAR_NOTE = 'Printed copy held by Democratic Services';
const LAST_NOTE = 'Version 3';
const NOTES_TEXT = 'Notes for the Community Safety Partnership';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS_X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const NS_XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// cellXfs of the styles part: 0 General, 1 a yellow fill (the styled cells past the tracker), 2 a date, 3 bold, 4 wrapped
const XF_FILL = 1;
const XF_DATE = 2;
const XF_BOLD = 3;
const XF_WRAP = 4;

/** A cell of the sheet before it is written in a shape: text, a date, a shared or array formula with its cached result, or an empty styled cell. */
type SheetCell =
  | { kind: 'text'; value: string; style?: number; rich?: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'formula'; f: string; value: number | string; shared: { ref?: string; si: number } }
  | { kind: 'formula'; f: string; value: number | string; array: string }
  | { kind: 'empty'; style: number };

interface SheetRow {
  /** 0-based */
  readonly row: number;
  readonly cells: ReadonlyArray<readonly [col: number, cell: SheetCell]>;
  readonly attributes?: string;
}

const has = (shapes: ReadonlySet<SheetShape>, s: SheetShape): boolean => shapes.has(s);

/** 0-based: the rightmost column holding anything of the user's on the tracker sheet */
export function lastUserColumn(shapeList: Iterable<SheetShape>): number {
  const shapes = new Set(shapeList);
  if (has(shapes, 'last-column')) return LAST_COLUMN;
  if (has(shapes, 'wide-sparse')) return FAR_COLUMN;
  if (has(shapes, 'styled-past')) return STYLED_COLUMN;
  return has(shapes, 'formulas') ? 6 : 5;
}

/** 1-based sheet row of each action, in ACTIONS order: rows 4 to 11, or with two blank rows after the fourth in a sparse sheet */
export function actionRows(shapes: Iterable<SheetShape>): number[] {
  const sparse = new Set(shapes).has('wide-sparse');
  return ACTIONS.map((_, i) => 4 + i + (sparse && i >= 4 ? 2 : 0));
}

function trackerRows(shapes: ReadonlySet<SheetShape>): SheetRow[] {
  const rows: SheetRow[] = [];
  const title: Array<[number, SheetCell]> = [[0, { kind: 'text', value: TITLE, style: XF_BOLD, rich: true }]];
  if (has(shapes, 'wide-sparse')) title.push([FAR_COLUMN, { kind: 'text', value: FAR_NOTE }]);
  if (has(shapes, 'last-column')) title.push([LAST_COLUMN, { kind: 'text', value: LAST_NOTE }]);
  rows.push({ row: 0, cells: title });
  // a thin spacer row, written as an empty element: the product's note goes into it
  rows.push({ row: 1, cells: [], attributes: 'ht="6" customHeight="1"' });
  const header: Array<[number, SheetCell]> = HEADERS.map((h, c) => [c, { kind: 'text', value: h, style: XF_BOLD }]);
  if (has(shapes, 'formulas')) header.push([6, { kind: 'text', value: FORMULA_HEADER, style: XF_BOLD }]);
  rows.push({ row: 2, cells: header });
  const at = actionRows(shapes);
  const asAt = isoToSerial(AS_AT)!;
  ACTIONS.forEach((a, i) => {
    const r = at[i]! - 1;
    const cells: Array<[number, SheetCell]> = [
      [0, { kind: 'text', value: a.ref }],
      [1, { kind: 'text', value: a.action, style: XF_WRAP }],
      [2, { kind: 'text', value: a.owner }],
      [3, typeof a.target === 'string' ? { kind: 'text', value: a.target } : { kind: 'date', iso: a.target.date }],
      [4, { kind: 'text', value: a.progress, style: XF_WRAP, rich: i % 3 === 0 }],
      [5, { kind: 'text', value: a.status }],
    ];
    if (has(shapes, 'formulas')) {
      const first = at[0]!;
      const last = at[at.length - 1]!;
      const weeks = typeof a.target === 'string' ? '' : Math.round((isoToSerial(a.target.date)! - asAt) / 7);
      cells.push([6, {
        kind: 'formula',
        f: `IF(ISNUMBER(D${first}),ROUND((D${first}-DATE(2010,9,30))/7,0),"")`,
        shared: i === 0 ? { ref: `G${first}:G${last}`, si: 0 } : { si: 0 },
        value: weeks,
      }]);
    }
    if (has(shapes, 'styled-past')) cells.push([STYLED_COLUMN, { kind: 'empty', style: XF_FILL }]);
    rows.push({ row: r, cells });
  });
  if (has(shapes, 'formulas')) {
    // below the tracker, after a blank row: a count of the Red statuses as a legacy array formula
    const last = at[at.length - 1]!;
    const red = ACTIONS.filter((a) => a.status === 'R').length;
    rows.push({ row: last + 1, cells: [
      [5, { kind: 'text', value: 'Red:' }],
      [6, { kind: 'formula', f: `SUM(IF(F${at[0]}:F${last}="R",1,0))`, array: `G${last + 2}`, value: red }],
    ] });
  }
  return rows;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;
  of(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  xml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${this.list.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`;
  }
}

/** a rich text run list for text: its first word bold, the rest plain */
function richRuns(p: string, text: string): string {
  const cut = text.indexOf(' ');
  if (cut < 0) return `<${p}r><${p}t>${escapeXml(text)}</${p}t></${p}r>`;
  return `<${p}r><${p}rPr><${p}b/><${p}sz val="11"/><${p}color theme="1"/><${p}rFont val="Calibri"/><${p}family val="2"/></${p}rPr><${p}t>${escapeXml(text.slice(0, cut))}</${p}t></${p}r>` +
    `<${p}r><${p}rPr><${p}sz val="11"/><${p}color theme="1"/><${p}rFont val="Calibri"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(text.slice(cut))}</${p}t></${p}r>`;
}

function cellXml(p: string, ref: string | null, cell: SheetCell, shapes: ReadonlySet<SheetShape>, sst: SharedStrings): string {
  const r = ref === null ? '' : ` r="${ref}"`;
  const s = (style: number | undefined): string => (style ? ` s="${style}"` : '');
  switch (cell.kind) {
    case 'empty':
      return `<${p}c${r}${s(cell.style)}/>`;
    case 'date':
      return `<${p}c${r} s="${XF_DATE}"><${p}v>${isoToSerial(cell.iso, has(shapes, 'date1904'))}</${p}v></${p}c>`;
    case 'text':
      if (!has(shapes, 'inline-strings')) return `<${p}c${r}${s(cell.style)} t="s"><${p}v>${sst.of(cell.value)}</${p}v></${p}c>`;
      return `<${p}c${r}${s(cell.style)} t="inlineStr"><${p}is>${cell.rich ? richRuns(p, cell.value) : `<${p}t>${escapeXml(cell.value)}</${p}t>`}</${p}is></${p}c>`;
    case 'formula': {
      // a shared formula's first cell holds its text and range; the cells that follow name only its index
      const f = 'array' in cell
        ? `<${p}f t="array" ref="${cell.array}">${escapeXml(cell.f)}</${p}f>`
        : cell.shared.ref !== undefined
          ? `<${p}f t="shared" ref="${cell.shared.ref}" si="${cell.shared.si}">${escapeXml(cell.f)}</${p}f>`
          : `<${p}f t="shared" si="${cell.shared.si}"/>`;
      const t = typeof cell.value === 'string' ? ' t="str"' : '';
      return `<${p}c${r}${t}>${f}<${p}v>${escapeXml(String(cell.value))}</${p}v></${p}c>`;
    }
  }
}

/**
 * A row's cells. Without `r` (no-r), a cell takes the column after the cell before; only a cell after a
 * gap then says where it is, as writers that leave `r` out do when a row is sparse.
 */
function rowXml(p: string, row: SheetRow, previousRow: number, shapes: ReadonlySet<SheetShape>, sst: SharedStrings): string {
  const noR = has(shapes, 'no-r');
  const rowR = noR && row.row === previousRow + 1 ? '' : ` r="${row.row + 1}"`;
  const extra = [row.attributes, has(shapes, 'alternate-content') ? 'x14ac:dyDescent="0.25"' : undefined].filter(Boolean).map((a) => ` ${a}`).join('');
  if (row.cells.length === 0) return `<${p}row${rowR}${extra}/>`;
  let lastCol = -1;
  const cells = row.cells.map(([col, cell]) => {
    const ref = noR && col === lastCol + 1 ? null : `${columnLetter(col)}${row.row + 1}`;
    lastCol = col;
    return cellXml(p, ref, cell, shapes, sst);
  });
  return `<${p}row${rowR}${extra}>${cells.join('')}</${p}row>`;
}

function extent(rows: readonly SheetRow[]): string {
  let right = 0;
  let bottom = 0;
  for (const r of rows) {
    for (const [c] of r.cells) right = Math.max(right, c);
    if (r.cells.length > 0) bottom = Math.max(bottom, r.row);
  }
  return `A1:${columnLetter(right)}${bottom + 1}`;
}

/** Every empty element with an end tag instead (`<row r="2"></row>`), as Go's encoding/xml writes them. */
const spelledOut = (xml: string): string => xml.replace(/<([\w:]+)((?:\s[^<>]*?)?)\/>/g, '<$1$2></$1>');

/** the text as an indenting writer lays it out: each row and cell on a line of its own */
const indented = (xml: string, p: string): string =>
  xml.replace(new RegExp(`(<${p}row[\\s>/])|(<${p}c[\\s>/])|(</${p}row>)|(</${p}sheetData>)`, 'g'), (tag, row, cell, rowEnd) => `\n${row || rowEnd ? '  ' : cell ? '    ' : ''}${tag}`);

/** the part's text in the shapes of the text itself (spelled-out, indented) */
function laidOut(xml: string, p: string, shapes: ReadonlySet<SheetShape>): string {
  const text = has(shapes, 'spelled-out') ? spelledOut(xml) : xml;
  return has(shapes, 'indented') ? indented(text, p) : text;
}

function trackerSheetXml(shapes: ReadonlySet<SheetShape>, sst: SharedStrings): string {
  const p = has(shapes, 'prefixed') ? 'x:' : '';
  const ac = has(shapes, 'alternate-content');
  const rows = trackerRows(shapes);
  const ns = [p ? `xmlns:x="${NS_MAIN}"` : `xmlns="${NS_MAIN}"`, `xmlns:r="${NS_R}"`];
  if (ac) ns.push(`xmlns:mc="${NS_MC}"`, `xmlns:x14ac="${NS_X14AC}"`, 'mc:Ignorable="x14ac"');
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns.join(' ')}>`];
  parts.push(`<${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`);
  if (has(shapes, 'wrong-dimension')) parts.push(`<${p}dimension ref="A1"/>`);
  else if (!has(shapes, 'no-dimension')) parts.push(`<${p}dimension ref="${extent(rows)}"/>`);
  parts.push(`<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"><${p}selection activeCell="A4" sqref="A4"/></${p}sheetView></${p}sheetViews>`);
  if (ac) {
    parts.push(`<mc:AlternateContent><mc:Choice Requires="x14ac"><${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/></mc:Choice><mc:Fallback><${p}sheetFormatPr defaultRowHeight="15"/></mc:Fallback></mc:AlternateContent>`);
  } else parts.push(`<${p}sheetFormatPr defaultRowHeight="15"/>`);
  const widths = [8, 45, 24, 12, 45, 8, 12];
  parts.push(`<${p}cols>${widths.map((w, i) => `<${p}col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</${p}cols>`);
  parts.push(`<${p}sheetData>`);
  let previous = -1;
  for (const row of rows) {
    parts.push(rowXml(p, row, previous, shapes, sst));
    previous = row.row;
  }
  parts.push(`</${p}sheetData>`);
  const [first, last] = [actionRows(shapes)[0]!, actionRows(shapes)[ACTIONS.length - 1]!];
  parts.push(`<${p}mergeCells count="1"><${p}mergeCell ref="A1:C1"/></${p}mergeCells>`);
  parts.push(`<${p}conditionalFormatting sqref="F${first}:F${last}"><${p}cfRule type="cellIs" dxfId="0" priority="2" operator="equal"><${p}formula>"R"</${p}formula></${p}cfRule></${p}conditionalFormatting>`);
  parts.push(`<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  parts.push(`<${p}pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>`);
  if (ac) {
    parts.push(
      `<${p}extLst><${p}ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${NS_X14}"><x14:conditionalFormattings>` +
        `<x14:conditionalFormatting xmlns:xm="${NS_XM}"><x14:cfRule type="containsText" priority="1" operator="containsText" id="{2B9E4E3A-5C1D-4E0B-9E51-6A2F0D3C7B11}">` +
        `<xm:f>NOT(ISERROR(SEARCH("Complete",F${first})))</xm:f><x14:dxf><${p}fill><${p}patternFill><${p}bgColor rgb="FF9BC2E6"/></${p}patternFill></${p}fill></x14:dxf></x14:cfRule>` +
        `<xm:sqref>F${first}:F${last}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></${p}ext></${p}extLst>`,
    );
  }
  parts.push(`</${p}worksheet>`);
  return laidOut(parts.join(''), p, shapes);
}

function notesSheetXml(shapes: ReadonlySet<SheetShape>, sst: SharedStrings): string {
  // the second sheet: empty (`<sheetData/>`) in the empty-sheet shape, else one line of text
  const data = has(shapes, 'empty-sheet') ? '<sheetData/>' : `<sheetData><row r="1"><c r="A1" t="s"><v>${sst.of(NOTES_TEXT)}</v></c></row></sheetData>`;
  return laidOut(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${data}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`, '', shapes);
}

const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF99"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

const CORE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:creator>Community Safety Team</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2010-09-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2010-09-28T16:30:00Z</dcterms:modified></cp:coreProperties>';

function appXml(sheetNames: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
}

/** The parts of the package, in the order they are zipped. */
export function sheetShapeParts(shapeList: Iterable<SheetShape>): Array<[string, string]> {
  const shapes = new Set(shapeList);
  if (has(shapes, 'no-dimension') && has(shapes, 'wrong-dimension')) throw new Error('a sheet has one dimension or none: pick no-dimension or wrong-dimension');
  const sst = new SharedStrings();
  const tracker = trackerSheetXml(shapes, sst);
  const notes = notesSheetXml(shapes, sst);
  const names = [TRACKER_SHEET, NOTES_SHEET];
  const withSst = sst.list.length > 0;
  const parts: Array<[string, string]> = [];
  parts.push([
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      (withSst ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  ]);
  parts.push([
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  parts.push(['docProps/app.xml', appXml(names)]);
  parts.push(['docProps/core.xml', CORE_XML]);
  parts.push([
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      `<workbookPr${has(shapes, 'date1904') ? ' date1904="1"' : ''} defaultThemeVersion="124226"/>` +
      '<bookViews><workbookView xWindow="240" yWindow="120" windowWidth="18000" windowHeight="9000"/></bookViews>' +
      `<sheets>${names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${TRACKER_SHEET}'!$3:$3</definedName></definedNames>` +
      '<calcPr calcId="145621"/></workbook>',
  ]);
  parts.push([
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` +
      (withSst ? `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      '</Relationships>',
  ]);
  parts.push(['xl/worksheets/sheet1.xml', tracker]);
  parts.push(['xl/worksheets/sheet2.xml', notes]);
  parts.push(['xl/styles.xml', STYLES_XML]);
  if (withSst) parts.push(['xl/sharedStrings.xml', sst.xml()]);
  return parts;
}

/** A whole .xlsx package of the tracker in these shapes, the same bytes every time. */
export function sheetShapesWorkbook(shapes: Iterable<SheetShape>): Uint8Array {
  const enc = new TextEncoder();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = Object.create(null);
  const mtime = new Date(2010, 8, 28, 16, 30, 0);
  for (const [name, text] of sheetShapeParts(shapes)) files[name] = [enc.encode(text), { mtime }];
  return zipSync(files, { level: 6 });
}
