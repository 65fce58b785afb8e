import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { rawEntries } from '../../../test/support/zipParts';
import { STYLES_SHAPES, trackerSheetXml, trackerWorkbook } from '../../../test/support/stylesShapes';
import type { WorkbookReport } from '../../core/checkWorkbook';
import { JobCancelled, type JobSignal } from '../../core/run/workbookHost';
import { cellText, type WorkbookGrid } from '../../core/grid';
import { TRACKER_HEADERS } from '../../core/plan/planTrackerColumns';
import { SHEET_NAMES } from '../../core/plan/planWrites';
import { SETTINGS_SHEET, SUMMARY_KINDS } from '../../core/plan/writePlan';
import type { SheetMapping } from '../../core/settings';
import * as reader from './readXlsx';
import { renderWorksheet } from './renderWorksheet';
import { addSheets } from './workbookEdits';
import { sheetParts } from './writeResults';
import { createXlsxHost, type XlsxHost } from './xlsxHost';
import { XlsxPackage } from './xlsxPackage';

const SAMPLES = join(__dirname, '../../../samples');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const AS_AT = '2011-03-31';
const ALL = { asAt: AS_AT, summaries: SUMMARY_KINDS };
const PRODUCT_SHEETS = new Set(Object.values(SHEET_NAMES));

const sample = (file: string): Uint8Array => new Uint8Array(readFileSync(join(SAMPLES, file)));
const hostOf = (file: string, bytes = sample(file)): XlsxHost => createXlsxHost(file, bytes, { today: () => '2026-11-23' });

async function reportOf(host: XlsxHost, request = {}): Promise<WorkbookReport> {
  const { report } = await host.check({ asAt: AS_AT, ...request });
  if (!('sheets' in report)) throw new Error(report.message);
  return report;
}

/** the header row's texts of a checked sheet, as the workbook now holds them */
function headerTexts(grid: WorkbookGrid, sheet: string, headerRow: number): string[] {
  return (grid.sheets.find((s) => s.name === sheet)!.rows[headerRow - 1] ?? []).map((c) => cellText(c));
}

/** a workbook with a sheet of the user's added at the end: one text cell in A1 */
function withUserSheet(bytes: Uint8Array, name: string, text: string): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const xml = renderWorksheet({ cells: [{ row: 0, col: 0, value: text }], widths: [], freeze: { rows: 0, cols: 0 }, printArea: 'A1', landscape: false }, () => 0);
  addSheets(pkg, [{ name, xml: [...xml].join(''), veryHidden: false }]);
  return pkg.toBytes();
}

describe.each(files)('the browser\'s host over %s', (file) => {
  it('checks the workbook as it was opened, with nothing of the product\'s in it', async () => {
    const host = hostOf(file);
    const outcome = await host.check({ asAt: AS_AT });
    expect(outcome).toMatchObject({ usedSavedSettings: false, ownedSummaries: [], notes: [] });
    expect((outcome.report as WorkbookReport).sheets.length).toBeGreaterThan(0);
    expect(host.bytes()).toEqual(sample(file));
  });

  it('shows the plan before writing, and writes just that: the summary sheets and the product\'s columns', async () => {
    const host = hostOf(file);
    const report = await reportOf(host);
    const { plan, notes } = await host.preview(ALL);
    expect(notes).toEqual([]);
    expect(host.bytes()).toEqual(sample(file));
    const steps: number[] = [];
    const outcome = await host.write(ALL, (done) => steps.push(done));
    expect(steps).toEqual([0, 1, 2, 3]);
    expect(outcome).toEqual({ written: true, sheets: plan!.sheets.map((s) => s.name), notes: [] });
    expect(outcome.sheets).toEqual(expect.arrayContaining(['Summary', 'Exceptions', 'By owner']));

    const grid = reader.readXlsx(host.bytes());
    expect(host.grid()).toEqual(grid);
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...outcome.sheets, SETTINGS_SHEET]));
    for (const sheet of report.sheets) expect(headerTexts(grid, sheet.name, sheet.mapping.headerRow)).toEqual(expect.arrayContaining([...TRACKER_HEADERS]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(host.bytes()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(outcome.sheets));
  });

  it('gives the same bytes when it writes again', async () => {
    const host = hostOf(file);
    await host.write(ALL);
    const first = host.bytes();
    expect(await host.check({ asAt: AS_AT })).toMatchObject({ usedSavedSettings: true, ownedSummaries: expect.arrayContaining(['summary', 'exceptions', 'byOwner']) });
    expect(await host.write(ALL)).toMatchObject({ written: true, notes: [] });
    expect(Buffer.from(host.bytes()).equals(Buffer.from(first))).toBe(true);
  });
});

