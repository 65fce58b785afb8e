import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookReport } from '../../core/checkWorkbook';
import { SHEET_NAMES } from '../../core/plan/planWrites';
import { SUMMARY_KINDS } from '../../core/plan/writePlan';
import type { SheetMapping } from '../../core/settings';
import { FakeExcel } from '../../../test/support/fakeExcel';
import { readXlsx } from '../xlsx/readXlsx';
import { createXlsxHost } from '../xlsx/xlsxHost';
import { createExcelHost } from './excelHost';

const SAMPLES = path.join(__dirname, '../../../samples');
const AS_AT = '2011-03-31' as const;
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(SAMPLES, name)));

function open(name: string): { excel: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const excel = new FakeExcel(readXlsx(bytesOf(name)));
  return { excel, host: createExcelHost((batch) => batch(excel.context), () => AS_AT) };
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
