import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTracker } from '../../../bench/generateTracker';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { withFills } from '../../../test/support/withFills';
import { cellRef, columnIndex, fillAt, type Sheet, type WorkbookGrid } from '../../core/grid';
import { SUMMARY_KINDS } from '../../core/plan/writePlan';
import { statusFillRanges, type FillRange } from '../../core/run/fillRanges';
import { isChecked, prepareRun } from '../../core/run/prepareRun';
import { readXlsx } from '../xlsx/readXlsx';
import { createXlsxHost } from '../xlsx/xlsxHost';
import { CHUNK_BUDGET_BYTES, officeFill, PAYLOAD_LIMIT_BYTES } from './readChunks';
import { readOfficeFills } from './readOfficeFills';
import { readOfficeGrid } from './readOfficeGrid';

const TODAY = '2011-03-31' as const;
const FIXTURES = path.join(__dirname, '../../../test/fixtures/fill-status');
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

/** the fills of a sheet's cells in these ranges, by reference */
function fillsIn(sheet: Sheet, ranges: readonly FillRange[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of ranges) {
    if (r.sheet !== sheet.name) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      const colour = fillAt(sheet, row, r.col);
      if (colour !== undefined) out[cellRef(row, r.col)] = colour;
    }
  }
  return out;
}

/** every fill of a sheet, by reference */
function allFills(sheet: Sheet): Record<string, string> {
  const out: Record<string, string> = {};
  sheet.fills?.forEach((row, r) => row?.forEach((colour, c) => {
    if (colour !== undefined) out[cellRef(r, c)] = colour;
  }));
  return out;
}

describe('officeFill', () => {
  it.each<[string, Excel.CellProperties | undefined, string | undefined]>([
    ['a solid red', { format: { fill: { color: '#FF0000', pattern: 'Solid' } } }, 'FF0000'],
    ['lower case', { format: { fill: { color: '#00b050', pattern: 'Solid' } } }, '00B050'],
    ['a colour with no pattern given', { format: { fill: { color: '#FFC000' } } }, 'FFC000'],
    ['a colour whose pattern Excel leaves null', { format: { fill: { color: '#FFC000', pattern: null as unknown as Excel.FillPattern } } }, 'FFC000'],
    // Excel gives white for a cell with no fill
    ['no fill', { format: { fill: { color: '#FFFFFF', pattern: 'None' } } }, undefined],
    ['white', { format: { fill: { color: '#FFFFFF', pattern: 'Solid' } } }, undefined],
    ['a hatched pattern, as the .xlsx reader leaves it', { format: { fill: { color: '#FF0000', pattern: 'Gray25' } } }, undefined],
    ['a colour name', { format: { fill: { color: 'red', pattern: 'Solid' } } }, undefined],
    ['nothing', {}, undefined],
    ['no cell', undefined, undefined],
  ])('%s', (_, properties, colour) => expect(officeFill(properties)).toBe(colour));
});

describe.each(['fill-status-excel.xlsx', 'fill-status-libreoffice.xlsx', 'fill-status-indexed.xlsx', 'fill-status-google.xlsx'])('readOfficeFills on %s', (file) => {
  it('reads the status column\'s fills as the .xlsx reader does, and no other column\'s, in one sync', async () => {
    const source = readXlsx(bytesOf(path.join(FIXTURES, file)));
    const excel = new FakeExcel(source);
    const { grid } = await readOfficeGrid(excel.context);
    expect(grid.sheets[0]!.fills).toBeUndefined();
    const ranges = statusFillRanges(grid, {}, TODAY);
    expect(ranges).toEqual([{ sheet: 'Action Plan', col: 5, top: 1, bottom: source.sheets[0]!.rowCount - 1 }]);
    const before = excel.syncs;
    const read = await readOfficeFills(excel.context, grid, ranges);
    expect(excel.syncs - before).toBe(1);
    expect(read.stats).toMatchObject({ syncs: 1, chunks: 1 });
    const filled = read.grid.sheets[0]!;
    const expected = fillsIn(source.sheets[0]!, ranges);
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(allFills(filled)).toEqual(expected);
    // the cells are the grid's, untouched
    expect(filled.rows).toBe(grid.sheets[0]!.rows);
  });
});

