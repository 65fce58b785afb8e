/**
 * Issue 15, "Every shape of sheet": one council tracker, written by test/support/sheetShapes.ts in each
 * shape other writers give a worksheet part, alone and combined, goes through what `check --out`, a second
 * `check --out` and `clean` do (processWorkbook and cleanWorkbook, in process). The product must find the
 * same tracker in every shape, put its columns right of everything the user has, copy every entry it does
 * not own byte for byte, change nothing of the user's in the entries it adds to, give the same bytes on a
 * second run, and give back every entry byte for byte when cleaned. Where LibreOffice is installed, it
 * opens every written workbook with every sheet there and the product's columns as the product wrote them.
 */
import { columnIndex, type Cell, type Sheet, type WorkbookGrid } from '../../src/core/grid';
import { serialToIso } from '../../src/core/dates/excelSerials';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { cleanWorkbook } from '../../src/workbook/xlsx/cleanWorkbook';
import { processWorkbook, type Processed } from '../../src/workbook/xlsx/processWorkbook';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreOffice';
import { ACTIONS, AS_AT, FAR_COLUMN, NOTES_SHEET, SHEET_SHAPES, TRACKER_SHEET, actionRows, lastUserColumn, sheetShapeParts, sheetShapesWorkbook, type SheetShape } from '../support/sheetShapes';
import { rawEntries, zipParts } from '../support/zipParts';

const REQUEST = { asAt: AS_AT } as const;
const OPTIONS = { write: true, save: false, today: AS_AT } as const;
const TRACKER_PART = 'xl/worksheets/sheet1.xml';
// the entries the product adds to; every other entry of the input must come out byte for byte
const ADDED_TO = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', TRACKER_PART];
const HEADERS = ['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues'];
const PRODUCT_SHEETS = ['Summary', 'Exceptions', 'Issues', 'By owner', 'TrackerCheck_Settings'];

const EVERY_SHAPE = SHEET_SHAPES.filter((s) => s !== 'last-column');
const COMBINATIONS: SheetShape[][] = [
  [],
  ...EVERY_SHAPE.map((s) => [s]),
  ['no-r', 'wide-sparse'],
  ['prefixed', 'inline-strings', 'formulas'],
  ['spelled-out', 'no-r', 'styled-past', 'empty-sheet'],
  ['date1904', 'no-dimension', 'alternate-content', 'indented'],
  ['prefixed', 'spelled-out', 'indented', 'inline-strings', 'formulas'],
  EVERY_SHAPE.filter((s) => s !== 'no-dimension'),
  EVERY_SHAPE.filter((s) => s !== 'wrong-dimension'),
];
const nameOf = (shapes: readonly SheetShape[]): string => (shapes.length === 0 ? 'plain' : shapes.join(' + '));

/**
 * Each action as at 30/09/2010 by domain.md's "Computed RAG" (amber window 30 days), worked out by hand:
 * target read as, computed RAG, days slipped (D − T0 when open and overdue; 0 when open and on time; none
 * for Complete without a completion date, Ongoing or No date).
 *  1.1 status Complete                        → Complete (rule 2)
 *  1.2 31/08/2010, 30 days before D            → Red (rule 5), slipped 30
 *  1.3 15/10/2010, 15 days after D (≤ 30)      → Amber (rule 6)
 *  2.1 "Mar 2011" = 31/03/2011, 182 days away  → Green
 *  2.2 "On-going"                              → Ongoing (rule 3)
 *  2.3 "TBA" on an open action                 → No date (rule 4), a validation error
 *  3.1 31/01/2011, 123 days away               → Green
 *  3.2 31/07/2010, 61 days before D            → Red, slipped 61
 */
const EXPECTED: ReadonlyArray<[ref: string, target: string, rag: string, slipped: number | null]> = [
  ['1.1', '2010-06-30', 'Complete', null],
  ['1.2', '2010-08-31', 'Red', 30],
  ['1.3', '2010-10-15', 'Amber', 0],
  ['2.1', '2011-03-31', 'Green', 0],
  ['2.2', 'Ongoing', 'Ongoing', null],
  ['2.3', 'No date', 'No date', null],
  ['3.1', '2011-01-31', 'Green', 0],
  ['3.2', '2010-07-31', 'Red', 61],
];
const COUNTS = { Red: 2, Amber: 1, Green: 2, Complete: 1, Ongoing: 1, 'No date': 1, Closed: 0 };

/** a cell as the product wrote it, dates as ISO days in whichever date system the workbook uses */
function plainValue(cell: Cell | undefined, date1904: boolean): string | number | boolean | undefined {
  if (!cell || cell.value === null) return undefined;
  return cell.type === 'date' ? serialToIso(cell.value as number, date1904) ?? `bad date ${cell.value}` : cell.value;
}