describe('the browser\'s host', () => {
  const FILE = 'cse-corporate-action-plan.xlsx';

  it('saves a changed mapping with the settings, and checks with it from then on', async () => {
    const host = hostOf(FILE);
    const [sheet] = (await reportOf(host)).sheets;
    const { owner: _owner, ...columns } = sheet!.mapping.columns;
    const changed: SheetMapping = { ...sheet!.mapping, columns };
    const before = host.bytes();
    expect(await host.saveSettings({ mappings: [changed] })).toEqual({ written: true, sheets: [], notes: [] });
    expect(host.bytes()).not.toBe(before);
    const names = host.grid().sheets.map((s) => s.name);
    expect(names.filter((n) => PRODUCT_SHEETS.has(n))).toEqual([]);
    expect(names).toContain(SETTINGS_SHEET);

    const again = await host.check({ asAt: AS_AT });
    const report = again.report as WorkbookReport;
    expect(again.usedSavedSettings).toBe(true);
    expect(report.sheets[0]!.mapping.columns.owner).toBeUndefined();
    expect(report.sheets[0]!.issues.map((i) => i.code)).toContain('unmapped-required-column');
  });

  it('saves the settings by changing the settings sheet alone, and a later write still replaces what the product wrote', async () => {
    const host = hostOf(FILE);
    await host.write(ALL);
    const written = rawEntries(host.bytes());
    expect(await host.saveSettings({ ruleSet: 'months-behind' })).toMatchObject({ written: true });
    const saved = rawEntries(host.bytes());
    const settingsPart = sheetParts(XlsxPackage.open(host.bytes())).get(SETTINGS_SHEET)!;
    const changed = [...saved].filter(([name, raw]) => !written.get(name)?.equals(raw)).map(([name]) => name);
    expect(changed).toEqual([settingsPart]);
    expect((await host.check({})).settings.ruleSet).toBe('months-behind');
    expect(await host.write(ALL)).toMatchObject({ written: true, notes: [] });
  });

  it('leaves a sheet of the user\'s named "Summary" as it is, and gives the product\'s sheet another name', async () => {
    const mine = withUserSheet(sample(FILE), 'Summary', 'My own summary');
    const host = hostOf(FILE, mine);
    const outcome = await host.write(ALL);
    expect(outcome.sheets).toContain('Summary (Tracker Check)');
    expect(outcome.notes).toEqual(['A sheet named "Summary" is yours, so Tracker Check\'s Summary sheet is named "Summary (Tracker Check)".']);
    const part = (bytes: Uint8Array) => rawEntries(bytes).get(sheetParts(XlsxPackage.open(bytes)).get('Summary')!)!;
    expect(part(host.bytes()).equals(part(mine))).toBe(true);
    expect(host.grid().sheets.find((s) => s.name === 'Summary')!.rows[0]![0]).toMatchObject({ value: 'My own summary' });
  });

  it('writes nothing over what someone has typed into the product\'s sheets, and says so', async () => {
    const host = hostOf(FILE);
    await host.write(ALL);
    const pkg = XlsxPackage.open(host.bytes());
    const summary = sheetParts(pkg).get('Summary')!;
    pkg.setText(summary, pkg.text(summary).replace('</sheetData>', '<row r="90"><c r="A90" t="inlineStr"><is><t>Seen by the board</t></is></c></row></sheetData>'));
    const edited = pkg.toBytes();
    const again = hostOf(FILE, edited);
    expect(await again.preview(ALL)).toEqual({ plan: null, notes: [expect.stringContaining('What Tracker Check wrote has changed since ("Summary"')] });
    expect(await again.write(ALL)).toEqual({ written: false, sheets: [], notes: [expect.stringContaining('so nothing was written')] });
    expect(again.bytes()).toBe(edited);
  });

  it('keeps the workbook as it was when the written copy does not read back', async () => {
    const opened = sample(FILE);
    const host = hostOf(FILE, opened);
    const actual = reader.readXlsx;
    const spy = jest.spyOn(reader, 'readXlsx').mockImplementation((bytes, options) => {
      if (bytes !== opened) throw new reader.WorkbookReadError('corrupt-zip', 'the file is damaged');
      return actual(bytes, options);
    });
    try {
      expect(await host.write(ALL)).toEqual({ written: false, sheets: [], notes: ['The copy written did not read back as a workbook (the file is damaged), so it was not kept: the workbook is as it was.'] });
      expect(await host.saveSettings({})).toMatchObject({ written: false });
    } finally {
      spy.mockRestore();
    }
    expect(host.bytes()).toBe(opened);
  });

  it('keeps the check and the workbook as they were when the workbook cannot be written into, and says why', async () => {
    const opened = trackerWorkbook({ styles: STYLES_SHAPES[0]![1], extra: [{ name: 'xl/Worksheets/Sheet1.xml', text: trackerSheetXml() }] });
    const host = hostOf('duplicate.xlsx', opened);
    const why = 'the workbook\'s package holds two entries named "xl/worksheets/sheet1.xml" and "xl/Worksheets/Sheet1.xml" (part names may not differ only in case), so Tracker Check writes nothing into it; open it in Excel and save it again';
    const checked = await host.check({ asAt: '2010-09-30' });
    expect((checked.report as WorkbookReport).sheets[0]!.records.length).toBe(5);
    expect(checked.notes).toEqual(['The workbook\'s package holds two entries named "xl/worksheets/sheet1.xml" and "xl/Worksheets/Sheet1.xml" (part names may not differ only in case): the first was read, and Tracker Check writes nothing into such a file; open it in Excel and save it again.']);
    expect(await host.preview(ALL)).toEqual({ plan: null, notes: [why] });
    expect(await host.write(ALL)).toEqual({ written: false, sheets: [], notes: [why] });
    expect(await host.saveSettings({})).toEqual({ written: false, sheets: [], notes: [why] });
    expect(host.bytes()).toBe(opened);
  });

  it('says why a sheet asked for cannot be checked, and writes nothing', async () => {
    const host = hostOf(FILE);
    const why = 'there is no sheet named "Nope" (sheets: "Action Plan 2010-11")';
    expect((await host.check({ sheet: 'Nope' })).report).toEqual({ code: 'no-such-sheet', message: why, where: 'Nope' });
    expect(await host.preview({ ...ALL, sheet: 'Nope' })).toEqual({ plan: null, notes: [why] });
    expect(await host.write({ ...ALL, sheet: 'Nope' })).toEqual({ written: false, sheets: [], notes: [why] });
  });

  it('remembers the cell selected and the sheet made active, for the pane to show', async () => {
    const host = hostOf(FILE);
    expect([host.kind, host.name, host.selection(), host.activeSheet()]).toEqual(['browser', FILE, null, null]);
    await host.select('Action Plan 2010-11', 'E7');
    expect([host.selection(), host.activeSheet()]).toEqual([{ sheet: 'Action Plan 2010-11', cell: 'E7' }, 'Action Plan 2010-11']);
    await host.activate('Summary');
    expect(host.activeSheet()).toBe('Summary');
  });
});

