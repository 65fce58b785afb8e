import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTracker } from '../../../bench/generateTracker';
import { checkWorkbook } from '../../core/checkWorkbook';
import type { WorkbookGrid } from '../../core/grid';
import { planWrites } from '../../core/plan/planWrites';
import type { TrackerColumns } from '../../core/plan/writePlan';
import { makeSettings } from '../../core/settings';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { blockBytes, officeBlocks, type OfficeBlock } from './officeBlocks';
import { sendChunks } from './officeChunk';
import { PAYLOAD_LIMIT_BYTES } from './readChunks';
import { blockChunks, groupIntoRequests } from './writeOfficeBlocks';
import { reportOf } from '../../../test/support/reportOf';

const dir = mkdtempSync(path.join(tmpdir(), 'office-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const settings = { ...makeSettings({ asAt: '2010-09-30' }), asAt: '2010-09-30' as const };
const BUDGET = 2 * 1024 * 1024;

async function trackerWithPlan(rows: number): Promise<{ grid: WorkbookGrid; columns: TrackerColumns; blocks: OfficeBlock[] }> {
  const file = path.join(dir, `tracker-${rows}.xlsx`);
  await generateTracker(file, rows);
  const grid = readXlsx(new Uint8Array(readFileSync(file)));
  const report = reportOf(checkWorkbook(grid, settings));
  const plan = planWrites(report, settings, settings, null, {
    sheetNames: grid.sheets.map((s) => s.name),
    userColumns: (name) => grid.sheets.find((s) => s.name === name)?.colCount ?? 0,
    date1904: false,
  });
  const columns = plan.trackerColumns[0]!;
  return { grid, columns, blocks: officeBlocks(columns.sheet, columns.cells, BUDGET) };
}

/** sends the blocks' chunks, one counted sync each */
async function writeBlocks(excel: FakeExcel, blocks: readonly OfficeBlock[], budget: number): Promise<{ syncs: number; largestRequestBytes: number }> {
  const chunks = blockChunks(blocks, budget);
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await excel.context.sync();
  };
  await sendChunks(excel.context, chunks, (name) => excel.context.workbook.worksheets.getItem(name), sync);
  return { syncs, largestRequestBytes: Math.max(...chunks.map((c) => c.bytes)) };
}

/** no written cell is one that holds anything of the user's */
function expectUserCellsUntouched(excel: FakeExcel, grid: WorkbookGrid): void {
  for (const [sheet, cells] of excel.written) {
    const rows = grid.sheets.find((s) => s.name === sheet)!.rows;
    for (const at of cells.keys()) {
      const [r, c] = at.split(',').map(Number) as [number, number];
      expect(rows[r]?.[c]).toBeUndefined();
    }
  }
}

describe.each([20, 20_000])('blockChunks: the computed columns of a %i-row tracker', (rows) => {
  let subject: Awaited<ReturnType<typeof trackerWithPlan>>;
  beforeAll(async () => {
    subject = await trackerWithPlan(rows);
  }, 60_000);

  it('writes every planned cell, in one sync per request of at most the budget, calculation suspended for each', async () => {
    const { grid, columns, blocks } = subject;
    const excel = new FakeExcel(grid);
    const stats = await writeBlocks(excel, blocks, BUDGET);
    const requests = groupIntoRequests(blocks, BUDGET).length;
    expect(stats.syncs).toBe(requests);
    expect(excel.syncs).toBe(requests);
    const total = blocks.reduce((n, b) => n + blockBytes(b), 0);
    expect(requests).toBe(Math.ceil(total / BUDGET));
    expect(excel.suspended.every(Boolean)).toBe(true);
    for (const bytes of excel.requests) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(stats.largestRequestBytes).toBe(Math.max(...excel.requests));
    const written = excel.written.get(columns.sheet)!;
    for (const c of columns.cells) {
      expect(written.get(`${c.row},${c.col}`)?.input).toEqual(c.formula !== undefined ? `=${c.formula}` : c.value === null ? '' : c.value);
    }
    expectUserCellsUntouched(excel, grid);
  });

  it('splits the write into more requests under a smaller budget, each within it', async () => {
    const { grid, columns } = subject;
    const budget = 64 * 1024;
    const blocks = officeBlocks(columns.sheet, columns.cells, budget);
    const excel = new FakeExcel(grid);
    const stats = await writeBlocks(excel, blocks, budget);
    expect(stats.syncs).toBe(groupIntoRequests(blocks, budget).length);
    if (rows === 20_000) expect(stats.syncs).toBeGreaterThan(10);
    for (const bytes of excel.requests) expect(bytes).toBeLessThanOrEqual(budget);
    expect(excel.written.get(columns.sheet)!.size).toBeGreaterThanOrEqual(columns.cells.length);
  });

  it('stops at a request that fails part-way, what the requests before it wrote kept, with no user cell touched', async () => {
    const { grid, columns } = subject;
    // small requests, so that the failure comes after some have been written
    const budget = 64 * 1024;
    const blocks = officeBlocks(columns.sheet, columns.cells, budget);
    const requests = groupIntoRequests(blocks, budget);
    const failing = Math.min(3, requests.length);
    const excel = new FakeExcel(grid, { failAtSync: failing });
    const first = requests[failing - 1]![0]!;
    await expect(writeBlocks(excel, blocks, budget)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(blockChunks(blocks, budget)[failing - 1]!.what).toMatch(new RegExp(`^sheet "${first.sheet}", rows ${first.top + 1}–\\d+$`));
    expect(excel.syncs).toBe(failing);
    // what the earlier requests wrote stays; nothing of the failed one or after it was written
    const written = excel.written.get(first.sheet);
    expect(written?.size ?? 0).toBe(failing > 1 ? requests.slice(0, failing - 1).flat().reduce((n, b) => n + b.formulas.length * b.formulas[0]!.length, 0) : 0);
    for (const at of written?.keys() ?? []) expect(Number(at.split(',')[0])).toBeLessThan(first.top);
    expectUserCellsUntouched(excel, grid);
  });
});

describe('groupIntoRequests', () => {
  const block = (top: number, text: string): OfficeBlock => ({ sheet: 'S', top, left: 0, numberFormat: [['@']], formulas: [[text]] });

  it('fills each request up to the budget, in order; a block over the budget alone goes by itself', () => {
    const blocks = [block(0, 'a'.repeat(10)), block(1, 'b'.repeat(10)), block(2, 'c'.repeat(100)), block(3, 'd')];
    // each small block is 23 bytes of JSON; the large one 113
    expect(groupIntoRequests(blocks, 50).map((r) => r.map((b) => b.top))).toEqual([[0, 1], [2], [3]]);
    expect(groupIntoRequests(blocks, 1000).map((r) => r.map((b) => b.top))).toEqual([[0, 1, 2, 3]]);
    expect(groupIntoRequests([], 1000)).toEqual([]);
  });
});
