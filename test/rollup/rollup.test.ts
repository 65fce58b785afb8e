/**
 * check FOLDER --rollup (issue 19): a real run of the CLI over the samples and the test trackers, with a
 * file that is no workbook among them. The roll-up's figures are the per-file reports' (--json of the same
 * run); reopened in LibreOffice, which recalculates every formula from caches set to 0, its totals come
 * back to the same figures, its chart is still a bar chart of them, and its links still open each
 * tracker at the action's cell.
 */
import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { RAG_ORDER } from '../../src/core/plan/ragOrder';
import { sheetParts } from '../../src/workbook/xlsx/writeResults';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { convertWithLibreOffice } from '../support/libreOffice';
import { ROOT, runCli } from '../support/runCli';
import { all, one, parseXml } from '../support/xmlTree';

const AS_AT = '2011-03-31';
const xlsxUnder = (dir: string): string[] => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.xlsx$/.test(f)).sort().map((f) => join(dir, f));
const TRACKERS = [...xlsxUnder('samples'), ...xlsxUnder('test/fixtures')];

interface SheetJson {
  name: string;
  actions: number;
  counts: Record<string, number>;
  errors: number;
  warnings: number;
  passes: boolean;
  owners: Array<{ owner: string; actions: number }>;
  rows: Array<{ row: number; kind: string; computed?: string }>;
  issues: Array<{ row: number | null; code: string; severity: string }>;
}

const work = mkdtempSync(join(tmpdir(), 'tc-rollup-'));
const notAWorkbook = join(work, 'notes.xlsx');
writeFileSync(notAWorkbook, 'minutes of the meeting, saved with the wrong name');
const target = join(work, 'out', 'portfolio.xlsx');
const run = runCli(['check', ...TRACKERS, notAWorkbook, '--as-of', AS_AT, '--json', '--rollup', target], { timeoutMs: 120_000 });
const reports = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; sheets?: SheetJson[]; error?: string });
const checked = reports.flatMap((r) => (r.sheets ?? []).map((s) => ({ file: r.file, ...s })));
const bytes = new Uint8Array(readFileSync(target));

async function workbook(of: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(of) as unknown as ArrayBuffer);
  return wb;
}

/** a cell's value, or its formula's result (ExcelJS reads a result of 0 as none: every formula here has one written) */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  return v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v;
}

/** the Portfolio's rows, as [file, sheet, as at, passes, actions, ...counts, errors, warnings], and its totals row */
function portfolio(ws: ExcelJS.Worksheet): { rows: unknown[][]; total: unknown[] } {
  const rows: unknown[][] = [];
  let r = 5;
  for (; shown(ws.getCell(r, 1)) !== 'Total'; r++) rows.push(Array.from({ length: 14 }, (_, c) => shown(ws.getCell(r, c + 1))));
  return { rows, total: Array.from({ length: 14 }, (_, c) => shown(ws.getCell(r, c + 1))) };
}

/** the key the chart is drawn from: each status's total and the grand total */
function key(ws: ExcelJS.Worksheet): unknown[] {
  let r = 1;
  while (shown(ws.getCell(r, 1)) !== 'Computed status') r++;
  return Array.from({ length: RAG_ORDER.length + 1 }, (_, i) => shown(ws.getCell(r + 1 + i, 2)));
}

const sum = (pick: (s: SheetJson) => number): number => checked.reduce((n, s) => n + pick(s), 0);
const expectedRows = checked.map((s) => [s.file, s.name, '31/03/2011', s.passes ? 'Yes' : 'No', s.actions, ...RAG_ORDER.map((st) => s.counts[st]!), s.errors, s.warnings]);
const expectedTotal = ['Total', null, null, `${checked.filter((s) => s.passes).length} of ${checked.length}`, sum((s) => s.actions), ...RAG_ORDER.map((st) => sum((s) => s.counts[st]!)), sum((s) => s.errors), sum((s) => s.warnings)];
const expectedKey = [...RAG_ORDER.map((st) => sum((s) => s.counts[st]!)), sum((s) => s.actions)];

