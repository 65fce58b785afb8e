import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryDataRange, ole2WithDirectory, rowsXml, streamedWorkbook, zipBomb } from '../fixtures/xlsx-reader/packages';
import { ROOT, runCli, runJson } from '../support/runCli';

// Every kind of file a performance team is sent that cannot be checked: each gets exit code 2 and one
// line saying why, quickly, and never stops the other files in the same run being checked.

const dir = mkdtempSync(join(tmpdir(), 'tracker-check-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = join(ROOT, 'samples', 'recommendations-progress-update.xlsx');
const good = readFileSync(GOOD);

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const corrupt = (): Uint8Array => {
  const bytes = new Uint8Array(good);
  const { start, end } = entryDataRange(bytes, 'xl/worksheets/sheet1.xml');
  for (let i = start + Math.floor((end - start) / 3); i < start + Math.floor((end - start) / 3) + 64; i++) bytes[i] = bytes[i]! ^ 0x5a;
  return bytes;
};

const CASES: Array<[string, () => string, RegExp]> = [
  ['a missing file', () => join(dir, 'missing.xlsx'), /no such file/],
  ['an empty file', () => file('empty.xlsx', ''), /the file is empty/],
  ['a CSV renamed .xlsx', () => file('export.xlsx', 'Ref,Action,Owner\n1,Do it,HB\n'), /text file \(CSV or HTML\)/],
  ['an HTML page renamed .xlsx', () => file('page.xlsx', '<!DOCTYPE html><html><body><table></table></body></html>'), /text file \(CSV or HTML\)/],
  ['a renamed .xls', () => file('old.xlsx', ole2WithDirectory(['Root Entry', 'Workbook'])), /old \.xls workbook/],
  ['a password-protected workbook', () => file('locked.xlsx', ole2WithDirectory(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])), /password-protected/],
  ['a truncated zip', () => file('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2))), /damaged or incomplete/],
  ['a corrupt zip', () => file('corrupt.xlsx', corrupt()), /the file is damaged/],
];

describe.each(CASES)('%s', (_what, make, reason) => {
  const path = make();
  const run = runCli(['check', path, '--as-of', '2011-03-31']);

  it('exits 2 with one line naming the file and the reason, in a few seconds', () => {
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot be checked: `));
    expect(lines[0]).toMatch(reason);
    expect(run.ms).toBeLessThan(5000);
  });
});

describe('a run over good and bad files together', () => {
  const bad = CASES.map(([, make]) => make());
  const run = runCli(['check', bad[0]!, GOOD, ...bad.slice(1), '--as-of', '2009-11-16']);

  it('still checks the good file, reports every file in the order given, and exits 2', () => {
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`${GOOD} — as at 16/11/2009`);
    expect(run.stdout).toContain('PASSES');
    const order = [bad[0]!, GOOD, ...bad.slice(1)].map((f) => run.stdout.indexOf(f));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(run.stdout).toContain(`${bad.length + 1} files: 1 pass, 0 with errors, ${bad.length} could not be read`);
  });

  it('gives one JSON object per file with --json, an error for each bad one', () => {
    const { status, reports } = runJson(['check', bad[1]!, GOOD, bad[4]!, '--as-of', '2009-11-16']);
    expect(status).toBe(2);
    expect(reports.map((r) => [r.file, r.error === undefined])).toEqual([[bad[1], false], [GOOD, true], [bad[4], false]]);
    expect(reports[0].error).toBe('the file is empty');
  });
});

describe('files built to exhaust the checker', () => {
  it('refuses a zip bomb (600 MB of XML in a small file) in a few seconds', () => {
    const path = file('bomb.xlsx', zipBomb(600));
    const run = runCli(['check', path, GOOD, '--as-of', '2009-11-16']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/bomb\.xlsx: cannot be checked: .*zip bomb/);
    expect(run.stdout).toContain(`${GOOD} — as at 16/11/2009`);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('refuses a sheet of 1,048,576 filled rows without reading it all or running out of memory', () => {
    const path = file('huge.xlsx', streamedWorkbook(rowsXml(1_048_576)));
    const run = runCli(['check', path, '--as-of', '2009-11-16']);
    expect(run.status).toBe(2);
    expect(run.stdout.trim()).toMatch(/huge\.xlsx: cannot be checked: sheet "Data" has more than 500,000 rows with values/);
    expect(run.ms).toBeLessThan(10_000);
  });
});

describe('bad usage', () => {
  it.each([
    [['check'], /no files given/],
    [[], /no command given/],
    [['verify', 'x.xlsx'], /unknown command "verify"/],
    [['check', 'x.xlsx', '--as-of', '31/03/2011'], /--as-of "31\/03\/2011" is not a date written YYYY-MM-DD/],
    [['check', 'x.xlsx', '--as-of', '2011-02-30'], /not a date/],
    [['check', 'x.xlsx', '--amber-days', 'ten'], /--amber-days "ten" is not a whole number/],
    [['check', 'x.xlsx', '--rules', 'traffic-lights'], /--rules "traffic-lights" is not a rule set: use dates, months-behind, expected-progress/],
    [['check', 'x.xlsx', '--colour'], /Unknown option '--colour'/],
  ])('%j exits 2 with a reason on stderr', (args, reason) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
  });

  it('--help prints usage with examples and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tracker-check check <file.xlsx | folder | glob>... [options]');
    expect(run.stdout).toContain('Examples:');
  });

  it('names a sheet that is not there, with the sheets that are', () => {
    const run = runCli(['check', GOOD, '--sheet', 'Summary']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('there is no sheet named "Summary" (sheets: "Progress Update", "Notes")');
  });

  it('says why a named sheet is not a tracker', () => {
    const run = runCli(['check', GOOD, '--sheet', 'Notes']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('sheet "Notes" is not a tracker');
  });
});

// Unless one small file is checked on the main thread, a worker starts before the inputs are expanded: a
// run that then finds nothing to check, or an --out that cannot be, must still end at once with its reason.
describe('a run that ends before a file is checked', () => {
  it.each<[string, () => string[], RegExp]>([
    ['a folder with no workbooks', () => {
      const none = join(dir, 'no-workbooks');
      mkdirSync(none, { recursive: true });
      return ['check', none];
    }, /no \.xlsx files found in/],
    ['two files that would be written to one place', () => {
      const [a, b] = ['a', 'b'].map((sub) => join(dir, 'same-name', sub));
      for (const sub of [a!, b!]) {
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'plan.xlsx'), good);
      }
      return ['check', join(a!, 'plan.xlsx'), join(b!, 'plan.xlsx'), '--out', join(dir, 'same-name', 'out')];
    }, /would both be written to/],
  ])('%s', (_what, args, reason) => {
    const run = runCli(args(), { timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.ms).toBeLessThan(10_000);
  });
});
