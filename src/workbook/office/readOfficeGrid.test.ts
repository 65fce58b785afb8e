import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTracker } from '../../../bench/generateTracker';
import { checkWorkbook } from '../../core/checkWorkbook';
import type { Cell, MergedArea, Sheet, WorkbookGrid } from '../../core/grid';
import { makeSettings } from '../../core/settings';
import { toJsonReport } from '../../core/report/toJsonReport';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { CHUNK_BUDGET_BYTES, ChunkedReader, PAYLOAD_LIMIT_BYTES } from './readChunks';
import { readOfficeGrid } from './readOfficeGrid';
import { reportOf } from '../../../test/support/reportOf';

const dir = mkdtempSync(path.join(tmpdir(), 'office-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function trackerGrid(rows: number): Promise<WorkbookGrid> {
  const file = path.join(dir, `tracker-${rows}.xlsx`);
  await generateTracker(file, rows);
  return readXlsx(new Uint8Array(readFileSync(file)));
}

/** a cell as Excel shows it to an add-in: no empty text, an error's number format not shown */
const shown = (cell: Cell | undefined): Cell | undefined =>
  cell === undefined || cell.value === null || cell.value === '' ? undefined : cell.type === 'error' ? { type: 'error', value: cell.value } : cell;

function expectSameCells(read: WorkbookGrid, original: WorkbookGrid): void {
  expect(read.sheets.map((s) => [s.name, s.state, s.rowCount, s.colCount])).toEqual(original.sheets.map((s) => [s.name, s.state, s.rowCount, s.colCount]));
  read.sheets.forEach((sheet, i) => {
    const source = original.sheets[i]!;
    for (let r = 0; r < source.rowCount; r++) {
      const want = Array.from({ length: source.colCount }, (_, c) => shown(source.rows[r]?.[c]));
      const got = Array.from({ length: source.colCount }, (_, c) => sheet.rows[r]?.[c]);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ row: r + 1, got }).toEqual({ row: r + 1, got: want });
    }
    expect(sheet.merges).toEqual(source.merges);
  });
}

const settings = { ...makeSettings({ asAt: '2010-09-30' }), asAt: '2010-09-30' as const };

describe.each([20, 20_000])('readOfficeGrid on a %i-row tracker', (rows) => {
  let original: WorkbookGrid;
  let excel: FakeExcel;
  let read: Awaited<ReturnType<typeof readOfficeGrid>>;
  beforeAll(async () => {
    original = await trackerGrid(rows);
    excel = new FakeExcel(original);
    read = await readOfficeGrid(excel.context);
  }, 60_000);

  it('reads every cell, its type and number format, and the merged areas, as the .xlsx reader does', () => {
    expectSameCells(read.grid, original);
    expect(read.grid.date1904).toBe(false);
  });

  it('gives the engine the same tracker: the same report', () => {
    const report = (grid: WorkbookGrid) => toJsonReport('t.xlsx', reportOf(checkWorkbook(grid, settings)));
    expect(report(read.grid)).toEqual(report(original));
  });

  it('takes two context.sync() calls, then one per chunk of rows, never one per row', () => {
    expect(read.stats.syncs).toBe(excel.syncs);
    expect(excel.syncs).toBe(2 + read.stats.chunks);
    expect(excel.payloads).toHaveLength(read.stats.chunks);
    const totalBytes = excel.payloads.reduce((a, b) => a + b, 0);
    // as few chunks as the budget allows, give or take the first chunk's guess
    expect(read.stats.chunks).toBeLessThanOrEqual(Math.ceil(totalBytes / (CHUNK_BUDGET_BYTES / 2)) + 1);
    if (rows === 20) expect(read.stats.chunks).toBe(1);
    else expect(read.stats.chunks).toBeGreaterThan(1);
  });

  it('keeps every response under the limit it documents, measured on the payload', () => {
    for (const bytes of excel.payloads) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(read.stats.largestChunkBytes).toBe(Math.max(...excel.payloads));
  });
});

describe('readOfficeGrid when the host refuses a response for its size', () => {
  it('halves the chunk and reads on, aiming lower from then on', async () => {
    const original = await trackerGrid(20_000);
    const limit = 300_000;
    const excel = new FakeExcel(original, { payloadLimitBytes: limit });
    const read = await readOfficeGrid(excel.context);
    expectSameCells(read.grid, original);
    expect(excel.refused).toBeGreaterThan(0);
    // once the limit is learnt, chunks stop being refused: a handful of refusals, not one per chunk
    expect(excel.refused).toBeLessThan(8);
    expect(read.stats.chunks).toBeGreaterThan(10);
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(limit);
    expect(excel.syncs).toBe(2 + read.stats.chunks + excel.refused);
  }, 60_000);

  it('says which row cannot be read when one row alone is over the limit', async () => {
    const long = 'x'.repeat(5000);
    const grid: WorkbookGrid = { sheets: [makeSheet([['Ref', 'Action'], ['1', long]], { name: 'Plan' })], date1904: false };
    const excel = new FakeExcel(grid, { payloadLimitBytes: 1000 });
    await expect(readOfficeGrid(excel.context)).rejects.toThrow('Row 2 of sheet "Plan" holds more than Excel can send at once');
  });
});

