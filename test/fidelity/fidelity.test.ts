/**
 * Workbooks made by other software (XlsxWriter with hand edits, and LibreOffice: see test/fixtures/fidelity/build.py) go
 * through `check --out` and `check --in-place` as a user would run them. Everything of the user's must come
 * out as it went in: parts the product does not touch byte for byte, and in the parts it adds to (the
 * tracker sheet, the workbook, its relationships, content types and styles) every element the user had.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { findElement, findElements, findTags } from '../../src/workbook/xlsx/xmlTags';
import { cellsOf, scanSheetRows } from '../../src/workbook/xlsx/sheetRows';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { runCli, runJson } from '../support/runCli';
import { rawEntries, zipParts } from '../support/zipParts';

const FIXTURES = join(__dirname, '..', 'fixtures', 'fidelity');
const files = readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f)).sort();
const AS_OF = ['--as-of', '2010-09-30'];
const TRACKER = 'xl/worksheets/sheet1.xml';
// the parts the product adds to; every other part of the input must come out byte for byte
const EDITED = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', TRACKER];

const text = (parts: Map<string, Buffer>, name: string): string => parts.get(name)!.toString('utf8');

/** each cell element's text, by "row:col" */
function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const scan = scanSheetRows(xml);
  for (const row of scan.rows) for (const c of cellsOf(xml, scan.p, row)) out.set(`${row.row}:${c.col}`, xml.slice(c.start, c.end));
  return out;
}

/** the text of every element with this name (empty or with content) */
function elements(xml: string, qname: string): string[] {
  const full = findElements(xml, qname).map((e) => xml.slice(e.start, e.elementEnd));
  return full.length > 0 ? full : findTags(xml, qname).map((t) => xml.slice(t.start, t.end));
}

/** the sheet part without its rows and column widths: everything else the product must leave alone */
function outsideRows(xml: string): string {
  const data = findElement(xml, 'sheetData')!;
  const cols = findElement(xml, 'cols');
  let rest = xml.slice(0, data.start) + xml.slice(data.elementEnd);
  if (cols) rest = rest.replace(xml.slice(cols.start, cols.elementEnd), '');
  return rest.replace(/<dimension [^>]*\/>/, '');
}

function workDir(file: string): { dir: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tc-fidelity-'));
  const input = join(dir, file);
  copyFileSync(join(FIXTURES, file), input);
  return { dir, input };
}

