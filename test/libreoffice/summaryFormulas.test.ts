import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookReport } from '../../src/core/checkWorkbook';
import { summariseTracker } from '../../src/core/summary/summariseTracker';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { sheetParts } from '../../src/workbook/xlsx/writeResults';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreOffice';

const SAMPLES = join(__dirname, '../../samples');
const FIDELITY = join(__dirname, '../fixtures/fidelity');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
// workbooks made by other software, with a user sheet named "Summary", macros and the 1904 date system
const fidelityFiles = readdirSync(FIDELITY).filter((f) => /\.xls[xm]$/.test(f)).sort();

/** The product's Summary sheet: "Summary (Tracker Check)" when the user has a "Summary" of their own. */
function summarySheetName(pkg: XlsxPackage): string {
  const parts = sheetParts(pkg);
  return parts.has('Summary (Tracker Check)') ? 'Summary (Tracker Check)' : 'Summary';
}

/** The written workbook with every Summary formula's cached result set to 0: only a recalculation can give the counts back. */
function withoutCachedResults(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const part = sheetParts(pkg).get(summarySheetName(pkg))!;
  const xml = pkg.text(part);
  const zeroed = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>');
  expect(zeroed).not.toBe(xml);
  pkg.setText(part, zeroed);
  return pkg.toBytes();
}

interface Figures {
  counts: Record<string, number>;
  total: number;
  percentComplete: number;
}

async function summaryFigures(bytes: Uint8Array, sheetName: string): Promise<Figures> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName)!;
  const figures: Figures = { counts: {}, total: NaN, percentComplete: NaN };
  ws.eachRow((row) => {
    const label = String(row.getCell(1).value);
    const v = row.getCell(2).value;
    if (!v || typeof v !== 'object' || !('formula' in v)) return;
    const result = Number(v.result ?? 0);
    if (String(v.formula).startsWith('COUNTIFS')) figures.counts[label] = result;
    else if (label === 'Total') figures.total = result;
    else if (label.startsWith('% complete')) figures.percentComplete = result;
  });
  return figures;
}

describe('LibreOffice recalculates the Summary sheet', () => {
  it('is installed (.ci/run installs libreoffice-calc-nogui)', () => {
    expect(hasLibreOffice()).toBe(true);
  });

  const check = (dir: string, file: string) => {
    const run = processWorkbook(new Uint8Array(readFileSync(join(dir, file))), { asAt: '2010-09-30' }, { write: true, save: false, today: '2026-11-23' });
    return { file, report: run.report as WorkbookReport, bytes: run.bytes!, summary: summarySheetName(XlsxPackage.open(run.bytes!)) };
  };
  const expectEngineFigures = async (run: ReturnType<typeof check>, recalculated: Uint8Array): Promise<void> => {
    const figures = await summaryFigures(recalculated, run.summary);
    const sheet = run.report.sheets[0]!;
    const model = summariseTracker(sheet, run.report.asAt, 'dates');
    expect(figures.counts).toEqual(sheet.counts);
    expect(figures.total).toBe(model.actions);
    expect(figures.percentComplete).toBeCloseTo(model.percentComplete ?? 0, 10);
  };

  it.each(files)('and its figures equal the engine\'s counts for %s', async (file) => {
    const run = check(SAMPLES, file);
    const [recalculated] = convertWithLibreOffice([{ name: file, bytes: withoutCachedResults(run.bytes) }], 'xlsx');
    await expectEngineFigures(run, recalculated!);
  });

  it('reads its own columns back unchanged from a workbook LibreOffice has saved again, and writes into it', () => {
    const run = check(SAMPLES, files[0]!);
    const [saved] = convertWithLibreOffice([{ name: run.file, bytes: run.bytes }], 'xlsx');
    const again = processWorkbook(saved!, { asAt: '2010-09-30' }, { write: true, save: false, today: '2026-11-23' });
    expect(again.notes.filter((n) => n.includes('has changed since'))).toEqual([]);
    expect(again.bytes).toBeInstanceOf(Uint8Array);
  });

  it('opens the workbooks made by other software once written, and its figures equal the engine\'s', async () => {
    const runs = fidelityFiles.map((file) => check(FIDELITY, file));
    expect(runs.map((r) => r.summary)).toEqual(fidelityFiles.map(() => 'Summary (Tracker Check)'));
    const recalculated = convertWithLibreOffice(runs.map((r) => ({ name: r.file, bytes: withoutCachedResults(r.bytes) })), 'xlsx');
    for (const [i, run] of runs.entries()) await expectEngineFigures(run, recalculated[i]!);
  });
});
