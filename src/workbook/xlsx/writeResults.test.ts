import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { rawEntries, zipParts } from '../../../test/support/zipParts';
import type { WorkbookReport } from '../../core/checkWorkbook';
import { isoToSerial } from '../../core/dates/excelSerials';
import { TRACKER_HEADERS } from '../../core/plan/planTrackerColumns';
import { rowsToSettings } from '../../core/plan/settingsRows';
import { SETTINGS_SHEET } from '../../core/plan/writePlan';
import { ragAt } from '../../core/rag/ragTable';
import { listExceptions } from '../../core/summary/listExceptions';
import { cellText } from '../../core/grid';
import { cleanWorkbook } from './cleanWorkbook';
import { processWorkbook } from './processWorkbook';
import { readXlsx } from './readXlsx';
import { cellsOf, scanSheetRows } from './sheetRows';

const SAMPLES = join(__dirname, '../../../samples');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const RUN = { write: true, save: false, today: '2026-11-23' } as const;
const AS_AT = { asAt: '2010-09-30' } as const;

/** each action row of a checked sheet with its computed RAG */
const ragRows = (sheet: WorkbookReport['sheets'][number]) => Array.from({ length: sheet.records.length }, (_, k) => ({ row: sheet.records.row[k]!, rag: ragAt(sheet.rag, k) }));

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** the text of each cell element of a worksheet part, by "row:col" */
function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const scan = scanSheetRows(xml);
  for (const row of scan.rows) for (const c of cellsOf(xml, scan.p, row)) out.set(`${row.row}:${c.col}`, xml.slice(c.start, c.end));
  return out;
}

const resultOf = (v: ExcelJS.CellValue): unknown => (v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v);

