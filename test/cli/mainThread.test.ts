import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIN_THREAD, smallWorkbook } from '../../src/cli/smallWorkbook';
import { ZipArchive } from '../../src/workbook/xlsx/zip';
import { buildPackage, escapeXml, type SheetSpec } from '../fixtures/xlsx-reader/packages';
import { CLI, ROOT } from '../support/runCli';

// One small file is checked on the main thread, where neither of a worker's limits (--timeout, 2,048 MB)
// could stop it: smallWorkbook.ts bounds what such a file can hold. Here the slowest shapes found are
// built at those bounds and run as a user runs them: each must finish far inside the least --timeout the
// main thread is given, and far under a worker's memory.
const dir = mkdtempSync(join(tmpdir(), 'tc-main-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORKER_MEMORY_MB = 2048;
const col = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const cells = (row: number, texts: readonly string[]): string =>
  `<row r="${row}">${texts.map((t, c) => `<c r="${col(c)}${row}" t="inlineStr"><is><t>${escapeXml(t)}</t></is></c>`).join('')}</row>`;
const HEADER = ['Ref', 'Action', 'Lead officer', 'Start date', 'Target date', 'Revised target', 'Date completed', '% complete', 'RAG status', 'Progress update'];
const action = (r: number): string[] => [
  `A${r}`, `Do thing ${r}`, `Officer ${r % 37}`, '01/04/2009', `${(r % 28) + 1}/0${(r % 9) + 1}/2011`, 'TBA', '', `${r % 100}%`,
  ['Red', 'Amber', 'Green', 'Complete'][r % 4]!, `Progress made on ${r}; not complete`,
];

const declared = (bytes: Uint8Array): number => new ZipArchive(bytes).entries.reduce((n, e) => n + e.size, 0);

/** the workbook `make(n)` for the largest n (up to `most`) whose parts declare no more than the bound */
function atBound(make: (n: number) => Uint8Array, most = Infinity): Uint8Array {
  let lo = 1;
  let hi = 2;
  while (hi <= most && declared(make(hi)) <= MAIN_THREAD.partsBytes) [lo, hi] = [hi, hi * 2];
  hi = Math.min(hi, most + 1);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (declared(make(mid)) <= MAIN_THREAD.partsBytes) lo = mid;
    else hi = mid;
  }
  return make(lo);
}

const oneSheet = (sheetData: string): Uint8Array => buildPackage({ sheets: [{ name: 'Plan', sheetData }] });
const SHAPES: Array<[string, () => Uint8Array]> = [
  ['a header row as wide as fits', () => atBound((n) => oneSheet(cells(1, Array.from({ length: n }, (_, c) => `Target date ${c}`)) + cells(2, Array.from({ length: n }, () => 'x'))), 16_384)],
  ['as many one-action sheets as parts allowed', () => {
    const frame = new ZipArchive(buildPackage({ sheets: [] })).entries.length;
    const sheet = (i: number): SheetSpec => ({ name: `S${i}`, sheetData: cells(1, HEADER) + cells(2, action(2)) });
    return atBound((n) => buildPackage({ sheets: Array.from({ length: n }, (_, i) => sheet(i)) }), MAIN_THREAD.parts - frame);
  }],
  ['one-cell rows', () => atBound((n) => oneSheet(Array.from({ length: n }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('')))],
  ['a header on every row', () => atBound((n) => oneSheet(Array.from({ length: n }, (_, r) => cells(r + 1, HEADER)).join('')))],
  ['a tracker', () => atBound((n) => oneSheet(cells(1, HEADER) + Array.from({ length: n }, (_, r) => cells(r + 2, action(r + 2))).join('')))],
  ['one cell of text', () => atBound((n) => oneSheet(cells(1, ['Target date '.repeat(n)])))],
];

interface Measured {
  ms: number;
  mb: number;
  status: number | null;
}

function runMeasured(args: string[]): Measured {
  const rss = join(dir, 'rss');
  rmSync(rss, { force: true });
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'bench', 'rssHook.js'), CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TRACKER_BENCH_RSS_FILE: rss },
    timeout: 60_000,
  });
  return { ms: Date.now() - started, mb: Number(readFileSync(rss, 'utf8')) / 1024, status: r.status };
}

describe('a file the main thread may check', () => {
  it.each(SHAPES)('%s: at the bounds, checked far inside the least timeout and far under the memory of a worker', (name, make) => {
    const bytes = make();
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    // at the bound (within a tenth of it, or at the most parts), and so checked on the main thread
    expect(smallWorkbook(file)).toBe(true);
    expect(declared(bytes) > 0.9 * MAIN_THREAD.partsBytes || new ZipArchive(bytes).entries.length === MAIN_THREAD.parts).toBe(true);
    for (const extra of [[], ['--json'], ['--out', join(dir, 'written.xlsx')]]) {
      const run = runMeasured(['check', file, '--as-of', '2011-03-31', ...extra]);
      expect(run.status === 0 || run.status === 1).toBe(true);
      expect(run.ms).toBeLessThan((MAIN_THREAD.leastTimeoutSeconds * 1000) / 5);
      expect(run.mb).toBeLessThan(WORKER_MEMORY_MB / 8);
    }
  }, 120_000);
});
