import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../core/grid';
import { readXlsx } from '../xlsx/readXlsx';
import { sheetParts, userColumns } from '../xlsx/writeResults';
import { XlsxPackage } from '../xlsx/xlsxPackage';
import { FakeExcel, type FakeDrawing } from '../../../test/support/fakeExcel';
import { readOfficeFacts } from './readOfficeFacts';
import { areasEnd, columnAtEdge } from './userExtent';

describe('areasEnd', () => {
  it.each<[string, Array<[number, number]>, number]>([
    // [case, areas as [columnIndex, columnCount], one past the last column]
    ['none', [], 0],
    ['H2:H9', [[7, 1]], 8],
    ['A1:C3 and E5', [[0, 3], [4, 1]], 5],
    ['a whole column, F:F', [[5, 1]], 6],
    // ranges reaching XFD say nothing of where content ends
    ['a whole row, 1:1', [[0, 16384]], 0],
    ['C7:XFD7 beside H2:H9', [[2, 16382], [7, 1]], 8],
    ['XFD5 alone', [[16383, 1]], 0],
    ['A1:XFC1, one short of the end', [[0, 16383]], 16383],
  ])('%s', (_, areas, end) => {
    expect(areasEnd(areas.map(([columnIndex, columnCount]) => ({ columnIndex, columnCount })))).toBe(end);
  });
});

describe('columnAtEdge', () => {
  const standard = (n: number): number[] => Array.from({ length: n }, () => 48);
  it.each<[string, number[], number, number | undefined]>([
    // [case, widths of the columns from A, in points, a drawing's right edge, the column it is in]
    ['inside the first column', standard(64), 20, 0],
    ['inside column K', standard(64), 10.5 * 48, 10],
    // on a column's left edge: Excel anchors it to that column (xdr:to col, colOff 0)
    ['on the edge between J and K', standard(64), 10 * 48, 10],
    ['on the edge past the columns read', standard(4), 4 * 48, 4],
    ['past the columns read', standard(4), 4 * 48 + 1, undefined],
    ['narrow columns', [10, 10, 10, 300], 25, 2],
    ['a hidden column passed over', [48, 0, 48], 60, 2],
    ['past every column of the sheet', standard(16384), 16384 * 48 + 5, 16383],
  ])('%s', (_, widths, edge, column) => {
    expect(columnAtEdge(widths, edge)).toBe(column);
  });
});

/**
 * A tracker sheet described once and built twice: as an .xlsx (ExcelJS writes it as Excel does: a row
 * formatted whole is a row style, with cells only where there is more) and as the fake workbook, so that
 * both hosts can be asked how far the user's things reach.
 */
interface Shape {
  /** 1-based rows formatted whole (a fill across every column) */
  readonly wholeRows?: readonly number[];
  readonly merges?: readonly string[];
  /** empty cells with a fill */
  readonly formatted?: readonly string[];
  /** values besides the tracker's */
  readonly values?: Readonly<Record<string, string>>;
  readonly conditionalFormats?: readonly string[];
  /** single cells with a list validation */
  readonly validated?: readonly string[];
  readonly notes?: readonly string[];
  /** pictures, from and to a column and a fraction of it (ExcelJS anchors), rows 2 to 6 */
  readonly pictures?: ReadonlyArray<readonly [from: number, to: number]>;
  /** columns A to EZ narrowed to this many points (Excel's standard is 48) */
  readonly narrow?: number;
}

const NARROWED = 156;

const TRACKER = [['Corporate plan 2010-11'], ['Ref', 'Action', 'Lead officer', 'Target', 'Progress', 'Status'], ['1', 'Do it', 'J Smith', 'Mar 2011', 'Started', 'G'], ['2', 'Do more', 'A Jones', 'TBA', '', 'A']];
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;

