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
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();

/** The written workbook with every Summary formula's cached result set to 0: only a recalculation can give the counts back. */
function withoutCachedResults(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const part = sheetParts(pkg).get('Summary')!;
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

async function summaryFigures(bytes: Uint8Array): Promise<Figures> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Summary')!;
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

  const runs = files.map((file) => {
    const run = processWorkbook(new Uint8Array(readFileSync(join(SAMPLES, file))), { asAt: '2010-09-30' }, { write: true, save: false, today: '2026-11-23' });
    return { file, report: run.report as WorkbookReport, bytes: run.bytes! };
  });

  it.each(files)('and its figures equal the engine\'s counts for %s', async (file) => {
    const run = runs.find((r) => r.file === file)!;
    const [recalculated] = convertWithLibreOffice([{ name: file, bytes: withoutCachedResults(run.bytes) }], 'xlsx');
    const figures = await summaryFigures(recalculated!);
    const sheet = run.report.sheets[0]!;
    const model = summariseTracker(sheet, run.report.asOf, 'dates');
    expect(figures.counts).toEqual(sheet.counts);
    expect(figures.total).toBe(model.actions);
    expect(figures.percentComplete).toBeCloseTo(model.percentComplete ?? 0, 10);
  });
});
