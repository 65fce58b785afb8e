import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTracker } from '../../../bench/generateTracker';
import type { WorkbookGrid } from '../../core/grid';
import { SETTINGS_SHEET, type WritePlan } from '../../core/plan/writePlan';
import { readXlsx } from '../xlsx/readXlsx';
import { FakeExcel, type SheetSnapshot } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { runOffice, TEMPORARY, type OfficeRun } from '../../../test/office/officeRun';
import { columnOf, expectPlanWritten, expectUserSheetsKept } from '../../../test/office/expectWritten';
import { applyOfficePlan, FIXED_SYNCS, OfficeWriteError } from './applyOfficePlan';
import { planOfficeChunks } from './planOfficeChunks';
import { CHUNK_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from './readChunks';

const dir = mkdtempSync(path.join(tmpdir(), 'office-apply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const trackers = new Map<number, Promise<WorkbookGrid>>();
function generated(rows: number): Promise<WorkbookGrid> {
  let grid = trackers.get(rows);
  if (!grid) {
    const file = path.join(dir, `tracker-${rows}.xlsx`);
    trackers.set(rows, (grid = generateTracker(file, rows).then(() => readXlsx(new Uint8Array(readFileSync(file))))));
  }
  return grid;
}

const sample = (name: string): WorkbookGrid => readXlsx(new Uint8Array(readFileSync(path.join(__dirname, '../../../samples', name))));

/** the product's columns a plan writes, and those the run found from before, as expectUserSheetsKept takes them */
const productColumns = (...runs: OfficeRun[]): Array<{ sheet: string; first: number; count: number }> => runs.flatMap((run) => [
  ...(run.plan?.trackerColumns ?? []).map((c) => ({ sheet: c.sheet, first: c.first, count: c.headers.length })),
  ...(run.facts.previous?.placed ?? []).flatMap((p) => (p.first !== undefined ? [{ sheet: p.block.sheet, first: p.first, count: p.block.headers.length }] : [])),
]);

const names = (snapshot: readonly SheetSnapshot[]): string[] => snapshot.map((s) => s.name);

describe.each([
  ['a 20-row tracker', 20],
  ['a 20,000-row tracker', 20_000],
])('applyOfficePlan on %s', (label, rows) => {
  let grid: WorkbookGrid;
  let excel: FakeExcel;
  let before: SheetSnapshot[];
  let first: OfficeRun;
  let plan: WritePlan;
  let afterFirst: SheetSnapshot[];
  beforeAll(async () => {
    grid = await generated(rows);
    // Excel on the web's own limit: a request or response over it fails the sync
    excel = new FakeExcel(grid, { payloadLimitBytes: PAYLOAD_LIMIT_BYTES });
    before = excel.snapshot();
    first = await runOffice(excel);
    plan = first.plan!;
    afterFirst = excel.snapshot();
  }, 120_000);

  it('takes the fixed syncs plus one per chunk planned, calculation suspended for every one that writes but the last', () => {
    const chunks = planOfficeChunks(plan);
    const syncs = excel.syncs - first.syncsBeforeApply;
    expect(first.applied).toMatchObject({ syncs: FIXED_SYNCS + chunks.count, chunks: chunks.count });
    expect(syncs).toBe(FIXED_SYNCS + chunks.count);
    // every sync but the first (a read) writes
    expect(excel.requests.length - first.requestsBeforeApply).toBe(syncs - 1);
    // suspended for every one but the last, which recalculates what the others left
    expect(excel.suspended.slice(first.requestsBeforeApply)).toEqual([...Array<boolean>(syncs - 2).fill(true), false]);
    expect(excel.calculationPending).toBe(false);
    if (rows === 20) expect(chunks.count).toBeLessThan(8);
    else expect(chunks.columns.length).toBeGreaterThan(1);
    console.log(`${label}: apply took ${syncs} context.sync() calls = ${FIXED_SYNCS} fixed + ${chunks.count} chunks `
      + `(${chunks.sheets.length} for the product's sheets, ${chunks.columns.length} for its columns); `
      + `reading the facts took ${first.factsStats.syncs}; largest request ${Math.max(...excel.requests.slice(first.requestsBeforeApply)).toLocaleString('en-GB')} bytes`);
  });

  it('keeps every request under the budget, and so under the limit, measured on the payload', () => {
    const chunks = planOfficeChunks(plan);
    const requests = excel.requests.slice(first.requestsBeforeApply);
    // the adds, the sheets' chunks, the clearing, the columns' chunks, the swap
    const planned = [undefined, ...chunks.sheets, undefined, ...chunks.columns, undefined];
    expect(requests).toHaveLength(planned.length);
    requests.forEach((bytes, i) => {
      const chunk = planned[i];
      if (chunk) expect(bytes).toBeLessThanOrEqual(chunk.bytes);
      expect(bytes).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
    });
    for (const bytes of [...excel.requests, ...excel.payloads]) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.refused).toBe(0);
  });

  it('writes the product\'s sheets, its columns and the very hidden settings sheet as the plan says, cell by cell', () => {
    expectPlanWritten(afterFirst, plan);
    expect(names(afterFirst).some((n) => TEMPORARY.test(n))).toBe(false);
  });

  it('leaves every cell of the user\'s as it was', () => {
    expectUserSheetsKept(before, afterFirst, names(before), productColumns(first));
  });

  it('leaves the workbook exactly as the first run did on a second run', async () => {
    const second = await runOffice(excel);
    expect(second.facts.edited).toEqual([]);
    expect(second.facts.previous?.placed.map((p) => p.first)).toEqual(plan.trackerColumns.map((c) => c.first));
    expect(second.plan).toEqual(plan);
    expect(second.applied?.syncs).toBe(FIXED_SYNCS + planOfficeChunks(plan).count);
    const afterSecond = excel.snapshot();
    if (JSON.stringify(afterSecond) !== JSON.stringify(afterFirst)) expect(afterSecond).toEqual(afterFirst);
    console.log(`${label}: the second run read its facts in ${second.factsStats.syncs} syncs (${second.factsStats.chunks} chunks) and changed nothing`);
  }, 120_000);
});

describe('applyOfficePlan on a 20,000-row tracker under a small budget', () => {
  it('sends many more, smaller requests, each within the budget, and writes the same workbook', async () => {
    const grid = await generated(20_000);
    const budget = 192 * 1024;
    const large = new FakeExcel(grid);
    await runOffice(large);
    // the host refuses anything over the budget: a request that is not within it fails the test
    const excel = new FakeExcel(grid, { payloadLimitBytes: budget });
    const run = await runOffice(excel, { budgetBytes: budget });
    const chunks = planOfficeChunks(run.plan!, budget);
    expect(excel.syncs - run.syncsBeforeApply).toBe(FIXED_SYNCS + chunks.count);
    expect(chunks.count).toBeGreaterThan(20);
    for (const bytes of excel.requests.slice(run.requestsBeforeApply)) expect(bytes).toBeLessThanOrEqual(budget);
    const snapshot = excel.snapshot();
    if (JSON.stringify(snapshot) !== JSON.stringify(large.snapshot())) expect(snapshot).toEqual(large.snapshot());
    console.log(`a 20,000-row tracker under a ${budget / 1024} KB budget: apply took ${FIXED_SYNCS + chunks.count} syncs = ${FIXED_SYNCS} fixed + ${chunks.count} chunks `
      + `(${chunks.sheets.length} + ${chunks.columns.length}); largest request ${Math.max(...excel.requests.slice(run.requestsBeforeApply)).toLocaleString('en-GB')} bytes`);
  }, 120_000);
});

describe('a user\'s sheet named as a product sheet', () => {
  const tracker = sample('recommendations-progress-update.xlsx');
  const theirs = makeSheet([['My summary for the board'], ['Overall', 'on track'], [null, null, { date: 40451 }]], { name: 'Summary' });
  // the user's Summary sits between their tracker and their notes
  const grid: WorkbookGrid = { ...tracker, sheets: [tracker.sheets[0]!, theirs, ...tracker.sheets.slice(1)] };

  it('is left exactly as it was, in its place, over two runs; the product\'s Summary takes another name', async () => {
    const excel = new FakeExcel(grid);
    const before = excel.snapshot();
    const first = await runOffice(excel);
    expect(first.plan!.sheets.map((s) => s.name)).toEqual(['Summary (Tracker Check)', 'Exceptions', 'Issues', 'By owner', 'Movement']);
    expect(first.plan!.notes).toContain('A sheet named "Summary" is yours, so Tracker Check\'s Summary sheet is named "Summary (Tracker Check)".');
    const afterFirst = excel.snapshot();
    expectPlanWritten(afterFirst, first.plan!);
    expect(afterFirst.find((s) => s.name === 'Summary')).toEqual(before.find((s) => s.name === 'Summary'));
    expect(names(afterFirst)).toEqual(['Progress Update', 'Summary', 'Notes', 'Summary (Tracker Check)', 'Exceptions', 'Issues', 'By owner', 'Movement', SETTINGS_SHEET]);
    expectUserSheetsKept(before, afterFirst, names(before), productColumns(first));

    const second = await runOffice(excel);
    expect(second.plan).toEqual(first.plan);
    expect(excel.snapshot()).toEqual(afterFirst);
  });
});

describe('a write that stops part-way', () => {
  const grid = sample('recommendations-progress-update.xlsx');

  /** a workbook the product has written to once, and the plan a second run makes */
  async function writtenOnce(): Promise<{ excel: FakeExcel; before: SheetSnapshot[]; plan: WritePlan }> {
    const excel = new FakeExcel(grid);
    const { plan } = await runOffice(excel);
    return { excel, before: excel.snapshot(), plan: plan! };
  }

  /** the syncs of a second run's apply, by what each does (1-based within the apply) */
  const points = (plan: WritePlan): Array<[string, number, boolean]> => {
    const { sheets, columns } = planOfficeChunks(plan);
    return [
      ['reading the sheet list', 1, false],
      ['adding the temporary sheets', 2, false],
      ['writing the first chunk of the product\'s sheets', 3, false],
      ['writing the last chunk of the product\'s sheets', 2 + sheets.length, false],
      ['clearing the product\'s old columns', 3 + sheets.length, true],
      ['writing the product\'s columns', 4 + sheets.length, true],
      ['putting the new sheets in place', 4 + sheets.length + columns.length, true],
    ];
  };

  it('has a point to fail at for every kind of sync', async () => {
    const { plan } = await writtenOnce();
    expect(new Set(points(plan).map(([, at]) => at)).size).toBe(7);
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('leaves the user\'s cells and the previous sheets as they were when it stops at sync %i of the apply', async (i) => {
    const { excel, before, plan } = await writtenOnce();
    const [what, at, columnsTouched] = points(plan)[i]!;
    let failed = 0;
    const run = runOffice(excel, { beforeApply: () => void (excel.failAtSync = failed = excel.syncs + at) });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWriteError);
    expect(error).toMatchObject({ code: 'write-stopped' });
    const message = (error as Error).message;
    expect(message).toMatch(/None of your (own )?cells were changed/);
    expect(message).toContain('the connection to Excel was lost');
    expect(message).not.toContain('\n');
    const after = excel.snapshot();
    expect(names(after).some((n) => TEMPORARY.test(n))).toBe(false);
    // the previous product sheets and settings are as they were
    const ours = [...plan.sheets.map((s) => s.name), SETTINGS_SHEET];
    expect(after.filter((s) => ours.includes(s.name))).toEqual(before.filter((s) => ours.includes(s.name)));
    const columns = plan.trackerColumns.map((c) => ({ sheet: c.sheet, first: c.first, count: c.headers.length }));
    expectUserSheetsKept(before, after, grid.sheets.map((s) => s.name), columns);
    if (columnsTouched) {
      expect(message).toContain('its columns on your tracker were taken out');
      // no half-written column: the product's columns are empty, their widths the sheet's own
      const tracker = after.find((s) => s.name === columns[0]!.sheet)!;
      const { first, count } = columns[0]!;
      expect(Object.keys(tracker.cells).filter((ref) => columnOf(ref) >= first && columnOf(ref) < first + count)).toEqual([]);
      expect(Object.keys(tracker.widths).map(Number).filter((c) => c >= first && c < first + count)).toEqual([]);
    } else {
      // nothing at all has changed
      expect(after).toEqual(before);
    }
    expect(failed).toBeGreaterThan(0);
    console.log(`stopped while ${what} (sync ${at} of the apply): ${message}`);

    // running again finishes the job: the workbook is as one run without a failure leaves it
    excel.failAtSync = undefined;
    const again = await runOffice(excel);
    expect(again.facts.edited).toEqual([]);
    expect(excel.snapshot()).toEqual(before);
  });

  it('says which hidden sheets are left when it cannot tidy up either', async () => {
    const { excel, before, plan } = await writtenOnce();
    // the first chunk of the sheets fails, and so does the tidy-up's second sync
    const run = runOffice(excel, { beforeApply: () => void (excel.failAtSync = [excel.syncs + 3, excel.syncs + 5]) });
    const error = await run.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'tidy-up-failed' });
    expect((error as Error).message).toMatch(/^Excel stopped Tracker Check part-way through writing \(.*\)\. None of your own cells were changed, but Tracker Check could not tidy up: delete any hidden sheets named "Tracker Check writing 1", .*"Tracker Check writing 6" \(right-click a sheet tab, Unhide\), then run it again\.$/);
    const after = excel.snapshot();
    const left = after.filter((s) => TEMPORARY.test(s.name));
    expect(left.map((s) => s.visibility)).toEqual(plan.sheets.map(() => 'Hidden').concat('Hidden'));
    // everything else as it was
    expect(after.filter((s) => !TEMPORARY.test(s.name))).toEqual(before);
  });

  it('writes nothing into a workbook whose structure is locked, and says so', async () => {
    const { plan } = await writtenOnce();
    const excel = new FakeExcel(grid, { structureLocked: true });
    const before = excel.snapshot();
    await expect(applyOfficePlan(excel.context, plan, null)).rejects.toMatchObject({ code: 'write-stopped', message: expect.stringContaining('None of your own cells were changed') });
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('applyOfficePlan: what else it does', () => {
  it('reports its progress, sync by sync, up to the total it announced', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    const steps: Array<[number, number, string]> = [];
    const run = await runOffice(excel, { progress: (done, total, what) => steps.push([done, total, what]) });
    const total = FIXED_SYNCS + planOfficeChunks(run.plan!).count;
    expect(steps.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(steps.map(([, t]) => t))).toEqual(new Set([total]));
    expect(steps[0]![2]).toBe('Reading the workbook');
    expect(steps.at(-1)![2]).toBe('Putting Tracker Check\'s sheets in place');
  });

  it('links the Exceptions sheet back to the tracker, showing each cell\'s text', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'));
    const { plan } = await runOffice(excel);
    const exceptions = excel.snapshot().find((s) => s.name === 'Exceptions')!;
    const linked = plan!.sheets.find((s) => s.name === 'Exceptions')!.cells.filter((c) => c.link);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      const cell = Object.entries(exceptions.cells).find(([, v]) => v.hyperlink?.documentReference === c.link);
      expect(cell?.[1]).toMatchObject({ value: c.value, type: 'String' });
    }
  });

  it('writes no columns on a protected sheet, and no cell of it', async () => {
    const grid = sample('recommendations-progress-update.xlsx');
    const excel = new FakeExcel(grid, { protectedSheets: ['Progress Update'] });
    const before = excel.snapshot();
    const run = await runOffice(excel);
    expect(run.facts.isProtected('Progress Update')).toBe(true);
    expect(run.plan!.trackerColumns).toEqual([]);
    expect(run.plan!.notes[0]).toMatch(/^Sheet "Progress Update" is protected/);
    const after = excel.snapshot();
    expectPlanWritten(after, run.plan!);
    expectUserSheetsKept(before, after, names(before), []);
  });

  it('writes nothing when someone has typed into what it wrote, and says where', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'));
    const { plan } = await runOffice(excel);
    const ws = excel.context.workbook.worksheets;
    const c = plan!.trackerColumns[0]!;
    ws.getItem('Summary').getRange('A40').formulas = [['Board: happy with progress']];
    ws.getItem(c.sheet).getRangeByIndexes(c.headerRow + 1, c.first + 1, 1, 1).formulas = [['Green (agreed)']];
    await excel.context.sync();
    const typedInto = excel.snapshot();
    const run = await runOffice(excel);
    expect(run.facts.edited).toEqual(['"Summary"', `the columns on "${c.sheet}"`]);
    expect(run.plan).toBeNull();
    expect(excel.snapshot()).toEqual(typedInto);
  });
});
