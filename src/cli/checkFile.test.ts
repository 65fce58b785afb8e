import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTracker } from '../../bench/generateTracker';
import { readXlsx } from '../workbook/xlsx/readXlsx';
import { XlsxPackage } from '../workbook/xlsx/xlsxPackage';
import { checkFile, type FileOutcome, type FileTask } from './checkFile';
import type { CheckOptions } from './options';
import { unreadableText } from './unreadableText';

const SAMPLES = join(__dirname, '../../samples');
const PLAN = join(SAMPLES, 'cse-corporate-action-plan.xlsx');
const RECOMMENDATIONS = join(SAMPLES, 'recommendations-progress-update.xlsx');

const OPTIONS: Omit<CheckOptions, 'inputs'> = { asAt: '2011-03-31', asAtGiven: true, json: false, timeoutSeconds: 120, inPlace: false, save: false };

/** a check of `file` with the CLI's defaults, any of them overridden */
function task(file: string, over: Partial<Omit<FileTask, 'options'>> = {}, options: Partial<CheckOptions> = {}): FileTask {
  return { file, command: 'check', color: false, width: 100, ...over, options: { ...OPTIONS, ...options } };
}

async function run(t: FileTask): Promise<{ outcome: FileOutcome; pieces: string[]; text: string }> {
  const pieces: string[] = [];
  const outcome = await checkFile(t, (p) => pieces.push(p));
  return { outcome, pieces, text: pieces.join('') };
}

const sheetNames = (path: string): string[] => readXlsx(new Uint8Array(readFileSync(path))).sheets.map((s) => s.name);

/** a copy of `from` with its structure locked, as Review > Protect Workbook leaves it */
function lockStructure(from: string, to: string): void {
  const pkg = XlsxPackage.open(new Uint8Array(readFileSync(from)));
  const xml = pkg.text(pkg.workbookPart);
  const locked = xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
  expect(locked).not.toBe(xml);
  pkg.setText(pkg.workbookPart, locked);
  writeFileSync(to, pkg.toBytes());
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-checkfile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** a fresh folder for one test, so the files a test writes are the only ones there */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('unreadableText', () => {
  it('says, on one line, which file cannot be checked and why', () => {
    expect(unreadableText('plans/q3.xlsx', 'the file is empty', false)).toBe('plans/q3.xlsx: cannot be checked: the file is empty');
  });

  it('is a JSON object of the file and the error with --json, one line even for awkward names', () => {
    const file = 'odd "name"\nwith a newline.xlsx';
    const text = unreadableText(file, 'no such file', true);
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual({ file, error: 'no such file' });
  });
});

describe('checkFile on the samples', () => {
  it.each([
    ['cse-corporate-action-plan.xlsx', 1, 2, 'FAILS: 2 errors'],
    ['recommendations-progress-update.xlsx', 0, 0, 'PASSES'],
    ['cse-assessment-scoring.xlsx', 0, 0, 'PASSES'],
  ])('%s: exit %i with %i errors, the report in one piece', async (name, exitCode, errors, verdict) => {
    const file = join(SAMPLES, name);
    const { outcome, pieces, text } = await run(task(file));
    expect(outcome).toEqual({ file, exitCode, errors });
    expect(pieces).toHaveLength(1);
    expect(text.startsWith(`${file} — as at 31/03/2011\n`)).toBe(true);
    expect(text).toContain(verdict);
    // nothing was written, and there is nothing else to say
    expect(text).not.toMatch(/\n {2}(Written|Note):/);
  });

  it('exits 1 for a single error', async () => {
    // the plan's two errors are the targets "31/02/2011" and "TBA": the first made a real date
    const file = join(folder('one-error'), 'plan.xlsx');
    const pkg = XlsxPackage.open(new Uint8Array(readFileSync(PLAN)));
    const strings = pkg.text('xl/sharedStrings.xml');
    expect(strings.split('31/02/2011')).toHaveLength(2);
    pkg.setText('xl/sharedStrings.xml', strings.replace('31/02/2011', '28/02/2011'));
    writeFileSync(file, pkg.toBytes());
    const { outcome, text } = await run(task(file));
    expect(outcome).toEqual({ file, exitCode: 1, errors: 1 });
    expect(text).toContain('FAILS: 1 error');
  });

  it('gives the whole report as one JSON object with --json, its errors those of the outcome', async () => {
    const { outcome, text } = await run(task(PLAN, {}, { json: true }));
    const report = JSON.parse(text);
    expect(report.file).toBe(PLAN);
    expect(report.asOf).toBe('2011-03-31');
    expect(report.sheets.map((s: { name: string }) => s.name)).toEqual(['Action Plan 2010-11']);
    expect(report.sheets[0].rows.length).toBeGreaterThan(0);
    expect(report.sheets.reduce((n: number, s: { errors: number }) => n + s.errors, 0)).toBe(outcome.errors);
    expect(report.written).toBeNull();
    expect(report.notes).toEqual([]);
    expect(outcome).toEqual({ file: PLAN, exitCode: 1, errors: 2 });
  });

  it('hands a large JSON report over in pieces of at least 1 MiB that join into the one object', async () => {
    const big = join(dir, 'big.xlsx');
    await generateTracker(big, 3000);
    const { outcome, pieces, text } = await run(task(big, {}, { json: true }));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 20);
    const report = JSON.parse(text);
    expect(report.file).toBe(big);
    expect(report.sheets.reduce((n: number, s: { errors: number }) => n + s.errors, 0)).toBe(outcome.errors);
    expect(outcome.exitCode).toBe(outcome.errors > 0 ? 1 : 0);
  });

  it('passes colour and width through to the report', async () => {
    const plain = (await run(task(PLAN, { width: 100 }))).text;
    const wide = (await run(task(PLAN, { width: 150 }))).text;
    const coloured = (await run(task(PLAN, { color: true, width: 100 }))).text;
    const longest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));
    expect(longest(plain)).toBeLessThanOrEqual(100);
    expect(longest(wide)).toBeGreaterThan(100);
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('uses the as-at date saved in a workbook over today, but not over one given', async () => {
    const out = folder('as-of');
    const saved = join(out, 'saved.xlsx');
    expect((await run(task(PLAN, { target: saved }, { save: true }))).outcome.exitCode).toBe(1);
    const asToday = await run(task(saved, {}, { json: true, asAt: '2026-11-24', asAtGiven: false }));
    expect(JSON.parse(asToday.text).asOf).toBe('2011-03-31');
    const given = await run(task(saved, {}, { json: true, asAt: '2026-11-24', asAtGiven: true }));
    expect(JSON.parse(given.text).asOf).toBe('2026-11-24');
    // the sample itself saves no date: there, "today" is the date used
    const plain = await run(task(PLAN, {}, { json: true, asAt: '2026-11-24', asAtGiven: false }));
    expect(JSON.parse(plain.text).asOf).toBe('2026-11-24');
  });

  it('says a sheet asked for is not there as a file that cannot be checked', async () => {
    const reason = 'there is no sheet named "Summary" (sheets: "Action Plan 2010-11")';
    expect(await run(task(PLAN, {}, { sheet: 'Summary' }))).toEqual({
      outcome: { file: PLAN, exitCode: 2, errors: 0 },
      pieces: [`${PLAN}: cannot be checked: ${reason}`],
      text: `${PLAN}: cannot be checked: ${reason}`,
    });
    const json = await run(task(PLAN, {}, { sheet: 'Summary', json: true }));
    expect(JSON.parse(json.text)).toEqual({ file: PLAN, error: reason });
  });
});

