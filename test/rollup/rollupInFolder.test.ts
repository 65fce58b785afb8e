import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/runCli';

// The natural way to keep a roll-up: in the folder of the returns it rolls up, written again each quarter.
const dir = mkdtempSync(join(tmpdir(), 'tracker-check-rollup-folder-'));
const SAMPLES = ['cse-corporate-action-plan.xlsx', 'recommendations-progress-update.xlsx'];
beforeAll(() => SAMPLES.forEach((f) => copyFileSync(join(ROOT, 'samples', f), join(dir, f))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const portfolio = join(dir, 'portfolio.xlsx');
const files = (stdout: string): string[] => stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);

it('leaves the roll-up out of the folder it rolls up when it is written again', () => {
  const first = runCli(['check', dir, '--as-of', '2011-03-31', '--json', '--rollup', portfolio]);
  expect(files(first.stdout)).toEqual(SAMPLES.map((f) => join(dir, f)));
  const written = statSync(portfolio).mtimeMs;
  const again = runCli(['check', dir, '--as-of', '2011-03-31', '--json', '--rollup', portfolio]);
  expect([again.status, again.stderr, files(again.stdout)]).toEqual([first.status, '', SAMPLES.map((f) => join(dir, f))]);
  expect(statSync(portfolio).mtimeMs).toBeGreaterThanOrEqual(written);
});

it('refuses to write the roll-up over a file named to be checked', () => {
  const run = runCli(['check', join(dir, SAMPLES[0]!), '--rollup', join(dir, SAMPLES[0]!)]);
  expect([run.status, run.stdout, run.stderr.trim()]).toEqual([2, '', `tracker-check: --rollup would overwrite ${join(dir, SAMPLES[0]!)}, one of the files to check: name a new workbook`]);
});

it('says on stderr when the roll-up cannot be written, and exits 2, the reports printed as ever', () => {
  // a folder cannot be made where a file is
  const target = join(dir, SAMPLES[0]!, 'portfolio.xlsx');
  const run = runCli(['check', join(dir, SAMPLES[1]!), '--as-of', '2011-03-31', '--json', '--rollup', target]);
  expect(run.status).toBe(2);
  expect(files(run.stdout)).toEqual([join(dir, SAMPLES[1]!)]);
  expect(run.stderr).toMatch(new RegExp(`^tracker-check: the roll-up was not written: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot make its folder: `));
});
