import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTracker } from '../../bench/generateTracker';
import { cellText } from '../../src/core/grid';
import { rowsToSettings } from '../../src/core/plan/settingsRows';
import { SETTINGS_SHEET } from '../../src/core/plan/writePlan';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { sheetParts } from '../../src/workbook/xlsx/writeResults';
import { XlsxPackage } from '../../src/workbook/xlsx/xlsxPackage';
import { CLI, runCli } from '../support/runCli';
import { zipParts } from '../support/zipParts';

const SAMPLES = join(__dirname, '../../samples');
const SAMPLE = 'cse-corporate-action-plan.xlsx';

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cli-write-'));
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.xlsx'))) copyFileSync(join(SAMPLES, f), join(dir, f));
  return dir;
}

/** a workbook the product has written into, with one of its parts then edited as a user's spreadsheet would */
function writtenThenEdited(sheet: string, edit: (xml: string) => string): { dir: string; input: string } {
  const dir = workDir();
  const input = join(dir, SAMPLE);
  expect(runCli(['check', input, '--as-of', '2011-03-31', '--in-place']).status).toBe(1);
  editPart(input, sheet, edit);
  return { dir, input };
}

function editPart(path: string, sheet: string, edit: (xml: string) => string): void {
  const pkg = XlsxPackage.open(new Uint8Array(readFileSync(path)));
  const part = sheetParts(pkg).get(sheet)!;
  const xml = pkg.text(part);
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  pkg.setText(part, edited);
  writeFileSync(path, pkg.toBytes());
}

function savedSettings(path: string) {
  const sheet = readXlsx(new Uint8Array(readFileSync(path))).sheets.find((s) => s.name === SETTINGS_SHEET)!;
  const saved = rowsToSettings(sheet.rows.map((r) => [cellText(r?.[0]), cellText(r?.[1])]));
  if (!saved.ok) throw new Error(saved.problem.message);
  return saved.value.settings;
}