describe('checkFile on files that cannot be checked', () => {
  const good = readFileSync(RECOMMENDATIONS);
  const CASES: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'missing.xlsx'), /^no such file$/],
    ['an empty file', () => made('empty.xlsx', ''), /^the file is empty$/],
    ['a CSV named .xlsx', () => made('export.xlsx', 'Ref,Action,Owner\n1,Do it,HB\n'), /text file \(CSV or HTML\)/],
    ['a truncated copy of a sample', () => made('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2))), /damaged or incomplete/],
    ['a folder', () => folder('folder.xlsx'), /^this is a folder, not a workbook$/],
    ['a device', () => '/dev/null', /^this is not a regular file$/],
  ];
  function made(name: string, bytes: Uint8Array | string): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it.each(CASES)('%s: exit 2, no errors counted, one line saying why', async (_what, make, reason) => {
    const file = make();
    const { outcome, pieces } = await run(task(file));
    expect(outcome).toEqual({ file, exitCode: 2, errors: 0 });
    expect(pieces).toHaveLength(1);
    const prefix = `${file}: cannot be checked: `;
    expect(pieces[0]!.startsWith(prefix)).toBe(true);
    expect(pieces[0]!.slice(prefix.length)).toMatch(reason);
    expect(pieces[0]).not.toContain('\n');

    const json = await run(task(file, {}, { json: true }));
    expect(json.outcome).toEqual(outcome);
    expect(JSON.parse(json.text)).toEqual({ file, error: pieces[0]!.slice(prefix.length) });
  });

  it('says the same of a bad file given to clean', async () => {
    const file = made('empty-clean.xlsx', '');
    expect(await run(task(file, { command: 'clean', target: file }))).toMatchObject({
      outcome: { file, exitCode: 2, errors: 0 },
      pieces: [`${file}: cannot be checked: the file is empty`],
    });
  });
});

