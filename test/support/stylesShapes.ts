/**
 * A small tracker workbook built part by part, its styles part in whatever shape a test names (or none at
 * all, which the package format allows), for the shapes other writers give a styles part. The tracker's
 * cells carry no style, and its dates are words, so every shape holds the same tracker.
 */
import { NEW_STYLES_PART } from '../../src/workbook/xlsx/appendStyles';
import { deflatedText, writeZip } from '../../src/workbook/xlsx/writeZip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Ref | Action | Lead officer | Target date | Progress | Status, as an officer keeps them */
export const TRACKER_ROWS: ReadonlyArray<readonly string[]> = [
  ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status'],
  ['1', 'Review the housing allocations policy', 'Head of Housing', 'Mar 2010', 'Completed and signed off by Cabinet in March.', 'G'],
  ['2', 'Publish the tenant engagement strategy', 'JB', 'Dec 2010', 'Draft out for consultation.', 'A'],
  ['3', 'Train frontline staff on the new CRM', 'Customer Services Manager', 'Jun 2010', 'Delayed by recruitment.', 'R'],
  ['4', 'Set up a landlord forum', 'AS/KT', 'Mar 2011', 'First meeting booked for November.', 'G'],
  ['5', 'Audit void turnaround times', 'Head of Housing', 'Aug 2010', 'Not started.', ''],
];

const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number): string => String.fromCharCode(65 + i);

export function trackerSheetXml(rows: ReadonlyArray<readonly string[]> = TRACKER_ROWS): string {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => (v === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData></worksheet>`;
}

export interface TrackerWorkbookOptions {
  /** the styles part's text; null for a workbook with none; 'dangling' for none, but a relationship naming one */
  readonly styles: string | null | 'dangling';
  /** entries added after the others, such as a second entry of a name already there */
  readonly extra?: ReadonlyArray<{ name: string; text: string }>;
  /** the workbook part in UTF-16: little-endian with a byte-order mark, or big-endian without (as PhpSpreadsheet's utf16be.xlsx) */
  readonly workbookIn?: 'utf-16le' | 'utf-16be';
}

export function trackerWorkbook({ styles, extra = [], workbookIn }: TrackerWorkbookOptions): Uint8Array {
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    ...(styles === null ? [] : ['<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']),
  ];
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    ...(styles === null ? [] : [`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`]),
  ];
  const parts: Array<[string, string]> = [
    ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Action plan" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`],
    ['xl/worksheets/sheet1.xml', trackerSheetXml()],
    ...(styles === null || styles === 'dangling' ? [] : [['xl/styles.xml', styles] as [string, string]]),
    ...extra.map((e): [string, string] => [e.name, e.text]),
  ];
  return writeZip(parts.map(([name, text]) => {
    if (name !== 'xl/workbook.xml' || workbookIn === undefined) return deflatedText(name, text);
    const declared = text.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    return deflatedText(name, workbookIn === 'utf-16le' ? `\uFEFF${declared}` : declared, workbookIn);
  }));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"';
const FONT = '<font><sz val="11"/><name val="Arial"/></font>';
const FONTS = `<fonts count="1">${FONT}</fonts>`;
const FILLS = '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDERS = '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>';
const STYLE_XFS = '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
const XFS = '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';
const CELL_STYLES = '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';
const DXFS = '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.0%"/></dxf></dxfs>';
const stylesPart = (body: string, root = `<styleSheet ${NS}>`): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}${body}</styleSheet>`;
const ALTERNATE_FONT = '<mc:AlternateContent><mc:Choice Requires="x14ac"><font><sz val="11"/><name val="Calibri"/><x14ac:knownFont/></font></mc:Choice><mc:Fallback><font><sz val="11"/><name val="Calibri"/></font></mc:Fallback></mc:AlternateContent>';

/**
 * Styles parts in the shapes other writers give them, alone and together: [shape, the part, its prefix for
 * the main namespace, the index the product's first cell format must get].
 */
export const STYLES_SHAPES: ReadonlyArray<readonly [string, string, string, number]> = [
  ['as Excel writes it', stylesPart(FONTS + FILLS + BORDERS + STYLE_XFS + XFS + CELL_STYLES), '', 1],
  ['an x: prefix on the main namespace', stylesPart(FONTS + FILLS + BORDERS + XFS).replace(/<(\/?)(?!\?)/g, '<$1x:').replace(`<x:styleSheet ${NS}>`, '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'), 'x:', 1],
  ['an empty-element number format list', stylesPart('<numFmts count="0"/>' + FONTS + FILLS + BORDERS + XFS), '', 1],
  ['an empty-element list with a space before />', stylesPart('<numFmts count="0" />' + FONTS + FILLS + BORDERS + XFS), '', 1],
  ['an empty number format list with start and end tags', stylesPart('<numFmts count="0"></numFmts>' + FONTS + FILLS + BORDERS + XFS), '', 1],
  ['a list with no count', stylesPart('<fonts>' + FONT + '</fonts>' + FILLS + BORDERS + '<cellXfs><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>'), '', 1],
  ['a wrong count', stylesPart('<fonts count="7">' + FONT + '</fonts>' + FILLS + BORDERS + XFS), '', 1],
  ['a count in single quotes', stylesPart("<fonts count='1'>" + FONT + '</fonts>' + FILLS + BORDERS + XFS), '', 1],
  ['a font written as mc:AlternateContent', stylesPart(`<fonts count="2" x14ac:knownFonts="1">${FONT}${ALTERNATE_FONT}</fonts>` + FILLS + BORDERS + XFS, `<styleSheet ${NS} ${MC}>`), '', 1],
  ['a cell format written as mc:AlternateContent', stylesPart(FONTS + FILLS + BORDERS + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><mc:AlternateContent><mc:Choice Requires="x14ac"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyFont="1"/></mc:Choice><mc:Fallback><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></mc:Fallback></mc:AlternateContent></cellXfs>', `<styleSheet ${NS} ${MC}>`), '', 2],
  ['a styleSheet with no lists', stylesPart(''), '', 1],
  ['an empty-element styleSheet', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}/>`, '', 1],
  ['the product\'s own new styles part', NEW_STYLES_PART, '', 1],
  ['one fill only', stylesPart(FONTS + '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' + BORDERS + XFS), '', 1],
  ['empty-element font and cell format lists', stylesPart('<fonts count="0"/>' + FILLS + BORDERS + '<cellXfs count="0"/>'), '', 1],
  ['lists missing between others, with dxfs', stylesPart(FONTS + XFS + DXFS), '', 1],
  ['all at once: a prefix, no counts, an empty-element list, a font as mc:AlternateContent, a list missing', `<?xml version="1.0" encoding="UTF-8"?>\n<s:styleSheet xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${MC}><s:numFmts/><s:fonts><s:font><s:sz val="10"/></s:font><mc:AlternateContent><mc:Choice Requires="x14ac"><s:font><s:b/></s:font></mc:Choice><mc:Fallback><s:font><s:b/></s:font></mc:Fallback></mc:AlternateContent></s:fonts><s:fills><s:fill><s:patternFill patternType="none"/></s:fill></s:fills><s:cellXfs><s:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><s:xf numFmtId="0" fontId="1" fillId="0" borderId="0"/></s:cellXfs></s:styleSheet>`, 's:', 2],
  ['pretty-printed, with comments', stylesPart(`\n  <!-- fonts -->\n  ${FONTS}\n  ${FILLS}\n  ${BORDERS}\n  ${XFS}\n`), '', 1],
];

