/**
 * The product's sheets as a committee is handed them (issue 16, domain.md "Standard summary sheets"): every
 * sample and test tracker is written with every summary, and each product sheet is measured, read back by
 * ExcelJS (another program's reading of what was written) against Calibri's metrics (fontMetrics.ts,
 * checked against the font in fontMetrics.test.ts), and printed by LibreOffice to PDF:
 *  - pages across = 1: the last column of the first table prints on the first page, beside the first;
 *  - no text wider than its column unless wrapped (a text may run on into empty cells to its right, as
 *    Excel and LibreOffice draw it, but never under a cell that holds something);
 *  - every row tall enough for the lines of its wrapped cells, at their font;
 *  - the header of a column of numbers is right-aligned, as the numbers are;
 *  - A4 landscape, fitted to one page wide, the frozen title and header rows repeated on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { SUMMARY_KINDS } from '../../src/core/plan/writePlan';
import { LINE_EMS, textWidthPt } from '../../src/core/plan/fontMetrics';
import { columnTextWidthPt, wrapText } from '../../src/core/plan/fitText';
import { compareWorkbooks, isChecked, now, openTracker, Rollup, rollupFileOf, rollupSheets } from '../../src/core';
import { checkReturn } from '../../src/workbook/xlsx/checkReturn';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { rollupPackage } from '../../src/workbook/xlsx/rollupWorkbook';
import { xlsxSource } from '../../src/workbook/xlsx/xlsxSource';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { readSheetList } from '../../src/workbook/xlsx/workbookEdits';
import { convertWithLibreOffice } from '../support/libreOffice';

const ROOT = join(__dirname, '..', '..');
const WORKBOOKS = [
  ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => join('samples', f)),
  'test/fixtures/officer/officer-tracker.xlsx',
  ...readdirSync(join(ROOT, 'test/fixtures/fill-status')).filter((f) => f.endsWith('.xlsx')).map((f) => join('test/fixtures/fill-status', f)),
  // the later of a pair of quarterly returns, written by compare with its Changes sheet
  'test/fixtures/compare/a-q4.xlsx',
];
/** the roll-up of the trackers above (check --rollup), a workbook of product sheets alone: its pictures are rollup-*.png */
const ROLLUP = 'rollup.xlsx';
/** the earlier return each later one is compared with */
const EARLIER: Readonly<Record<string, string>> = { 'test/fixtures/compare/a-q4.xlsx': 'test/fixtures/compare/a-q3.xlsx' };
const AS_AT = '2011-03-31';
const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

interface Fault {
  readonly sheet: string;
  readonly cell: string;
  readonly what: string;
}

function written(file: string): { bytes: Uint8Array; productSheets: string[] } {
  if (file === ROLLUP) return rolledUp();
  const input = new Uint8Array(readFileSync(join(ROOT, file)));
  const before = new Set(readSheetList(XlsxPackage.open(input).text(XlsxPackage.open(input).workbookPart)).sheets.map((s) => s.name));
  const earlier = EARLIER[file];
  const out = earlier === undefined ? processWorkbook(input, { asAt: AS_AT }, { write: true, save: false, today: AS_AT, summaries: SUMMARY_KINDS }).bytes! : compared(earlier, file, input);
  const pkg = XlsxPackage.open(out);
  const sheets = readSheetList(pkg.text(pkg.workbookPart)).sheets.filter((s) => !before.has(s.name) && s.state === undefined).map((s) => s.name);
  return { bytes: out, productSheets: sheets };
}

/** the roll-up of every tracker above, as check --rollup writes it: its sheets are all the product's */
function rolledUp(): { bytes: Uint8Array; productSheets: string[] } {
  const rollup = new Rollup();
  WORKBOOKS.filter((f) => EARLIER[f] === undefined).forEach((file, i) => {
    const run = processWorkbook(new Uint8Array(readFileSync(join(ROOT, file))), { asAt: AS_AT }, { write: false, save: false, today: AS_AT });
    if (!isChecked(run)) throw new Error(`${file} holds no tracker`);
    rollup.add(i, rollupFileOf(file, run.report, run.settings));
  });
  const sheets = rollupSheets(rollup.model(), { linkTo: (file) => `../${file}` });
  return { bytes: rollupPackage(sheets).toBytes(), productSheets: sheets.map((s) => s.name) };
}

/** the later return written with the summaries and the Changes sheet since the earlier one, as compare --out writes it */
function compared(earlierFile: string, file: string, input: Uint8Array): Uint8Array {
  const today = (): string => AS_AT;
  const read = (path: string, bytes: Uint8Array) => {
    const r = checkReturn(path, bytes, {}, undefined, today);
    if (!r.ok) throw new Error(r.problem.message);
    return r.value.run;
  };
  const before = read(earlierFile, new Uint8Array(readFileSync(join(ROOT, earlierFile))));
  const after = read(file, input);
  const comparison = compareWorkbooks({ file: earlierFile, report: before.report }, { file, report: after.report });
  const written = now(openTracker(xlsxSource(file, input), { today }).write({ asAt: after.settings.asAt, summaries: SUMMARY_KINDS, changes: { comparison, oldSheets: before.report.sheets, newSheets: after.report.sheets } }));
  if (!written.ok || !written.value.done.ok) throw new Error('the later return could not be written');
  return written.value.done.value.output.bytes;
}

/** what a cell shows, as text */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'formula' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (v instanceof Date) return '00/00/0000';
  if (typeof v === 'number') return cell.numFmt?.includes('%') ? `${Math.round(v * 100)}%` : String(v);
  return String(v);
}

/** a number, written or a formula's */
function isNumber(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return typeof v === 'number' || (v !== null && typeof v === 'object' && 'formula' in v && typeof v.result === 'number');
}