describe('readOfficeFills', () => {
  it('makes no sync when there is nothing to read', async () => {
    const grid: WorkbookGrid = { sheets: [makeSheet([['Notes']], { name: 'Notes' })], date1904: false };
    const excel = new FakeExcel(grid);
    const read = await readOfficeFills(excel.context, grid, []);
    expect(read.stats).toEqual({ syncs: 0, chunks: 0, largestChunkBytes: 0 });
    expect(excel.syncs).toBe(0);
    expect(read.grid.sheets[0]!.fills).toBeUndefined();
  });

  it('reads the status columns of several sheets in one sync when they fit', async () => {
    const header = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
    const one = withFills(makeSheet([header, ['1', 'Do it', 'KH', 'Mar 11', null]], { name: 'One' }), { E2: 'FF0000', A2: '00B050' });
    const two = withFills(makeSheet([['Title'], header, ['1', 'Do it', 'KH', 'Mar 11', 'G'], ['2', 'And this', 'KH', 'Mar 11', null]], { name: 'Two' }), { E4: 'FFC000' });
    const grid: WorkbookGrid = { sheets: [one, two], date1904: false };
    const excel = new FakeExcel(grid);
    const ranges = statusFillRanges(grid, {}, TODAY);
    expect(ranges).toEqual([{ sheet: 'One', col: 4, top: 1, bottom: 1 }, { sheet: 'Two', col: 4, top: 2, bottom: 3 }]);
    const read = await readOfficeFills(excel.context, grid, ranges);
    expect(read.stats).toMatchObject({ syncs: 1, chunks: 1 });
    expect(read.grid.sheets.map(allFills)).toEqual([{ E2: 'FF0000' }, { E4: 'FFC000' }]);
  });
});

describe('readOfficeFills on a 20,000-row tracker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'office-fills-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let source: WorkbookGrid;
  beforeAll(async () => {
    const file = path.join(dir, 'tracker.xlsx');
    await generateTracker(file, 20_000);
    const grid = readXlsx(bytesOf(file));
    // a red, amber or green fill on every third status cell of both periods
    const sheet = grid.sheets[0]!;
    const colours = ['FF0000', 'FFC000', '00B050'];
    const fills: Record<string, string> = {};
    for (let r = 3; r < sheet.rowCount; r += 3) for (const col of ['I', 'K']) fills[`${col}${r + 1}`] = colours[r % 3 === 0 ? (r / 3) % 3 : 0]!;
    source = { ...grid, sheets: [withFills(sheet, fills)] };
  }, 60_000);

  it('reads both status columns in chunks of rows, one sync each, within Excel on the web\'s limit', async () => {
    const excel = new FakeExcel(source, { payloadLimitBytes: PAYLOAD_LIMIT_BYTES });
    const { grid } = await readOfficeGrid(excel.context);
    const ranges = statusFillRanges(grid, {}, TODAY);
    expect(ranges.map((r) => r.col)).toEqual([columnIndex('I'), columnIndex('K')]);
    const before = excel.syncs;
    const payloadsBefore = excel.payloads.length;
    const read = await readOfficeFills(excel.context, grid, ranges);
    // about 58 bytes of JSON a cell, two columns of ~20,800 rows: 2.4 MB, two chunks under the 2 MB budget
    expect(read.stats.chunks).toBe(2);
    expect(excel.syncs - before).toBe(read.stats.chunks);
    const payloads = excel.payloads.slice(payloadsBefore);
    expect(payloads).toHaveLength(2);
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
    expect(payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(CHUNK_BUDGET_BYTES);
    expect(read.stats.largestChunkBytes).toBe(Math.max(...payloads));
    expect(allFills(read.grid.sheets[0]!)).toEqual(fillsIn(source.sheets[0]!, ranges));
  }, 60_000);

  it('halves a chunk the host refuses for its size, and reads on', async () => {
    const limit = 200_000;
    const excel = new FakeExcel(source, { payloadLimitBytes: limit });
    const { grid } = await readOfficeGrid(excel.context);
    const ranges = statusFillRanges(grid, {}, TODAY);
    const before = excel.syncs;
    const refusedBefore = excel.refused;
    const read = await readOfficeFills(excel.context, grid, ranges);
    const refused = excel.refused - refusedBefore;
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(8);
    expect(excel.syncs - before).toBe(read.stats.chunks + refused);
    expect(allFills(read.grid.sheets[0]!)).toEqual(fillsIn(source.sheets[0]!, ranges));
  }, 60_000);
});

describe('the status columns a run reads fills from, in a workbook Tracker Check has written to', () => {
  it('are the ones prepareRun checks: its settings read, its own sheets and columns set aside', async () => {
    const name = 'cse-corporate-action-plan.xlsx';
    const host = createXlsxHost(name, bytesOf(path.join(__dirname, '../../../samples', name)), { today: () => TODAY });
    expect((await host.write({ summaries: SUMMARY_KINDS })).written).toBe(true);
    const grid = readXlsx(host.bytes());
    const run = prepareRun(grid, {}, TODAY);
    if (!isChecked(run)) throw new Error('not checked');
    expect(run.usedSavedSettings).toBe(true);
    const checked = run.report.sheets.flatMap((s) => s.mapping.periods.flatMap((p) => (p.reportedStatus ? [`${s.name}!${columnIndex(p.reportedStatus.column)}`] : [])));
    const ranges = statusFillRanges(grid, {}, TODAY);
    expect(ranges.map((r) => `${r.sheet}!${r.col}`)).toEqual(checked);
    expect(checked.length).toBeGreaterThan(0);
  });
});
