import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateTracker } from '../../bench/generateTracker';
import { runCli } from '../support/runCli';

// A file the pool gives up on (here, past --timeout) has no part of its own to send: the roll-up still
// lists it among the files that could not be read, with the reason the report gives, beside the others.
const dir = mkdtempSync(join(tmpdir(), 'tracker-check-rollup-'));
const big = join(dir, 'big.xlsx');
beforeAll(() => generateTracker(big, 150_000), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lists a file given up on past --timeout as one that could not be read, and rolls up the others', async () => {
  // relative, as given: the CLI runs in the repository's root
  const good = join('samples', 'recommendations-progress-update.xlsx');
  const target = join(dir, 'portfolio.xlsx');
  const run = runCli(['check', big, good, '--as-of', '2009-11-16', '--timeout', '1', '--rollup', target]);
  expect(run.status).toBe(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
  const cells: string[][] = [];
  wb.getWorksheet('Portfolio')!.eachRow((row) => {
    const [file, second] = [row.getCell(1).value, row.getCell(2).value];
    if (file === big || file === good) cells.push([String(file), String(second)]);
  });
  expect(cells).toEqual([[good, 'Progress Update'], [big, 'gave up after 1 s: the file takes too long to check']]);
}, 60_000);
