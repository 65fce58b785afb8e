import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTracker } from '../../../bench/generateTracker';
import { checkWorkbook, type WorkbookReport } from '../../core/checkWorkbook';
import type { Cell, WorkbookGrid } from '../../core/grid';
import { makeSettings } from '../../core/settings';
import { toJsonReport } from '../../core/report/toJsonReport';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { CHUNK_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from './readChunks';
import { parseMergedAddress, readOfficeGrid } from './readOfficeGrid';

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
    const report = (grid: WorkbookGrid) => toJsonReport('t.xlsx', checkWorkbook(grid, settings) as WorkbookReport);
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

describe('parseMergedAddress', () => {
  it.each([
    ['Sheet1!A1:C1', [{ top: 0, left: 0, bottom: 0, right: 2 }]],
    ["'My plan, 2010'!B2:B4, 'My plan, 2010'!D5:E5", [{ top: 1, left: 1, bottom: 3, right: 1 }, { top: 4, left: 3, bottom: 4, right: 4 }]],
    ["'x, A2, y'!C1:C2", [{ top: 0, left: 2, bottom: 1, right: 2 }]],
    ["'Bob''s plan'!A5", [{ top: 4, left: 0, bottom: 4, right: 0 }]],
    ['', []],
  ])('%j', (address, areas) => expect(parseMergedAddress(address)).toEqual(areas));
});