/** A signal that is aborted from the host's `from`-th look at it on (0: before it starts); its looks are counted. */
function abortedFrom(from: number): JobSignal & { looks: number } {
  return {
    looks: 0,
    get aborted() {
      return this.looks++ >= from;
    },
  };
}

describe('the browser\'s host, stopped by the pane (Cancel, or a timeout)', () => {
  const FILE = 'cse-corporate-action-plan.xlsx';
  type Job = (host: XlsxHost, signal: JobSignal) => Promise<unknown>;
  // each job, and how often it looks at the signal: before it starts, then after each step that gives way to the page
  const JOBS: [string, Job, number][] = [
    ['a check', (host, signal) => host.check({ asAt: AS_AT }, undefined, signal), 3],
    ['a preview', (host, signal) => host.preview(ALL, signal), 2],
    ['a write', (host, signal) => host.write(ALL, undefined, signal), 4],
    ['a save of the settings', (host, signal) => host.saveSettings({ asAt: AS_AT }, signal), 3],
  ];

  it.each(JOBS)('%s looks at the signal before it starts and between its steps, and then finishes', async (_what, job, looks) => {
    const never = abortedFrom(Infinity);
    await job(hostOf(FILE), never);
    expect(never.looks).toBe(looks);
  });

  it.each(JOBS)('%s stopped at any of its looks throws JobCancelled and leaves the workbook as it was', async (_what, job, looks) => {
    for (let from = 0; from < looks; from++) {
      const opened = sample(FILE);
      const host = hostOf(FILE, opened);
      const before = host.grid();
      await expect(job(host, abortedFrom(from))).rejects.toBeInstanceOf(JobCancelled);
      expect({ from, bytes: host.bytes() === opened, grid: host.grid() === before }).toEqual({ from, bytes: true, grid: true });
    }
  });

  it.each<[number, boolean]>([
    // the progress a write reports (done of 3), and whether a Cancel pressed then still lets it be kept
    [0, false],
    [1, false],
    [2, false],
    [3, true],
  ])('a write cancelled when it reports step %i is kept: %s', async (at, kept) => {
    const opened = sample(FILE);
    const host = hostOf(FILE, opened);
    const controller = new AbortController();
    const written = host.write(ALL, (done) => done === at && controller.abort(), controller.signal);
    if (kept) expect(await written).toMatchObject({ written: true });
    else await expect(written).rejects.toBeInstanceOf(JobCancelled);
    expect(host.bytes() !== opened).toBe(kept);
  });

  it('writes as usual after a write that was stopped', async () => {
    const host = hostOf(FILE);
    await expect(host.write(ALL, undefined, abortedFrom(2))).rejects.toBeInstanceOf(JobCancelled);
    expect(await host.write(ALL)).toMatchObject({ written: true, notes: [] });
    expect(host.grid().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Summary', SETTINGS_SHEET]));
  });
});