describe('tracker-check check --out / --in-place / --save, and clean', () => {
  it('--out FILE writes a copy with the results and leaves the input untouched', () => {
    const dir = workDir();
    const input = join(dir, SAMPLE);
    const before = readFileSync(input);
    const r = runCli(['check', input, '--as-of', '2011-03-31', '--out', join(dir, 'checked.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Written: ${join(dir, 'checked.xlsx')}`);
    expect(readFileSync(input).equals(before)).toBe(true);
    const names = readXlsx(new Uint8Array(readFileSync(join(dir, 'checked.xlsx')))).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Summary', 'Exceptions', 'By owner', SETTINGS_SHEET]));
  });

  it('--out FOLDER takes one copy per file, named as the inputs, and --json says where each went', () => {
    const dir = workDir();
    const r = runCli(['check', dir, '--as-of', '2011-03-31', '--out', join(dir, 'out'), '--json']);
    expect(r.status).toBe(1);
    const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(reports.map((x) => x.written)).toEqual(readdirSync(SAMPLES).filter((n) => n.endsWith('.xlsx')).sort().map((n) => join(dir, 'out', n)));
    for (const x of reports) expect(existsSync(x.written)).toBe(true);
  });

  it('--in-place --save writes into the file and saves the settings; a second run gives the same bytes; clean gives the workbook back', () => {
    const dir = workDir();
    const input = join(dir, SAMPLE);
    const original = zipParts(new Uint8Array(readFileSync(input)));
    expect(runCli(['check', input, '--as-of', '2011-03-31', '--amber-days', '14', '--in-place', '--save']).status).toBe(1);
    const once = readFileSync(input);
    const saved = savedSettings(input);
    expect(saved).toMatchObject({ asAt: '2011-03-31', thresholds: { amberDays: 14 } });
    expect(saved.mappings.map((m) => m.sheet)).toEqual(['Action Plan 2010-11']);

    // the saved as-at date and amber window are used when the run does not give them
    const again = runCli(['check', input, '--in-place', '--json']);
    expect(JSON.parse(again.stdout).asOf).toBe('2011-03-31');
    expect(readFileSync(input).equals(once)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

    const cleaned = runCli(['clean', input]);
    expect(cleaned.status).toBe(0);
    expect(cleaned.stdout).toContain('columns, sheets and settings removed');
    const back = zipParts(new Uint8Array(readFileSync(input)));
    expect([...back.keys()]).toEqual([...original.keys()]);
    for (const [name, content] of original) expect({ name, same: back.get(name)!.equals(content) }).toEqual({ name, same: true });
    expect(runCli(['clean', input]).stdout).toContain('nothing to remove');
  });

  it('--sheet writes that sheet\'s columns, and says so when it takes out an earlier run\'s columns on another sheet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-cli-sheet-'));
    const input = join(dir, 'plan.xlsx');
    copyFileSync(join(__dirname, '../fixtures/fidelity/fidelity.xlsx'), input);
    const original = zipParts(new Uint8Array(readFileSync(input)));
    expect(runCli(['check', input, '--as-of', '2010-09-30', '--in-place']).status).toBe(1);
    const r = runCli(['check', input, '--as-of', '2010-09-30', '--in-place', '--sheet', 'Old plan 2009-10']);
    expect(r.stdout).toContain('Note: Tracker Check\'s columns on sheet "Action Plan" were taken out: that sheet was not checked this time (only "Old plan 2009-10" was).');
    const grid = readXlsx(new Uint8Array(readFileSync(input)));
    const headers = (name: string) => grid.sheets.find((s) => s.name === name)!.rows.flatMap((row) => (row ?? []).map((c) => cellText(c)));
    expect(headers('Action Plan')).not.toContain('Computed RAG');
    expect(headers('Old plan 2009-10')).toContain('Computed RAG');
    expect(runCli(['clean', input]).status).toBe(0);
    const back = zipParts(new Uint8Array(readFileSync(input)));
    for (const [name, content] of original) expect({ name, same: back.get(name)?.equals(content) }).toEqual({ name, same: true });
  });

  it('writes nothing, and cleans nothing, once someone has typed into its columns', () => {
    // an officer adds a word to a Computed RAG cell, as they might in Excel
    const { dir, input } = writtenThenEdited('Action Plan 2010-11', (xml) =>
      xml.replace('<t xml:space="preserve">Amber</t>', '<t xml:space="preserve">Amber – agreed with JR</t>'));
    const edited = readFileSync(input);

    const again = runCli(['check', input, '--as-of', '2011-03-31', '--in-place']);
    expect(again.stdout).toContain('Note: What Tracker Check wrote has changed since (the columns on "Action Plan 2010-11": something typed there, or rows deleted), so nothing was written');
    expect(again.stdout).not.toContain('Written:');
    expect(readFileSync(input).equals(edited)).toBe(true);
    expect(runCli(['check', input, '--out', join(dir, 'copy.xlsx')]).stdout).toContain('so nothing was written');
    expect(existsSync(join(dir, 'copy.xlsx'))).toBe(false);

    const cleaned = runCli(['clean', input, '--out', join(dir, 'cleaned.xlsx')]);
    expect(cleaned.stdout).toContain('nothing removed');
    expect(cleaned.stdout).toContain('so nothing was removed');
    expect(existsSync(join(dir, 'cleaned.xlsx'))).toBe(false);
    expect(readFileSync(input).equals(edited)).toBe(true);
  });

  it('writes nothing once someone has added a note to its Summary sheet, but recalculated figures do not count', () => {
    // a manager's note in an empty row at the foot of the sheet
    const note = '<row r="90"><c r="A90" t="inlineStr"><is><t>Agreed at CMT 12/10/2010</t></is></c></row>';
    const { input } = writtenThenEdited('Summary', (xml) => xml.replace('</sheetData>', `${note}</sheetData>`));
    const edited = readFileSync(input);
    const again = runCli(['check', input, '--as-of', '2011-03-31', '--in-place']);
    expect(again.stdout).toContain('Note: What Tracker Check wrote has changed since ("Summary": something typed there, or rows deleted), so nothing was written');
    expect(readFileSync(input).equals(edited)).toBe(true);
    // the note taken away again, and every figure recalculated to something else: that is no change
    editPart(input, 'Summary', (xml) => xml.replace(note, '').replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v>7</v>'));
    const written = runCli(['check', input, '--as-of', '2011-03-31', '--in-place']);
    expect(written.stdout).toContain(`Written: ${input}`);
  });

  it('still sees a note on its Summary sheet once the sheet is renamed in another case, and neither writes nor cleans', () => {
    const note = '<row r="90"><c r="A90" t="inlineStr"><is><t>Agreed at CMT 12/10/2010</t></is></c></row>';
    const { dir, input } = writtenThenEdited('Summary', (xml) => xml.replace('</sheetData>', `${note}</sheetData>`));
    // Excel's sheet names are the same in any case: "SUMMARY" is the sheet the product wrote
    const pkg = XlsxPackage.open(new Uint8Array(readFileSync(input)));
    pkg.setText('xl/workbook.xml', pkg.text('xl/workbook.xml').replace('name="Summary"', 'name="SUMMARY"'));
    writeFileSync(input, pkg.toBytes());
    const edited = readFileSync(input);
    const again = runCli(['check', input, '--as-of', '2011-03-31', '--in-place']);
    expect(again.stdout).toContain('Note: What Tracker Check wrote has changed since ("SUMMARY": something typed there, or rows deleted), so nothing was written');
    const cleaned = runCli(['clean', input, '--out', join(dir, 'cleaned.xlsx')]);
    expect(cleaned.stdout).toContain('so nothing was removed');
    expect(existsSync(join(dir, 'cleaned.xlsx'))).toBe(false);
    expect(readFileSync(input).equals(edited)).toBe(true);
  });

  it.each([
    [['--save'], '--save stores the settings in the workbook written'],
    [['--out', 'x.xlsx', '--in-place'], '--out and --in-place cannot both be given'],
  ])('%j is a usage error', (args, message) => {
    const r = runCli(['check', join(SAMPLES, SAMPLE), ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('will not let --out overwrite the input', () => {
    const dir = workDir();
    const r = runCli(['check', join(dir, SAMPLE), '--out', join(dir, SAMPLE)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('use --in-place to write into the file');
  });

  it('an output path that cannot be written is a one-line reason, exit 2, and the other files still go', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = runCli(['check', join(dir, SAMPLE), '--as-of', '2011-03-31', '--out', join(dir, 'a-file', 'out.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('part of the path is a file, not a folder (nothing was written)');
  });

  it('killed part-way, leaves the input as it was and nothing half-written under the final name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-cli-kill-'));
    const input = join(dir, 'big.xlsx');
    await generateTracker(input, 20_000, 7);
    const before = readFileSync(input);
    const target = join(dir, 'out.xlsx');
    const complete = (() => {
      const r = runCli(['check', input, '--as-of', '2011-03-31', '--out', join(dir, 'reference.xlsx')], { timeoutMs: 120_000 });
      expect(r.status).not.toBe(2);
      return readFileSync(join(dir, 'reference.xlsx'));
    })();
    for (const delay of [150, 500, 900, 1200, 1400, 1550, 1700, 1850]) {
      const child = spawn(process.execPath, [CLI, 'check', input, '--as-of', '2011-03-31', '--out', target], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      expect(readFileSync(input).equals(before)).toBe(true);
      // either nothing under the final name, or the whole workbook
      if (existsSync(target)) expect(readFileSync(target).equals(complete)).toBe(true);
    }
  }, 180_000);
});