/** the last column (1-based) the sheet's print area reaches */
function printRight(ws: ExcelJS.Worksheet): number {
  const area = String(ws.pageSetup.printArea ?? '').replace(/\$/g, '');
  const right = /:([A-Z]+)\d+$/.exec(area)?.[1];
  return right ? [...right].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : Infinity;
}

function measure(ws: ExcelJS.Worksheet): Fault[] {
  const faults: Fault[] = [];
  const right = printRight(ws);
  const width = (col: number): number => ws.getColumn(col).width ?? DEFAULT_WIDTH;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const height = row.height ?? DEFAULT_HEIGHT;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = shown(cell);
      if (text === '') return;
      const size = cell.font?.size ?? 11;
      const bold = cell.font?.bold === true;
      const wrap = cell.alignment?.wrapText === true;
      // a header over a column of numbers is right-aligned, as the numbers are
      const below = ws.getRow(r + 1).getCell(c);
      if (bold && typeof cell.value === 'string' && isNumber(below) && cell.alignment?.horizontal !== 'right') {
        faults.push({ sheet: ws.name, cell: cell.address, what: `the header "${text}" is over numbers but not right-aligned` });
      }
      if (wrap) {
        const lines = wrapText(text, columnTextWidthPt(width(c)), size, bold).length;
        const needed = lines * size * LINE_EMS;
        if (height + 0.01 < needed) faults.push({ sheet: ws.name, cell: cell.address, what: `${lines} lines need ${needed.toFixed(1)} pt; the row is ${height} pt` });
        return;
      }
      const over = textWidthPt(text, size, bold) - columnTextWidthPt(width(c));
      if (over <= 0) return;
      // runs on into empty cells to its right, as far as it reaches
      let room = -over;
      for (let k = c + 1; room < 0; k++) {
        if (k > right) {
          faults.push({ sheet: ws.name, cell: cell.address, what: `"${text.slice(0, 40)}" runs on past the print area, which ends at column ${right}` });
          break;
        }
        if (shown(row.getCell(k)) !== '' || k > c + 40) {
          faults.push({ sheet: ws.name, cell: cell.address, what: `"${text.slice(0, 40)}" is ${over.toFixed(0)} pt wider than its column, and the cell to its right is not empty` });
          break;
        }
        room += columnTextWidthPt(width(k));
      }
    });
  });
  return faults;
}

/** the text of the last header of the sheet's first table: it prints on the first page when the sheet is one page wide */
function lastHeader(ws: ExcelJS.Worksheet): string | undefined {
  for (let r = 1; r <= ws.rowCount; r++) {
    const headers = ws.getRow(r).values as unknown[];
    const cells: string[] = [];
    ws.getRow(r).eachCell((cell) => {
      if ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFDDEBF7' && typeof cell.value === 'string') cells.push(cell.value);
    });
    if (cells.length > 0 && headers.length > 0) return cells[cells.length - 1];
  }
  return undefined;
}

const pdfText = (pdf: Uint8Array, page: number): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-layout-'));
  writeFileSync(join(dir, 'sheet.pdf'), pdf);
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
};

describe.each([...WORKBOOKS, ROLLUP])('the product\'s sheets for %s', (file) => {
  const { bytes, productSheets } = written(file);
  const book = (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb;
  })();

  it('each fit its columns and rows, headers aligned with their figures', async () => {
    const wb = await book;
    const faults = productSheets.flatMap((name) => measure(wb.getWorksheet(name)!));
    expect(faults).toEqual([]);
  });

  it('each set for A4 landscape, one page wide, its title and header rows printed on every page', async () => {
    const wb = await book;
    for (const name of productSheets) {
      const ws = wb.getWorksheet(name)!;
      const frozen = (ws.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
      expect({ name, paper: ws.pageSetup.paperSize, orientation: ws.pageSetup.orientation, fitToPage: ws.pageSetup.fitToPage, titles: ws.pageSetup.printTitlesRow ?? null }).toEqual({
        name, paper: 9, orientation: 'landscape', fitToPage: true, titles: frozen > 0 ? `1:${frozen}` : null,
      });
    }
  });

  it('each print one page wide: the first table\'s last column on the sheet\'s first page, beside its first', async () => {
    const wb = await book;
    const [pdf] = convertWithLibreOffice([{ name: 'written.xlsx', bytes }], 'pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))![1]);
    const texts = Array.from({ length: pages }, (_, i) => pdfText(pdf!, i + 1));
    // npm run screenshots keeps a picture of each sheet's first page, to be looked at (docs/sheets/)
    const pictures = process.env.SHEETS_DIR;
    const picture = (name: string, page: number): void => {
      if (!pictures) return;
      const dir = mkdtempSync(join(tmpdir(), 'tc-sheets-'));
      writeFileSync(join(dir, 'written.pdf'), pdf!);
      const base = `${basename(file, '.xlsx')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      mkdirSync(join(ROOT, pictures), { recursive: true });
      execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '80', '-png', '-singlefile', join(dir, 'written.pdf'), join(ROOT, pictures, base)]);
    };
    const wide = productSheets.flatMap((name): Array<{ sheet: string; why: string }> => {
      const ws = wb.getWorksheet(name)!;
      const title = String(ws.getCell('A1').value);
      // the sheet's first page is the one that opens with its title
      const page = texts.findIndex((t) => t.trimStart().startsWith(title));
      const first = texts[page];
      const last = lastHeader(ws);
      if (first === undefined) return [{ sheet: name, why: 'no page opens with its title' }];
      picture(name, page + 1);
      return last === undefined || first.replace(/\s+/g, ' ').includes(last.split(/\s+/)[0]!) ? [] : [{ sheet: name, why: `"${last}" is not on its first page` }];
    });
    expect(wide).toEqual([]);
  }, 180_000);
});