describe('checkFile writing a workbook', () => {
  it('writes a copy with the results to the target, leaves the input alone and says where it went', async () => {
    const out = folder('out');
    const target = join(out, 'checked.xlsx');
    const before = readFileSync(PLAN);
    const { outcome, text } = await run(task(PLAN, { target }));
    expect(outcome).toEqual({ file: PLAN, exitCode: 1, errors: 2 });
    expect(text.endsWith(`\n  Written: ${target}`)).toBe(true);
    expect(readFileSync(PLAN).equals(before)).toBe(true);
    expect(sheetNames(target)).toEqual(expect.arrayContaining(['Action Plan 2010-11', 'Summary', 'Exceptions', 'By owner']));
    expect(readdirSync(out)).toEqual(['checked.xlsx']);
  });

  it('names the file written in the JSON report, and adds nothing after the object', async () => {
    const target = join(folder('out-json'), 'checked.xlsx');
    const { text } = await run(task(PLAN, { target }, { json: true }));
    expect(text.endsWith('}')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ file: PLAN, written: target, notes: [] });
  });

  it('writes into the file itself when it is the target', async () => {
    const file = join(folder('in-place'), 'plan.xlsx');
    copyFileSync(PLAN, file);
    const { outcome, text } = await run(task(file, { target: file }));
    expect(outcome.exitCode).toBe(1);
    expect(text.endsWith(`\n  Written: ${file}`)).toBe(true);
    expect(sheetNames(file)).toEqual(expect.arrayContaining(['Summary', 'Exceptions']));
  });

  it('reports a target it cannot write as the file not being checked, and writes nothing', async () => {
    const target = join(dir, 'no-such-folder', 'checked.xlsx');
    expect(await run(task(PLAN, { target }))).toMatchObject({
      outcome: { file: PLAN, exitCode: 2, errors: 0 },
      pieces: [`${PLAN}: cannot be checked: cannot write ${target}: the folder does not exist (nothing was written)`],
    });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('writes nothing into a workbook whose structure is locked, and says so after the report', async () => {
    const file = join(folder('locked'), 'plan.xlsx');
    lockStructure(PLAN, file);
    const before = readFileSync(file);
    const { outcome, text } = await run(task(file, { target: file }));
    expect(outcome).toEqual({ file, exitCode: 1, errors: 2 });
    expect(text.endsWith('\n  Note: The workbook\'s structure is locked (Review > Protect Workbook), so Tracker Check wrote nothing into it.')).toBe(true);
    expect(text).not.toContain('Written:');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('checkFile cleaning a workbook', () => {
  it('takes out what a check wrote, in place, and then finds nothing more to remove', async () => {
    const file = join(folder('clean'), 'plan.xlsx');
    copyFileSync(PLAN, file);
    await run(task(file, { target: file }));
    expect(sheetNames(file)).toContain('Summary');

    const cleaned = await run(task(file, { command: 'clean', target: file }));
    expect(cleaned.outcome).toEqual({ file, exitCode: 0, errors: 0 });
    expect(cleaned.text).toBe(`${file}: Tracker Check's columns, sheets and settings removed\n  Written: ${file}`);
    expect(sheetNames(file)).toEqual(sheetNames(PLAN));

    const before = readFileSync(file);
    const again = await run(task(file, { command: 'clean', target: file }));
    expect(again.text).toBe(`${file}: nothing to remove\n  Note: The workbook holds nothing written by Tracker Check.`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says what it did as JSON with --json', async () => {
    const file = join(folder('clean-json'), 'plan.xlsx');
    copyFileSync(PLAN, file);
    await run(task(file, { target: file }));
    const { outcome, text } = await run(task(file, { command: 'clean', target: file }, { json: true }));
    expect(outcome).toEqual({ file, exitCode: 0, errors: 0 });
    expect(JSON.parse(text)).toEqual({ file, removed: true, written: file, notes: [] });
  });

  it('still writes the copy asked for when there is nothing to remove: the input as it was', async () => {
    const target = join(folder('clean-out'), 'copy.xlsx');
    const { text } = await run(task(PLAN, { command: 'clean', target }));
    expect(text).toBe(`${PLAN}: nothing to remove\n  Note: The workbook holds nothing written by Tracker Check.\n  Written: ${target}`);
    expect(readFileSync(target).equals(readFileSync(PLAN))).toBe(true);
  });

  it('removes nothing from a workbook locked after it was written, and says why', async () => {
    const out = folder('clean-locked');
    const written = join(out, 'written.xlsx');
    await run(task(PLAN, { target: written }));
    const file = join(out, 'plan.xlsx');
    lockStructure(written, file);
    const before = readFileSync(file);
    const { outcome, text } = await run(task(file, { command: 'clean', target: file }));
    expect(outcome).toEqual({ file, exitCode: 0, errors: 0 });
    expect(text).toBe(`${file}: nothing removed\n  Note: The workbook's structure is locked (Review > Protect Workbook), so Tracker Check removed nothing.`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  // main always gives clean a target; without one, writing fails in a way that says nothing about the file
  it('throws what is not a fault of the file, for the worker to report, rather than blaming the file', async () => {
    const pieces: string[] = [];
    const thrown = await checkFile(task(PLAN, { command: 'clean' }), (p) => pieces.push(p)).then(() => null, (e: unknown) => e);
    // Node's own TypeError, from another realm than jest's: told by its name and code
    expect(thrown).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect(pieces).toEqual([]);
  });
});