function sheetOf(grid: WorkbookGrid, name: string): Sheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${grid.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** the product's block on the tracker sheet, row by row (0-based rows up to the last action), as plain values */
function productBlock(grid: WorkbookGrid, first: number, lastRow: number): Array<Array<string | number | boolean | undefined>> {
  const sheet = sheetOf(grid, TRACKER_SHEET);
  const rows: Array<Array<string | number | boolean | undefined>> = [];
  for (let r = 0; r < lastRow; r++) rows.push(HEADERS.map((_, k) => plainValue(sheet.rows[r]?.[first + k], grid.date1904)));
  return rows;
}

// Independent of the product's own scanner (sheetRows.ts): the generated parts hold no CDATA or comments,
// so a cell or row element can be found with a pattern.
const CELL = /<(?:x:)?c(?=[\s/>])[^>]*?(?:\/>|>[^]*?<\/(?:x:)?c>)/g;
const ROW_TAG = /<(?:x:)?row(?=[\s/>])[^>]*>/g;
const COL = /<(?:x:)?col\s[^>]*?(?:\/>|><\/(?:x:)?col>)/g;
const columnOfCell = (cell: string): number => {
  const r = /\sr="([A-Z]+)\d+"/.exec(cell);
  return r ? columnIndex(r[1]!) : -1;
};

/** the part without its sheetData and cols: everything there must come out as it went in */
function aroundRows(xml: string): string {
  const start = xml.search(/<(?:x:)?sheetData[\s>]/);
  const close = /<\/(?:x:)?sheetData>/.exec(xml)!;
  return (xml.slice(0, start) + xml.slice(close.index + close[0].length)).replace(/<(?:x:)?cols>[^]*?<\/(?:x:)?cols>/, '');
}

describe.each(COMBINATIONS.map((shapes) => [nameOf(shapes), shapes] as const))('a tracker sheet with %s', (_, shapes) => {
  const input = sheetShapesWorkbook(shapes);
  const first = lastUserColumn(shapes) + 2;
  const rows = actionRows(shapes);
  let written: Processed;
  let again: Processed;
  beforeAll(() => {
    written = processWorkbook(input, REQUEST, OPTIONS);
    again = processWorkbook(written.bytes!, REQUEST, OPTIONS);
  });

  it('is read cell for cell as the user wrote it: text, rich text, dates in the workbook\'s date system, formula results', () => {
    const grid = readXlsx(input);
    const tracker = sheetOf(grid, TRACKER_SHEET);
    const row = (r: number, width: number) => Array.from({ length: width }, (_, c) => plainValue(tracker.rows[r]?.[c], grid.date1904));
    const formulas = shapes.includes('formulas');
    expect(row(0, 1)).toEqual(['Community Safety Action Plan 2010-11']);
    expect(row(2, formulas ? 7 : 6)).toEqual(['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status', ...(formulas ? ['Weeks to go'] : [])]);
    expect(ACTIONS.map((_, i) => row(rows[i]! - 1, formulas ? 7 : 6))).toEqual(
      ACTIONS.map((a, i) => [a.ref, a.action, a.owner, typeof a.target === 'string' ? a.target : a.target.date, a.progress, a.status, ...(formulas ? [[-13, -4, 2, undefined, undefined, undefined, 18, -9][i]] : [])]),
    );
    expect(tracker.rows[1]).toBeUndefined();
    expect(tracker.rowCount).toBe(formulas ? rows[rows.length - 1]! + 2 : rows[rows.length - 1]!);
    expect(tracker.colCount).toBe(shapes.includes('wide-sparse') ? FAR_COLUMN + 1 : formulas ? 7 : 6);
  });

  it('is found as a tracker, with its 8 actions counted by computed RAG', () => {
    const report = written.report as WorkbookReport;
    expect(report.sheets.map((s) => s.name)).toEqual([TRACKER_SHEET]);
    expect(report.skipped.map((s) => s.name)).toEqual([NOTES_SHEET]);
    const [sheet] = report.sheets;
    expect(sheet!.mapping.headerRow).toBe(3);
    expect(sheet!.records.length).toBe(8);
    expect(sheet!.counts).toEqual(COUNTS);
    expect(sheet!.errors).toBe(1);
    expect(written.notes).toEqual([]);
  });

  it('computes each action\'s RAG and slippage as worked out by hand', () => {
    const sheet = (written.report as WorkbookReport).sheets[0]!;
    const byRow = new Map(sheet.rows.map((r) => [r.row, r]));
    expect(EXPECTED.map(([ref], i) => [ref, byRow.get(rows[i]!)?.rag?.computed, byRow.get(rows[i]!)?.rag?.slippageDays])).toEqual(EXPECTED.map(([ref, , rag, slipped]) => [ref, rag, slipped]));
  });

  it('writes its columns one column right of everything the user has, under the header, with the note above', () => {
    const grid = readXlsx(written.bytes!);
    const block = productBlock(grid, first, rows[rows.length - 1]!);
    expect(block[1]![0]).toBe('Tracker Check, as at 30/09/2010');
    expect(block[2]).toEqual(HEADERS);
    expect(EXPECTED.map(([ref], i) => [ref, ...block[rows[i]! - 1]!.slice(0, 3)])).toEqual(EXPECTED.map(([ref, target, rag, slipped]) => [ref, target, rag, slipped ?? undefined]));
    expect(block[rows[5]! - 1]![3]).toBe('No target date');
    // nothing in the column between the user's last and the product's first
    const tracker = sheetOf(grid, TRACKER_SHEET);
    expect(tracker.rows.some((r) => r?.[first - 1] !== undefined)).toBe(false);
    expect(grid.sheets.map((s) => s.name)).toEqual([TRACKER_SHEET, NOTES_SHEET, ...PRODUCT_SHEETS]);
  });

  it('copies every entry it does not add to byte for byte, in the same order', () => {
    const before = rawEntries(input);
    const after = rawEntries(written.bytes!);
    const changed = [...before].filter(([name, raw]) => !after.get(name)?.equals(raw)).map(([name]) => name);
    expect(changed.sort()).toEqual([...ADDED_TO].sort());
    expect([...after.keys()].filter((n) => before.has(n))).toEqual([...before.keys()]);
  });

  it('keeps every cell, row, width and every other element of the user\'s on the tracker sheet', () => {
    const before = zipParts(input).get(TRACKER_PART)!.toString('utf8');
    const after = zipParts(written.bytes!).get(TRACKER_PART)!.toString('utf8');
    const userCells = before.match(CELL)!;
    const writtenCells = after.match(CELL)!;
    expect(userCells.length).toBeGreaterThan(50);
    expect(writtenCells.filter((c) => columnOfCell(c) < first)).toEqual(userCells);
    expect(writtenCells.filter((c) => columnOfCell(c) >= first).length).toBeGreaterThan(20);
    // a row the product made spans its block; a user's empty-element row is opened, its tag kept
    const made = new RegExp(`^<(?:x:)?row r="\\d+" spans="${first + 1}:${first + 4}">$`);
    expect(after.match(ROW_TAG)!.filter((t) => !made.test(t))).toEqual(before.match(ROW_TAG)!.map((t) => t.replace(/\/>$/, '>')));
    expect(aroundRows(after)).toBe(aroundRows(before));
    const userCols = before.match(COL)!;
    expect(after.match(COL)!.filter((c) => userCols.includes(c))).toEqual(userCols);
  });

  it('gives the same bytes when run again on its own output', () => {
    expect(again.notes).toEqual([]);
    expect(Buffer.from(again.bytes!).equals(Buffer.from(written.bytes!))).toBe(true);
  });

  it('gives back every entry byte for byte when cleaned', () => {
    const cleaned = cleanWorkbook(written.bytes!);
    expect(cleaned.removed).toBe(true);
    const before = zipParts(input);
    const after = zipParts(cleaned.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) expect({ name, same: after.get(name)!.equals(content) }).toEqual({ name, same: true });
  });
});

describe('a tracker sheet with a cell in its last column, XFD', () => {
  const shapes: SheetShape[] = ['last-column', 'no-r', 'indented'];
  const input = sheetShapesWorkbook(shapes);
  const written = processWorkbook(input, REQUEST, OPTIONS);

  it('is checked, and gets no columns (there is no room right of XFD), and the run says so', () => {
    expect((written.report as WorkbookReport).sheets[0]!.counts).toEqual(COUNTS);
    expect(written.notes).toEqual([
      'Sheet "Action Plan" reaches column XFD, and a sheet ends at column XFD: there is no room right of it for Tracker Check\'s 4 columns, so none were added (clear the far-right columns to make room); its Summary figures are values, not formulas.',
    ]);
    expect(zipParts(written.bytes!).get(TRACKER_PART)!.equals(zipParts(input).get(TRACKER_PART)!)).toBe(true);
  });

  it('still writes its sheets, reads back what it wrote, and cleans back to the input', () => {
    const grid = readXlsx(written.bytes!);
    expect(grid.sheets.map((s) => s.name)).toEqual([TRACKER_SHEET, NOTES_SHEET, ...PRODUCT_SHEETS]);
    const again = processWorkbook(written.bytes!, REQUEST, OPTIONS);
    expect(Buffer.from(again.bytes!).equals(Buffer.from(written.bytes!))).toBe(true);
    const cleaned = zipParts(cleanWorkbook(written.bytes!).bytes);
    expect([...cleaned.keys()]).toEqual([...zipParts(input).keys()]);
    for (const [name, content] of zipParts(input)) expect({ name, same: cleaned.get(name)!.equals(content) }).toEqual({ name, same: true });
  });
});

describe('the generator', () => {
  it('writes each shape into the tracker sheet part as described', () => {
    const part = (shapes: SheetShape[]): string => new Map(sheetShapeParts(shapes)).get(TRACKER_PART)!;
    const workbook = (shapes: SheetShape[]): string => new Map(sheetShapeParts(shapes)).get('xl/workbook.xml')!;
    expect(part(['no-r'])).not.toMatch(/<(row|c) r=/);
    expect(part(['no-r', 'wide-sparse'])).toMatch(/<row><c s="3" t="s"><v>0<\/v><\/c><c r="WQJ1" t="s">/);
    expect(part(['prefixed'])).toMatch(/^<\?xml[^>]*>\n<x:worksheet xmlns:x="[^"]+\/main"[^]*<x:row r="3"><x:c r="A3"/);
    expect(part(['inline-strings'])).toContain('<c r="A4" t="inlineStr"><is><t>1.1</t></is></c>');
    expect(part(['inline-strings'])).toContain('<is><r><rPr><b/>');
    expect(part(['formulas'])).toContain('<f t="shared" ref="G4:G11" si="0">');
    expect(part(['formulas'])).toContain('<f t="shared" si="0"/>');
    expect(part(['formulas'])).toContain('<f t="array" ref="G13">SUM(IF(F4:F11=&quot;R&quot;,1,0))</f><v>1</v>');
    expect(part(['alternate-content'])).toMatch(/mc:Ignorable="x14ac"[^]*<mc:AlternateContent><mc:Choice Requires="x14ac">[^]*<\/sheetData>[^]*<extLst>[^]*<xm:sqref>F4:F11<\/xm:sqref>/);
    expect(new Map(sheetShapeParts(['empty-sheet'])).get('xl/worksheets/sheet2.xml')).toContain('<sheetData/>');
    expect(part(['wide-sparse'])).toMatch(/<c r="WQJ1"[^]*<row r="7">[^]*<\/row><row r="10">/);
    expect(part(['no-dimension'])).not.toContain('<dimension');
    expect(part(['wrong-dimension'])).toContain('<dimension ref="A1"/>');
    expect(part([])).toContain('<dimension ref="A1:F11"/>');
    expect(workbook(['date1904'])).toContain('<workbookPr date1904="1"');
    expect(part(['date1904'])).toContain('<c r="D4" s="2"><v>38897</v></c>');
    expect(part([])).toContain('<c r="D4" s="2"><v>40359</v></c>');
    expect(part(['styled-past'])).toContain('<c r="Z4" s="1"/></row>');
    expect(part(['spelled-out'])).toContain('<row r="2" ht="6" customHeight="1"></row>');
    expect(part(['indented'])).toContain('<sheetData>\n  <row r="1">\n    <c r="A1"');
    expect(part(['last-column'])).toContain('<c r="XFD1" t="s">');
  });
});

// LibreOffice opens each written workbook: every sheet is there, and the product's columns hold what it wrote
describe('LibreOffice opens every written workbook', () => {
  it('is installed (.ci/run installs libreoffice-calc-nogui)', () => {
    expect(hasLibreOffice()).toBe(true);
  });

  const files = COMBINATIONS.map((shapes, i) => {
    const bytes = processWorkbook(sheetShapesWorkbook(shapes), REQUEST, OPTIONS).bytes!;
    return { shapes, name: `shape-${i}.xlsx`, bytes };
  });
  let converted: Uint8Array[];
  beforeAll(() => {
    converted = convertWithLibreOffice(files, 'xlsx');
  }, 300_000);

  it.each(files.map((f, i) => [nameOf(f.shapes), i] as const))('%s', (_, i) => {
    const { shapes, bytes } = files[i]!;
    const ours = readXlsx(bytes);
    const theirs = readXlsx(converted[i]!);
    expect(theirs.sheets.map((s) => s.name)).toEqual(ours.sheets.map((s) => s.name));
    const first = lastUserColumn(shapes) + 2;
    const lastRow = actionRows(shapes)[ACTIONS.length - 1]!;
    expect(productBlock(theirs, first, lastRow)).toEqual(productBlock(ours, first, lastRow));
    expect(productBlock(theirs, first, lastRow)[2]).toEqual(HEADERS);
  });
});