async function xlsxOf(shape: Shape): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  TRACKER.forEach((row, r) => row.forEach((v, c) => void (v && (ws.getCell(r + 1, c + 1).value = v))));
  for (const [ref, v] of Object.entries(shape.values ?? {})) ws.getCell(ref).value = v;
  for (const r of shape.wholeRows ?? []) ws.getRow(r).fill = FILL;
  for (const m of shape.merges ?? []) ws.mergeCells(m);
  for (const ref of shape.formatted ?? []) ws.getCell(ref).fill = FILL;
  for (const ref of shape.conditionalFormats ?? []) {
    ws.addConditionalFormatting({ ref, rules: [{ type: 'expression', priority: 1, formulae: ['TRUE'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }] });
  }
  for (const ref of shape.validated ?? []) ws.getCell(ref).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Red,Amber,Green"'] };
  for (const ref of shape.notes ?? []) ws.getCell(ref).note = 'see the board paper';
  for (const [from, to] of shape.pictures ?? []) {
    const image = wb.addImage({ base64: PIXEL_PNG, extension: 'png' });
    ws.addImage(image, { tl: { col: from, row: 1 }, br: { col: to, row: 6 } } as unknown as ExcelJS.ImageRange);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** the same workbook open in the fake Excel: its cells and merged areas as read from the .xlsx, the rest as Excel holds it */
async function excelOf(bytes: Uint8Array, shape: Shape): Promise<FakeExcel> {
  const read = readXlsx(bytes);
  const grid: WorkbookGrid = { ...read, sheets: read.sheets.map(({ fills: _, ...sheet }) => sheet) };
  // where a picture anchored to columns is, in points, by the columns' widths
  const width = (c: number): number => (shape.narrow !== undefined && c < NARROWED ? shape.narrow : 48);
  const points = (at: number): number => {
    let x = 0;
    for (let c = 0; c < Math.floor(at); c++) x += width(c);
    return x + (at - Math.floor(at)) * width(Math.floor(at));
  };
  const drawings: FakeDrawing[] = (shape.pictures ?? []).map(([from, to]) => ({ kind: 'shape', left: points(from), top: 15, width: points(to) - points(from), height: 75 }));
  const excel = new FakeExcel(grid, {
    excelApi: '1.18',
    drawings: { Plan: drawings },
    notes: { Plan: shape.notes ?? [] },
    conditionalFormats: { Plan: shape.conditionalFormats ?? [] },
    dataValidations: { Plan: shape.validated ?? [] },
  });
  const ws = excel.context.workbook.worksheets.getItem('Plan');
  if (shape.narrow !== undefined) ws.getRangeByIndexes(0, 0, 1_048_576, NARROWED).format.columnWidth = shape.narrow;
  const filled = [...(shape.wholeRows ?? []).map((r) => `${r}:${r}`), ...(shape.formatted ?? [])];
  if (filled.length > 0) ws.getRanges(filled.join(',')).format.fill.color = '#FFFF00';
  await excel.context.sync();
  return excel;
}

async function bothHosts(shape: Shape): Promise<{ xlsx: number; office: number; syncs: number }> {
  const bytes = await xlsxOf(shape);
  const pkg = XlsxPackage.open(bytes);
  const xlsx = userColumns(pkg, sheetParts(pkg).get('Plan')!);
  const excel = await excelOf(bytes, shape);
  const { facts, stats } = await readOfficeFacts(excel.context, { requirements: excel.requirements });
  return { xlsx, office: facts.userColumns('Plan'), syncs: stats.syncs };
}

describe('the user\'s columns on a used range reaching column XFD, as both hosts measure them', () => {
  it.each<[string, Shape, number, number]>([
    // [case, the sheet, one past its last column of the user's, syncs of readOfficeFacts]
    ['the title row formatted whole', { wholeRows: [1] }, 6, 3],
    ['the title row formatted whole and merged across K', { wholeRows: [1], merges: ['A1:K1'] }, 11, 3],
    ['three rows formatted whole, an empty merged pair G3:H3 on the third', { wholeRows: [1, 2, 3], merges: ['G3:H3'] }, 8, 3],
    ['the title row formatted whole, a filled empty cell in Z', { wholeRows: [1], formatted: ['Z5'] }, 26, 3],
    ['the title row formatted whole, a value in XFD', { wholeRows: [1], values: { XFD1: 'x' } }, 16384, 3],
    ['a filled empty cell in Z, no row formatted whole', { formatted: ['Z5'] }, 26, 2],
    ['nothing but the tracker', {}, 6, 2],
  ])('%s', async (_, shape, columns, syncs) => {
    expect(await bothHosts(shape)).toEqual({ xlsx: columns, office: columns, syncs });
  });
});

describe('the user\'s columns beside drawings and conditional formats, validation and notes, as both hosts measure them', () => {
  it.each<[string, Shape, number, number]>([
    // [case, the sheet, one past its last column of the user's, syncs of readOfficeFacts]
    ['conditional formats on M2:M9', { conditionalFormats: ['M2:M9'] }, 13, 2],
    ['conditional formats on whole rows and on column J', { conditionalFormats: ['2:3', 'J:J'] }, 10, 2],
    ['validation on O5:O7', { validated: ['O5', 'O6', 'O7'] }, 15, 2],
    ['a note on S4', { notes: ['S4'] }, 19, 3],
    ['a picture from H to part-way into K', { pictures: [[7.2, 10.5]] }, 11, 3],
    ['a picture ending on the edge of K', { pictures: [[7, 10]] }, 11, 3],
    ['a picture far right, past EJ', { pictures: [[60.5, 140.25]] }, 141, 3],
    // on narrow columns the widths read first end before the picture does: the rest are read in one more sync
    ['the same picture on narrow columns', { pictures: [[60.5, 140.25]], narrow: 5 }, 141, 4],
    ['all of them, the note furthest', { conditionalFormats: ['M2:M9'], validated: ['O5'], notes: ['S4'], pictures: [[7.2, 10.5]] }, 19, 3],
  ])('%s', async (_, shape, columns, syncs) => {
    expect(await bothHosts(shape)).toEqual({ xlsx: columns, office: columns, syncs });
  });
});
