import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookReport } from '../../core/checkWorkbook';
import { recordAt } from '../../core/rows/recordTable';
import { SHEET_NAMES } from '../../core/plan/planWrites';
import { SUMMARY_KINDS } from '../../core/plan/writePlan';
import type { SheetMapping } from '../../core/settings';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { makeSheet } from '../../../test/support/makeSheet';
import { readXlsx } from '../xlsx/readXlsx';
import { createXlsxHost } from '../xlsx/xlsxHost';
import { createExcelHost } from './excelHost';

const SAMPLES = path.join(__dirname, '../../../samples');
const AS_AT = '2011-03-31' as const;
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(SAMPLES, name)));

function open(name: string): { excel: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const excel = new FakeExcel(readXlsx(bytesOf(name)));
  return { excel, host: createExcelHost(excel.run, () => AS_AT) };
}

const sheetsOf = (report: unknown): WorkbookReport['sheets'] => (report as WorkbookReport).sheets;

describe.each(['recommendations-progress-update.xlsx', 'cse-corporate-action-plan.xlsx', 'cse-assessment-scoring.xlsx'])('the Excel host on %s', (name) => {
  it('checks the workbook as the browser host checks the same file, and plans the same writes', async () => {
    const { host } = open(name);
    const browser = createXlsxHost(name, bytesOf(name), { today: () => AS_AT });
    const [inExcel, inBrowser] = await Promise.all([host.check({}), browser.check({})]);
    expect(sheetsOf(inExcel.report).map((s) => [s.name, s.mapping, s.counts, s.issues])).toEqual(sheetsOf(inBrowser.report).map((s) => [s.name, s.mapping, s.counts, s.issues]));
    const request = { summaries: SUMMARY_KINDS };
    const [planExcel, planBrowser] = await Promise.all([host.preview(request), browser.preview(request)]);
    expect(planExcel.plan).not.toBeNull();
    expect(planExcel.plan).toEqual(planBrowser.plan);
  });

  it('writes the plan, and a second write leaves the workbook as the first did', async () => {
    const { excel, host } = open(name);
    const first = await host.write({ summaries: SUMMARY_KINDS });
    expect(first.written).toBe(true);
    expect(first.sheets).toEqual(expect.arrayContaining(['Summary', 'Exceptions', 'By owner']));
    const afterFirst = excel.snapshot();
    expect(afterFirst.find((s) => s.name === 'TrackerCheck_Settings')?.visibility).toBe('VeryHidden');
    const second = await host.write({ summaries: SUMMARY_KINDS });
    expect(second.written).toBe(true);
    expect(excel.snapshot()).toEqual(afterFirst);
    // what it wrote is what a later check reads back: the summaries it owns
    expect([...(await host.check({})).ownedSummaries].sort()).toEqual(SUMMARY_KINDS.filter((k) => first.sheets.includes(SHEET_NAMES[k])).sort());
  });

  it('saves a changed mapping, which the next check uses, and writes nothing else', async () => {
    const { excel, host } = open(name);
    const checked = sheetsOf((await host.check({})).report)[0]!;
    const before = excel.snapshot().filter((s) => s.name !== 'TrackerCheck_Settings');
    // column A's own header: a saved mapping finds its columns again by their headers
    const headerOfA = [...Object.values(checked.mapping.columns), ...checked.unmapped].find((c) => c?.column === 'A')!.header;
    const changed: SheetMapping = { ...checked.mapping, columns: { ...checked.mapping.columns, priority: { column: 'A', header: headerOfA, confidence: 1 } } };
    const saved = await host.saveSettings({ mappings: [changed] });
    expect(saved.written).toBe(true);
    expect(excel.snapshot().filter((s) => s.name !== 'TrackerCheck_Settings')).toEqual(before);
    const again = await host.check({});
    expect(again.usedSavedSettings).toBe(true);
    expect(sheetsOf(again.report)[0]!.mapping.columns.priority?.column).toBe('A');
  });
});

describe('the Excel host, picking an issue', () => {
  it('activates the issue\'s sheet and selects its cell', async () => {
    const { excel, host } = open('cse-corporate-action-plan.xlsx');
    const report = (await host.check({})).report as WorkbookReport;
    const issue = report.sheets[0]!.issues.find((i) => i.cell !== null)!;
    await host.select(issue.sheet, issue.cell!);
    expect(excel.selection).toEqual({ sheet: issue.sheet, address: issue.cell });
    expect(excel.active).toBe(issue.sheet);
  });

  it('opens a summary sheet it wrote', async () => {
    const { excel, host } = open('cse-corporate-action-plan.xlsx');
    const written = await host.write({ summaries: ['exceptions'] });
    await host.activate(written.sheets[0]!);
    expect(excel.active).toBe('Exceptions');
  });
});

const FILL_FIXTURES = path.join(__dirname, '../../../test/fixtures/fill-status');

describe.each([
  ['fill-status-excel.xlsx', 10],
  ['fill-status-libreoffice.xlsx', 10],
  ['fill-status-indexed.xlsx', 6],
  ['fill-status-google.xlsx', 5],
])('the Excel host on %s, whose statuses are cells\' colours', (name, fromFills) => {
  const bytes = new Uint8Array(readFileSync(path.join(FILL_FIXTURES, name)));
  /** each record's statuses as read: status, as quoted, and the fill it came from */
  const statuses = (report: unknown): unknown[] =>
    sheetsOf(report).flatMap((s) => Array.from({ length: s.records.length }, (_, k) => recordAt(s.records, k).periods.map((p) => [p.reportedStatus, p.reportedStatusText, p.reportedStatusFill])));

  it('reads the same statuses from the colours as the browser host, and checks the workbook the same way', async () => {
    const excel = new FakeExcel(readXlsx(bytes));
    const host = createExcelHost(excel.run, () => AS_AT);
    const browser = createXlsxHost(name, bytes, { today: () => AS_AT });
    const [inExcel, inBrowser] = await Promise.all([host.check({}), browser.check({})]);
    expect(statuses(inExcel.report)).toEqual(statuses(inBrowser.report));
    expect(statuses(inExcel.report).filter((s) => (s as unknown[][])[0]![2] !== null)).toHaveLength(fromFills);
    expect(sheetsOf(inExcel.report).map((s) => [s.name, s.mapping, s.counts, s.issues])).toEqual(sheetsOf(inBrowser.report).map((s) => [s.name, s.mapping, s.counts, s.issues]));
  });

  it('checks in four syncs: the sheets, their used ranges, the cells, then the status column\'s fills', async () => {
    const excel = new FakeExcel(readXlsx(bytes));
    await createExcelHost(excel.run, () => AS_AT).check({});
    expect(excel.syncs).toBe(4);
  });
});

describe('the Excel host on a tracker with no status column', () => {
  it('checks in three syncs: there are no fills to read', async () => {
    const grid = { sheets: [makeSheet([['Ref', 'Action', 'Lead officer', 'Target date'], ['1', 'Do it', 'KH', 'Mar 11']], { name: 'Plan' })], date1904: false };
    const excel = new FakeExcel(grid);
    const outcome = await createExcelHost(excel.run, () => AS_AT).check({});
    expect(sheetsOf(outcome.report).map((s) => s.name)).toEqual(['Plan']);
    expect(excel.syncs).toBe(3);
  });
});
