import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTracker } from '../../bench/generateTracker';
import { ROOT, runCli } from '../support/runCli';

// A file that takes longer than --timeout is given up, its worker replaced, and the next file checked.
const dir = mkdtempSync(join(tmpdir(), 'tracker-check-timeout-'));
const big = join(dir, 'big.xlsx');
beforeAll(() => generateTracker(big, 150_000), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives up on a file that overruns --timeout and goes on with the others', () => {
  const good = join(ROOT, 'samples', 'recommendations-progress-update.xlsx');
  const run = runCli(['check', big, good, '--as-of', '2009-11-16', '--timeout', '1']);
  expect(run.status).toBe(2);
  expect(run.stdout).toContain(`${big}: cannot be checked: gave up after 1 s: the file takes too long to check`);
  expect(run.stdout).toContain(`${good} — as at 16/11/2009`);
  expect(run.ms).toBeLessThan(10_000);
});

// one file is checked on the main thread only when it is small and the timeout long (smallWorkbook.ts):
// a large one alone is still a worker's, and its timeout still holds
it('gives up on one file alone that overruns --timeout', () => {
  const run = runCli(['check', big, '--as-of', '2009-11-16', '--timeout', '1']);
  expect(run.status).toBe(2);
  expect(run.stdout.trim()).toBe(`${big}: cannot be checked: gave up after 1 s: the file takes too long to check`);
  expect(run.ms).toBeLessThan(10_000);
});