describe.each(files)('%s through check --out and --in-place', (file) => {
  const { dir, input } = workDir(file);
  const original = readFileSync(input);
  const outPath = join(dir, `out-${file}`);
  const run = runCli(['check', input, ...AS_OF, '--out', outPath]);
  const out = readFileSync(outPath);
  const inParts = zipParts(original);
  const outParts = zipParts(out);

  it('checks the tracker, names its own Summary apart from the user\'s, and leaves the input as it was', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // the tracker has a row with no usable target date
    expect(run.stdout).toContain('Sheet "Action Plan": header at row 3, 10 actions');
    expect(run.stdout).toContain('Tracker Check\'s Summary sheet is named "Summary (Tracker Check)"');
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it('copies every part it does not add to byte for byte, in the same order', () => {
    const before = rawEntries(original);
    const after = rawEntries(out);
    const changed = [...before].filter(([name, raw]) => !after.get(name)?.equals(raw)).map(([name]) => name);
    expect(changed.sort()).toEqual([...EDITED].sort());
    expect([...after.keys()].filter((n) => before.has(n))).toEqual([...before.keys()]);
    // the macro project, the threaded comments and their people, charts, drawings, the image, the table
    // (LibreOffice keeps some of these its own way: those it has are checked)
    const kept = ['xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml', 'xl/charts/chart1.xml', 'xl/chartsheets/sheet1.xml', 'xl/media/image1.png', 'xl/tables/table1.xml', 'xl/metadata.xml'].filter((p) => before.has(p));
    expect(kept.length).toBeGreaterThanOrEqual(3);
    for (const part of kept) expect(after.get(part)?.equals(before.get(part)!)).toBe(true);
    if (file.endsWith('.xlsm')) expect(after.get('xl/vbaProject.bin')?.equals(before.get('xl/vbaProject.bin')!)).toBe(true);
  });

  it('keeps every cell element of the tracker sheet, and everything around its rows', () => {
    const before = text(inParts, TRACKER);
    const after = text(outParts, TRACKER);
    const cells = cellElements(before);
    const written = cellElements(after);
    expect(cells.size).toBeGreaterThan(60);
    for (const [at, xml] of cells) expect({ at, xml: written.get(at) }).toEqual({ at, xml });
    // merges, conditional formats (the duplicate-values rule too), both kinds of validation list, notes, the image
    expect(outsideRows(after)).toBe(outsideRows(before));
    for (const col of elements(before, 'col')) expect(after).toContain(col);
    if (before.includes('<xm:f>')) expect(after).toContain('<xm:f>Lists!$A$1:$A$4</xm:f>');
  });

  it('puts its columns right of everything the user has on the sheet: formulas, validation, the image', () => {
    const grid = readXlsx(new Uint8Array(out));
    const header = grid.sheets.find((s) => s.name === 'Action Plan')!.rows[2]!;
    const first = header.findIndex((c) => c?.value === 'Target (read as)');
    // H holds the officer's formulas, J–K the image anchored at J2: the product starts after them
    expect(first).toBeGreaterThan(10);
    const formulas = (xml: string): number => [...cellElements(xml).values()].filter((c) => /<f[\s>]/.test(c)).length;
    expect(formulas(text(inParts, TRACKER))).toBe(11);
    expect(formulas(text(outParts, TRACKER))).toBe(11);
  });

  it('keeps the workbook\'s sheets, states, names, date system and calculation settings', () => {
    const before = text(inParts, 'xl/workbook.xml');
    const after = text(outParts, 'xl/workbook.xml');
    for (const name of ['sheet', 'definedName', 'workbookPr', 'calcPr', 'bookViews', 'fileVersion']) {
      for (const el of elements(before, name)) expect(after).toContain(el);
    }
    for (const must of ['state="veryHidden"', 'localSheetId="0"', '>0.2</definedName>']) if (before.includes(must)) expect(after).toContain(must);
    expect(before).toContain('>0.2</definedName>');
    for (const name of ['Override', 'Default']) for (const el of elements(text(inParts, '[Content_Types].xml'), name)) expect(text(outParts, '[Content_Types].xml')).toContain(el);
    for (const el of elements(text(inParts, 'xl/_rels/workbook.xml.rels'), 'Relationship')) expect(text(outParts, 'xl/_rels/workbook.xml.rels')).toContain(el);
  });

  it('reads dates in the workbook\'s own date system before and after', () => {
    const a = runJson(['check', input, ...AS_OF]).reports[0];
    const b = runJson(['check', outPath, ...AS_OF]).reports[0];
    expect(b.sheets.map((s: { rows: unknown }) => s.rows)).toEqual(a.sheets.map((s: { rows: unknown }) => s.rows));
    const target = a.sheets[0].rows.find((r: { ref?: string }) => r.ref === '1.1').target;
    expect(target).toMatchObject({ iso: '2010-09-30', kind: 'exact' });
  });

  it('writes text that looks like a formula as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.getWorksheet('Exceptions')!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain('=SUM(A1:A2) typed as text by an officer');
    for (const [name, body] of outParts) {
      if (!inParts.has(name) || name === TRACKER) expect(body.toString('utf8')).not.toMatch(/<f>[^<]*(SUM\(A1:A2\)|44 helpline|CSE PAG)/);
    }
  });

  it('gives the same bytes when run again on its output, and --in-place writes what --out wrote', () => {
    const again = join(dir, `again-${file}`);
    expect(runCli(['check', outPath, ...AS_OF, '--out', again]).status).toBe(1);
    expect(readFileSync(again).equals(out)).toBe(true);
    const inPlace = join(dir, `in-place-${file}`);
    copyFileSync(join(FIXTURES, file), inPlace);
    expect(runCli(['check', inPlace, ...AS_OF, '--in-place']).status).toBe(1);
    expect(readFileSync(inPlace).equals(out)).toBe(true);
    expect(runCli(['check', inPlace, ...AS_OF, '--in-place']).status).toBe(1);
    expect(readFileSync(inPlace).equals(out)).toBe(true);
  });

  it('gives back the user\'s workbook part for part when cleaned', () => {
    const cleaned = join(dir, `cleaned-${file}`);
    const r = runCli(['clean', outPath, '--out', cleaned]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = zipParts(readFileSync(cleaned));
    expect([...after.keys()]).toEqual([...inParts.keys()]);
    for (const [name, content] of inParts) expect({ name, same: after.get(name)!.equals(content) }).toEqual({ name, same: true });
  });
});