describe('readOfficeGrid on a sheet used past the rows it reads', () => {
  it('refuses it with a code and a line that names the sheet, before reading any cell', async () => {
    const rows: Array<Array<{ type: 'text'; value: string }> | undefined> = [];
    rows[500_000] = [{ type: 'text', value: 'stray' }];
    const grid: WorkbookGrid = { sheets: [{ name: 'Log', state: 'visible', rows, merges: [], rowCount: 500_001, colCount: 1 }], date1904: false };
    const excel = new FakeExcel(grid);
    await expect(readOfficeGrid(excel.context)).rejects.toMatchObject({
      code: 'too-many-rows',
      message: 'Sheet "Log" uses 500,001 rows, more than the 500,000 Tracker Check reads',
    });
    expect(excel.syncs).toBe(2);
  });
});

describe('readOfficeGrid: what else a workbook holds', () => {
  const grid: WorkbookGrid = {
    sheets: [
      makeSheet([['Title'], ['Ref', 'Action', 'Target'], ['1', 'Do it', { date: 40633 }], [null, null, null, { error: '#REF!' }]], { name: 'Action plan', merges: ['A1:C1'] }),
      makeSheet([['old']], { name: 'Old plan', state: 'hidden' }),
      makeSheet([], { name: 'Empty' }),
      makeSheet([['x']], { name: 'Lists', state: 'veryHidden' }),
    ],
    date1904: true,
  };

  it('reads sheet states, an empty sheet, merged areas and the 1904 date system', async () => {
    const excel = new FakeExcel(grid, { date1904: true });
    const { grid: read, stats } = await readOfficeGrid(excel.context);
    expect(read.date1904).toBe(true);
    expect(read.sheets.map((s) => [s.name, s.state])).toEqual([['Action plan', 'visible'], ['Old plan', 'hidden'], ['Empty', 'visible'], ['Lists', 'veryHidden']]);
    expect(read.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(read.sheets[0]!.rows[2]![2]).toEqual({ type: 'date', value: 40633, format: 'dd/mm/yyyy' });
    expect(read.sheets[0]!.rows[3]![3]).toEqual({ type: 'error', value: '#REF!' });
    expect(read.sheets[2]).toMatchObject({ rows: [], rowCount: 0, colCount: 0 });
    // three small sheets with cells share one chunk
    expect(stats).toMatchObject({ syncs: 3, chunks: 1 });
  });
});

describe('readOfficeGrid with some sheets left out', () => {
  it('lists them, in their place and state, with no cells read', async () => {
    const grid: WorkbookGrid = {
      sheets: [
        makeSheet([['Ref', 'Action'], ['1', 'Do it']], { name: 'Plan' }),
        makeSheet([['Summary'], ['Red', 3]], { name: 'Summary' }),
        makeSheet([['format', 'tracker-check-settings']], { name: 'TrackerCheck_Settings', state: 'veryHidden' }),
      ],
      date1904: false,
    };
    const excel = new FakeExcel(grid);
    const { grid: read, stats } = await readOfficeGrid(excel.context, { sheets: (name) => name === 'Plan' });
    expect(read.sheets.map((s) => [s.name, s.state, s.rowCount])).toEqual([['Plan', 'visible', 2], ['Summary', 'visible', 0], ['TrackerCheck_Settings', 'veryHidden', 0]]);
    expect(stats).toMatchObject({ syncs: 3, chunks: 1 });
    expect(excel.payloads).toEqual([JSON.stringify([['Ref', 'Action'], ['1', 'Do it']]).length + JSON.stringify([['String', 'String'], ['String', 'String']]).length + JSON.stringify([['General', 'General'], ['General', 'General']]).length]);
  });
});

/** a sheet of `rows` rows with values in columns A and AD of each, around the merged areas given */
function mergedSheet(name: string, rows: number, merges: MergedArea[]): Sheet {
  const row = (r: number): string[] => [`row ${r + 1}`, ...Array.from({ length: 28 }, () => ''), 'end'];
  return { ...makeSheet(Array.from({ length: rows }, (_, r) => row(r)), { name }), merges };
}

/** `perRow` merged pairs of cells on each of rows `from` to `to`, then blocks of three rows in column Z from `from`, every `every` rows */
function manyMerges(from: number, to: number, perRow: number, every: number): MergedArea[] {
  const out: MergedArea[] = [];
  for (let r = from; r < to; r++) for (let k = 0; k < perRow; k++) out.push({ top: r, left: 1 + 2 * k, bottom: r, right: 2 + 2 * k });
  for (let r = from; r + 2 < to; r += every) out.push({ top: r, left: 25, bottom: r + 2, right: 25 });
  return out;
}

const readingOrder = (areas: readonly MergedArea[]): MergedArea[] => [...areas].sort((a, b) => a.top - b.top || a.left - b.left);

describe('readOfficeGrid on a sheet with more than 512 merged areas', () => {
  // areas that cross the edges of the bands (rows 128 and 256, and 64 and 192 once halved) are found once, whole
  const crossing: MergedArea[] = [126, 190, 254, 62].map((top) => ({ top, left: 27, bottom: top + 4, right: 28 }));
  it.each<[string, MergedArea[], number, number]>([
    // [case, merged areas on "Plan", its rows, syncs besides the chunks: the two, the used ranges read again, the rounds of bands]
    ['1,300 areas, a few a row: one sync refused, the used ranges again, one sync of bands', [...manyMerges(0, 1200, 1, 10), ...crossing], 1300, 2 + 1 + 1],
    ['5 areas a row for 200 rows: the bands refused once more and halved', [...manyMerges(0, 200, 5, 7), ...crossing], 300, 2 + 1 + 2],
  ])('reads all 512 merged areas and more: %s', async (_, merges, rows, syncs) => {
    const grid: WorkbookGrid = {
      sheets: [mergedSheet('Plan', rows, merges), makeSheet([['Ref'], ['1']], { name: 'Notes', merges: ['A1:C1'] })],
      date1904: false,
    };
    const excel = new FakeExcel(grid);
    const { grid: read, stats } = await readOfficeGrid(excel.context);
    expect(read.sheets.map((s) => s.merges)).toEqual([readingOrder(merges), [{ top: 0, left: 0, bottom: 0, right: 2 }]]);
    expect(stats.syncs).toBe(excel.syncs);
    expect(stats.syncs).toBe(syncs + stats.chunks);
  });

  it('reads them where the merged areas go on past the cells with values, the area on the last row too', async () => {
    const merges = [...manyMerges(0, 600, 1, 50), { top: 899, left: 0, bottom: 899, right: 3 }];
    const excel = new FakeExcel({ sheets: [mergedSheet('Plan', 300, merges)], date1904: false });
    const { grid: read } = await readOfficeGrid(excel.context);
    expect(read.sheets[0]!.merges).toEqual(readingOrder(merges));
  });

  it('throws what Excel refused when it is not the merged areas: the used ranges cannot be read either', async () => {
    const excel = new FakeExcel({ sheets: [mergedSheet('Plan', 700, manyMerges(0, 600, 1, 50))], date1904: false }, { failAtSync: [2, 3] });
    await expect(readOfficeGrid(excel.context)).rejects.toMatchObject({ code: 'GeneralException', message: 'The request failed: the connection to Excel was lost.' });
    expect(excel.syncs).toBe(3);
  });
});

describe('readOfficeGrid on a blank sheet', () => {
  it('reads a default empty Sheet2 beside a tracker, asking nothing through its used range, which is a null object', async () => {
    const grid: WorkbookGrid = {
      sheets: [makeSheet([['Ref', 'Action'], ['1', 'Do it']], { name: 'Plan', merges: ['A3:B3'] }), makeSheet([], { name: 'Sheet2' }), makeSheet([], { name: 'Sheet3', merges: ['C5:D6'] })],
      date1904: false,
    };
    const excel = new FakeExcel(grid);
    const { grid: read, stats } = await readOfficeGrid(excel.context);
    expect(read.sheets.map((s) => [s.name, s.rowCount, s.colCount, s.merges])).toEqual([
      ['Plan', 2, 2, [{ top: 2, left: 0, bottom: 2, right: 1 }]],
      ['Sheet2', 0, 0, []],
      // merged cells with no value in them: the .xlsx reader gives them too
      ['Sheet3', 0, 0, [{ top: 4, left: 2, bottom: 5, right: 3 }]],
    ]);
    expect(stats).toMatchObject({ syncs: 3, chunks: 1 });
  });
});

describe('the chunked reader under the cells Excel reads at once', () => {
  it('reads no range of more cells than the host gives (Excel: 5 million), in as many chunks as that takes', async () => {
    const original = await trackerGrid(20);
    const sheet = original.sheets[0]!;
    const limit = 3 * sheet.colCount + 1;
    const excel = new FakeExcel(original, { cellLimit: limit });
    const { worksheets } = excel.context.workbook;
    worksheets.load('items/name');
    await excel.context.sync();
    const reader = new ChunkedReader(() => excel.context.sync(), limit);
    const [rows] = await reader.read([{ ws: worksheets.items[0]!, sheet: sheet.name, top: 0, left: 0, height: sheet.rowCount, width: sheet.colCount }]);
    for (let r = 0; r < sheet.rowCount; r++) {
      const want = Array.from({ length: sheet.colCount }, (_, c) => shown(sheet.rows[r]?.[c]));
      const got = Array.from({ length: sheet.colCount }, (_, c) => rows![r]?.[c]);
      expect({ row: r + 1, got }).toEqual({ row: r + 1, got: want });
    }
    expect(reader.chunks).toBe(Math.ceil(sheet.rowCount / 3));
  });
});