describe.each(files)('writing results into %s', (file) => {
  const input = new Uint8Array(readFileSync(join(SAMPLES, file)));
  const first = processWorkbook(input, AS_AT, RUN);
  const out = first.bytes!;
  const report = first.report as WorkbookReport;

  it('checks the workbook and writes a copy', () => {
    expect('problem' in report).toBe(false);
    expect(report.sheets.length).toBeGreaterThan(0);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(first.notes).toEqual([]);
  });

  it('adds the computed columns right of the tracker, with each row\'s RAG, slippage and issues', async () => {
    const wb = await loadExcelJs(out);
    for (const sheet of report.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const headerRow = ws.getRow(sheet.mapping.headerRow);
      const firstCol = (headerRow.values as ExcelJS.CellValue[]).findIndex((v) => v === TRACKER_HEADERS[0]);
      expect(firstCol).toBeGreaterThan(0);
      expect(TRACKER_HEADERS.map((_, i) => headerRow.getCell(firstCol + i).value)).toEqual([...TRACKER_HEADERS]);
      const rows = ragRows(sheet);
      expect(rows.length).toBeGreaterThan(0);
      for (const { row, rag } of rows) {
        const cells = ws.getRow(row);
        expect(cells.getCell(firstCol + 1).value).toBe(rag.computed);
        expect(cells.getCell(firstCol + 2).value).toBe(rag.slippageDays);
        const target = cells.getCell(firstCol).value;
        if (rag.targetKind === 'dated') expect(target).toEqual(new Date(`${rag.targetDate}T00:00:00Z`));
        else expect(typeof target).toBe('string');
      }
      // each row's issues as one unwrapped line in the Issues column; every message whole on the Issues sheet
      const issuesSheet = wb.getWorksheet('Issues')!;
      const messages = new Set<string>();
      issuesSheet.eachRow((r) => messages.add(String(r.getCell(4).value)));
      for (const issue of sheet.issues.filter((i) => i.row !== null && i.row > sheet.mapping.headerRow)) {
        const cell = ws.getRow(issue.row!).getCell(firstCol + 3);
        expect(String(cell.value)).toMatch(/^[A-Z][^\n]+$/);
        expect(cell.alignment?.wrapText).toBeFalsy();
        expect(messages.has(issue.message)).toBe(true);
      }
    }
  });

  it('writes a Summary whose COUNTIFS formulas carry the engine\'s counts', async () => {
    const ws = (await loadExcelJs(out)).getWorksheet('Summary')!;
    const counted = new Map<string, number>();
    ws.eachRow((row) => {
      const v = row.getCell(2).value;
      if (v && typeof v === 'object' && 'formula' in v && String(v.formula).startsWith('COUNTIFS')) counted.set(String(row.getCell(1).value), Number(resultOf(v)));
    });
    expect(Object.fromEntries(counted)).toEqual(report.sheets[0]!.counts);
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('lists the exceptions, each with a link to its cell', async () => {
    const ws = (await loadExcelJs(out)).getWorksheet('Exceptions')!;
    const expected = report.sheets.flatMap((s) => listExceptions(s, report.asAt, 30).rows.map((r) => r.cell));
    const listed: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && /^[A-Z]+\d+$/.test(v)) listed.push(v);
    });
    expect(listed).toEqual(expected);
    if (expected.length === 0) return;
    const part = [...zipParts(out)].find(([, text]) => text.toString().includes('<hyperlinks>'))![1].toString();
    for (const cell of expected) expect(part).toContain(`location="'${report.sheets[0]!.name}'!${cell}"`);
  });

  it('writes the By owner sheet and saves the settings in a very hidden sheet', async () => {
    const wb = await loadExcelJs(out);
    expect(wb.getWorksheet('By owner')).toBeDefined();
    const grid = readXlsx(out);
    const settingsSheet = grid.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    expect(settingsSheet.state).toBe('veryHidden');
    const saved = rowsToSettings(settingsSheet.rows.map((r) => [cellText(r?.[0]), cellText(r?.[1])]));
    if (!saved.ok) throw new Error(saved.problem.message);
    expect(saved.value.owned.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name).filter((n) => ['Summary', 'Exceptions', 'Issues', 'By owner', 'Movement', 'CSE scoring'].includes(n)));
    expect(saved.value.owned.columns.map((c) => c.sheet)).toEqual(report.sheets.map((s) => s.name));
  });

  it('leaves every part it does not change byte for byte, and every cell element of the tracker as it was', () => {
    const before = rawEntries(input);
    const after = rawEntries(out);
    const changed = [...before].filter(([name, raw]) => !after.get(name)?.equals(raw)).map(([name]) => name);
    const trackerParts = changed.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
    expect(changed.filter((n) => !trackerParts.includes(n)).sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(trackerParts).toHaveLength(report.sheets.length);
    const inParts = zipParts(input);
    const outParts = zipParts(out);
    for (const part of trackerParts) {
      const original = cellElements(inParts.get(part)!.toString());
      const written = cellElements(outParts.get(part)!.toString());
      for (const [at, xml] of original) expect(written.get(at)).toBe(xml);
    }
  });

  it('gives the same bytes when run again on its own output', () => {
    const again = processWorkbook(out, AS_AT, RUN);
    expect(Buffer.from(again.bytes!).equals(Buffer.from(out))).toBe(true);
    expect(again.usedSavedSettings).toBe(true);
  });

  it('gives back the user\'s workbook, part for part, when cleaned', () => {
    const cleaned = cleanWorkbook(out);
    expect(cleaned.removed).toBe(true);
    expect(cleaned.notes).toEqual([]);
    const before = zipParts(input);
    const after = zipParts(cleaned.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) expect({ name, same: after.get(name)!.equals(content) }).toEqual({ name, same: true });
  });

  it('writes the target as a date serial the workbook\'s date system reads', () => {
    const grid = readXlsx(out);
    const sheet = report.sheets[0]!;
    const cells = grid.sheets.find((s) => s.name === sheet.name)!.rows;
    const dated = ragRows(sheet).find(({ rag }) => rag.targetKind === 'dated')!;
    const col = cells[sheet.mapping.headerRow - 1]!.findIndex((c) => c?.value === TRACKER_HEADERS[0]);
    expect(cells[dated.row - 1]![col]).toMatchObject({ type: 'date', value: isoToSerial(dated.rag.targetDate!, grid.date1904) });
  });
});