/** the roll-up with every formula's result and the chart's cached counts set to 0: only a recalculation gives them back */
function withoutCaches(of: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(of);
  const part = sheetParts(pkg).get('Portfolio')!;
  const chart = pkg.names.find((n) => /charts\/chart\d+\.xml$/.test(n))!;
  const [sheet, cache] = [pkg.text(part), pkg.text(chart)];
  pkg.setText(part, sheet.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>'));
  pkg.setText(chart, cache.replace(/(<c:numCache>.*?<\/c:numCache>)/, (counts) => counts.replace(/<c:v>\d+<\/c:v>/g, '<c:v>0</c:v>')));
  if (pkg.text(part) === sheet || pkg.text(chart) === cache) throw new Error('the roll-up has no cached results to set to 0');
  return pkg.toBytes();
}

describe('check --rollup over the samples and test trackers', () => {
  it('runs: every tracker reported, the one that is no workbook among them, and the roll-up written', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
    expect(reports.map((r) => r.file)).toEqual([...TRACKERS, notAWorkbook]);
    expect(checked.length).toBeGreaterThanOrEqual(TRACKERS.length);
  });

  it('gives each file\'s sheets the figures of its own report, and totals them', async () => {
    const ws = (await workbook(bytes)).getWorksheet('Portfolio')!;
    const { rows, total } = portfolio(ws);
    expect(rows).toEqual(expectedRows);
    expect(total).toEqual(expectedTotal);
    expect(key(ws)).toEqual(expectedKey);
    // the file that is no workbook is listed with the reason its report gives
    const unread = reports.find((r) => r.file === notAWorkbook)!;
    const listed: unknown[][] = [];
    ws.eachRow((row) => {
      if (shown(row.getCell(1)) === notAWorkbook) listed.push([shown(row.getCell(1)), shown(row.getCell(2))]);
    });
    expect(listed).toEqual([[notAWorkbook, unread.error]]);
  });

  it('lists every file\'s exceptions, and counts every owner\'s actions', async () => {
    const wb = await workbook(bytes);
    // an exception is Red, No date or Amber, or reported better than the dates show (a status-mismatch warning)
    const exceptions = checked.reduce((n, s) => {
      const mismatched = new Set(s.issues.filter((i) => i.code === 'status-mismatch' && i.severity === 'warning').map((i) => i.row));
      return n + s.rows.filter((r) => r.kind === 'data' && (['Red', 'No date', 'Amber'].includes(r.computed!) || mismatched.has(r.row))).length;
    }, 0);
    const links: string[] = [];
    wb.getWorksheet('Exceptions')!.eachRow((row) => {
      const v = row.getCell(3).value;
      if (v !== null && typeof v === 'object' && 'hyperlink' in v) links.push(v.hyperlink);
    });
    expect(links).toHaveLength(exceptions);
    let owned = 0;
    wb.getWorksheet('By owner')!.eachRow((row, r) => {
      if (r > 4) owned += Number(shown(row.getCell(10)));
    });
    expect(owned).toBe(sum((s) => s.owners.reduce((n, o) => n + o.actions, 0)));
  });

  describe('reopened in LibreOffice', () => {
    const [saved] = convertWithLibreOffice([{ name: 'portfolio.xlsx', bytes: withoutCaches(bytes) }], 'xlsx');

    it('recalculates the totals to the reports\' figures', async () => {
      const ws = (await workbook(saved!)).getWorksheet('Portfolio')!;
      const { rows, total } = portfolio(ws);
      expect(rows.map((r) => r[3])).toEqual(expectedRows.map((r) => r[3]));
      expect(total).toEqual(expectedTotal);
      expect(key(ws)).toEqual(expectedKey);
    });

    it('keeps the chart: a bar chart of the key\'s cells, with the recalculated totals', () => {
      const pkg = XlsxPackage.open(saved!);
      const part = sheetParts(pkg).get('Portfolio')!;
      const charts = pkg.relationships(part).filter((r) => r.type.endsWith('/drawing')).flatMap((d) => pkg.relationships(d.target!).filter((r) => r.type.endsWith('/chart')).map((c) => parseXml(pkg.text(c.target!))));
      expect(charts).toHaveLength(1);
      const bar = one(charts[0]!, 'c:barChart');
      expect(all(one(one(bar, 'c:val'), 'c:numCache'), 'c:v').map((v) => Number(v.text))).toEqual(expectedKey.slice(0, RAG_ORDER.length));
      expect(all(one(one(bar, 'c:cat'), 'c:strCache'), 'c:v').map((v) => v.text)).toEqual([...RAG_ORDER]);
    });

    it('keeps each link to the tracker\'s file, at the sheet and cell of the action', () => {
      const pkg = XlsxPackage.open(saved!);
      const part = sheetParts(pkg).get('Exceptions')!;
      const targets = new Map(all(parseXml(pkg.text(pkg.relsOf(part))), 'Relationship').map((r) => [r.attributes.Id!, r.attributes]));
      const links = all(parseXml(pkg.text(part)), 'hyperlink').map((h) => {
        const rel = targets.get(h.attributes['r:id']!)!;
        // LibreOffice writes the location %-escaped
        return { file: relative(ROOT, resolve(dirname(target), decodeURIComponent(rel.Target!))), mode: rel.TargetMode, location: decodeURIComponent(h.attributes.location!) };
      });
      expect(links.length).toBeGreaterThan(0);
      const sheetsOf = new Map(reports.map((r) => [r.file, (r.sheets ?? []).map((s) => s.name)]));
      for (const link of links) {
        const [, sheet, cell] = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(link.location)!;
        expect({ mode: link.mode, file: TRACKERS.includes(link.file), sheet: sheetsOf.get(link.file)?.includes(sheet!.replace(/''/g, "'")), cell: /^[A-Z]+\d+$/.test(cell!) }).toEqual({ mode: 'External', file: true, sheet: true, cell: true });
      }
    });
  });
});
