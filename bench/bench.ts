/**
 * Performance report for the engine and the command line, at 1,000, 10,000 and 100,000 action rows, and
 * for the start of a run.
 *
 *   npm run bench                          (= npm run build && node dist/bench/bench.js)
 *   node dist/bench/bench.js [--sizes 1000,10000,100000] [--runs 3] [--start-runs 21] [--regen] [--root <repo>]
 *
 * Every child process is timed whole, the kinds compared taking turns (one run of each, then again), and
 * the median of each kind is reported, so a ratio compares runs made under the same load. It measures:
 *  - start: a bare `node -e 0`, `node dist/cli/main.js check <100-row tracker>` and the same with
 *    --out FILE, `--start-runs` times each (21 at least); the CLI is the bundle npm run build makes, as
 *    installed, with its code cache (said whether V8 took it);
 *  - many small trackers: one `check` of 200 trackers of 40 to 160 rows (a folder), against one process in
 *    which ExcelJS merely reads each of them;
 *  - a roll-up: `check <folder> --rollup FILE` of 500 trackers of 50 to 500 rows (bench/out/rollup/), and
 *    the same check without the roll-up, against one process in which ExcelJS merely reads each of them:
 *    time and peak RSS as multiples of ExcelJS's, at most 3 runs of each (`--only-rollup` measures this alone);
 *  - for each size it generates bench/out/tracker-<rows>.xlsx when absent (see generateTracker.ts), then
 *    - engine: reads the file once with readXlsx, runs checkWorkbook once to warm up, then best of `runs`
 *      (20 at least); at 100,000 rows, also where a `check --out` run's time goes, step by step
 *      (stepTimes.ts);
 *    - check and check --json, against a plain `node -e` ExcelJS `xlsx.readFile` of the same file;
 *    - check --out FILE (the results written into a copy) against a plain ExcelJS readFile + writeFile of
 *      the same file;
 *    - peak RSS of each child process, through bench/rssHook.js (preloaded with --require);
 *    - at 10,000 rows, the engine (dist/web/engine.js) in headless Chromium on the same grid, best of the
 *      same number of runs (see browserFigures.ts);
 *  - the task pane's bundle: the gzip size of the scripts taskpane.html loads, and of the chunks loaded later.
 * It prints the figures, the targets and MET / NOT MET. It is a report: the exit code is always 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../scripts/repoRoot';
import type { WorkbookGrid } from '../src/core/grid';
import { makeSettings } from '../src/core/settings';
import { describeOutcome, measureBundle, measureEngineInChromium, outcome, type BundleSize, type ChromiumEngine } from './browserFigures';
import { generateTracker, generateTrackerWithStats } from './generateTracker';
import { STEPS, stepShares, type Step } from './stepTimes';

// The generated plans run from April 2009; a council checks a tracker during its own plan period, so the
// as-at date is the end of Q2 2010/11. (As at today every 2009–2011 target would be long overdue, which is
// not a tracker anyone submits.)
const AS_AT = '2010-09-30';
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const TARGET_ROWS = 100_000;
const LINEAR_FROM = 10_000;
const TARGETS = {
  engineRowsPerSec: 1_000_000,
  checkVsExcelJs: 0.5,
  checkRssMb: 400,
  linearFactor: 1.5,
  /** check --out against an ExcelJS read + write, at 10,000 and 100,000 rows */
  outVsRoundTrip: 0.35,
  outRssMb: 500,
  /** a 100-row tracker checked, as a multiple of a bare `node -e 0` */
  startCheck: 2.5,
  /** and written with --out */
  startOut: 3,
  /** 200 small trackers in one check, against ExcelJS merely reading them */
  manySmallVsExcelJs: 0.5,
};
const OUT_RATIO_SIZES = [10_000, 100_000];
const CHROMIUM_ROWS = 10_000;
const BUNDLE_KB = 400;
const START_ROWS = 100;
const SMALL_TRACKERS = 200;
const ROLLUP_TRACKERS = 500;
/** runs of each process in the roll-up's section: each is a pass over 500 files, so few */
const ROLLUP_RUNS = 3;
/** runs of a whole pipeline (read, check, plan, write) at TARGET_ROWS, timed and then profiled */
const STEP_RUNS = 3;

interface BrowserFigures {
  bundle: BundleSize | string;
  chromium: ChromiumEngine | string;
  /** the Node engine's time at CHROMIUM_ROWS in this run */
  nodeMs: number | null;
  runs: number;
}

interface Options {
  sizes: number[];
  runs: number;
  startRuns: number;
  regen: boolean;
  /** measure the roll-up alone */
  onlyRollup: boolean;
}

interface ChildRun {
  ms: number;
  rssKb: number | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdoutBytes: number;
}

/** a kind of child process timed: median ms and largest peak RSS, or why it failed */
type Figure = { ms: number; rssMb: number | null } | string;

interface SizeResult {
  rows: number;
  sheetRows: number | null;
  fileMb: number;
  readMs: number | null;
  engineMs: number | null;
  engineNote?: string;
  checkMs: number | null;
  checkRssMb: number | null;
  /** the same check with --json: every row and issue printed, 50 MB at 100,000 rows */
  jsonMs: number | null;
  jsonRssMb: number | null;
  checkNote?: string;
  checkOutput?: string;
  excelJsMs: number | null;
  excelJsRssMb: number | null;
  excelJsNote?: string;
  /** check --out FILE: the results written into a copy of the workbook */
  outMs: number | null;
  outRssMb: number | null;
  outNote?: string;
  /** a plain ExcelJS readFile + writeFile of the same file */
  roundTripMs: number | null;
  roundTripRssMb: number | null;
  roundTripNote?: string;
}

interface StartResult {
  bare: Figure;
  check: Figure;
  out: Figure;
  runs: number;
  /** what became of the checker's code cache (src/cli/codeCache.ts) */
  codeCache: string;
}

interface ManySmallResult {
  files: number;
  rows: string;
  check: Figure;
  excelJs: Figure;
  runs: number;
}

interface RollupResult {
  files: number;
  rows: string;
  /** check <folder> --rollup FILE */
  rollup: Figure;
  /** the same check without the roll-up */
  check: Figure;
  excelJs: Figure;
  runs: number;
}

interface StepsResult {
  /** the best of STEP_RUNS whole pipelines, unprofiled */
  totalMs: number;
  shares: Record<Step, number>;
}

function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { sizes: DEFAULT_SIZES, runs: 3, startRuns: 21, regen: false, onlyRollup: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') opts.sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--start-runs') opts.startRuns = Math.max(21, Number(argv[++i]));
    else if (a === '--regen') opts.regen = true;
    else if (a === '--only-rollup') opts.onlyRollup = true;
    else if (a === '--root') i++;
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers, e.g. 1000,10000');
  if (!Number.isInteger(opts.runs) || !Number.isInteger(opts.startRuns)) throw new Error('--runs and --start-runs take whole numbers');
  return opts;
}

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `node --require rssHook <args>` in the repository root; stdout goes to a file, as a user's would. */
function runChild(root: string, args: readonly string[], tmp: string, label: string): Promise<ChildRun> {
  const rssFile = path.join(tmp, `${label}.rss`);
  const outFile = path.join(tmp, `${label}.out`);
  rmSync(rssFile, { force: true });
  const out = openSync(outFile, 'w');
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(process.execPath, ['--require', path.join(root, 'bench', 'rssHook.js'), ...args], {
      cwd: root,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, TRACKER_BENCH_RSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', (err) => {
      closeSync(out);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const ms = nowMs() - t0;
      closeSync(out);
      let rssKb: number | null = null;
      if (existsSync(rssFile)) {
        const n = Number(readFileSync(rssFile, 'utf8'));
        rssKb = Number.isFinite(n) && n > 0 ? n : null;
      }
      resolve({ ms, rssKb, code, signal, stderr, stdoutBytes: statSync(outFile).size });
    });
  });
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  ).slice(0, 200);
}

/** One kind of child process to time: its arguments, and why a run of it failed (null when it did not). */
interface ChildSpec {
  readonly label: string;
  readonly args: readonly string[];
  readonly failure: (run: ChildRun) => string | null;
  /** told of each run that did not fail, with its number (from 0) */
  readonly onRun?: (run: ChildRun, i: number) => void;
}

/**
 * Runs each kind `runs` times, taking turns (one of each, then again), so that a slower spell of the
 * machine falls on every kind alike: for each, the median time and largest peak RSS, or why a run failed
 * (a kind that fails is not run again).
 */
async function alternate(root: string, tmp: string, specs: readonly ChildSpec[], runs: number): Promise<Figure[]> {
  const times = specs.map((): number[] => []);
  const rss = specs.map((): number[] => []);
  const failed: Array<string | null> = specs.map(() => null);
  for (let i = 0; i < runs; i++) {
    for (const [k, spec] of specs.entries()) {
      if (failed[k] !== null) continue;
      const run = await runChild(root, spec.args, tmp, spec.label);
      const problem = run.signal ? `killed by ${run.signal}` : spec.failure(run);
      if (problem) {
        failed[k] = problem;
        continue;
      }
      spec.onRun?.(run, i);
      times[k]!.push(run.ms);
      if (run.rssKb !== null) rss[k]!.push(run.rssKb);
    }
  }
  return specs.map((_, k) => failed[k] ?? { ms: median(times[k]!), rssMb: rss[k]!.length ? Math.max(...rss[k]!) / 1024 : null });
}

const exitedWith = (...codes: number[]) => (run: ChildRun): string | null =>
  run.code !== null && codes.includes(run.code) ? null : `exit ${run.code ?? run.signal}: ${firstLine(run.stderr)}`;

async function ensureTracker(root: string, rows: number, regen: boolean): Promise<{ file: string; sheetRows: number | null }> {
  const dir = path.join(root, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `tracker-${rows}.xlsx`);
  if (existsSync(file) && !regen) return { file, sheetRows: null };
  const t0 = nowMs();
  const s = await generateTrackerWithStats(file, rows, 1);
  console.log(
    `generated ${path.relative(root, file)}: ${s.rows.toLocaleString('en-GB')} action rows, ${s.sheetRows.toLocaleString('en-GB')} sheet rows, ` +
      `${((nowMs() - t0) / 1000).toFixed(1)} s`,
  );
  return { file, sheetRows: s.sheetRows };
}

/** the rows of small tracker `i` of the SMALL_TRACKERS: 40 to 160, spread over the set */
const smallRows = (i: number): number => 40 + ((i * 37) % 121);

/** bench/out/small/: SMALL_TRACKERS trackers of 40 to 160 rows, each with a seed of its own */
async function ensureSmallTrackers(root: string, regen: boolean): Promise<string> {
  const dir = path.join(root, 'bench', 'out', 'small');
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length : 0;
  if (have === SMALL_TRACKERS && !regen) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < SMALL_TRACKERS; i++) await generateTracker(path.join(dir, `tracker-${String(i + 1).padStart(3, '0')}.xlsx`), smallRows(i), i + 1);
  console.log(`generated ${path.relative(root, dir)}: ${SMALL_TRACKERS} trackers of ${smallRows(0)} to 160 action rows`);
  return dir;
}

/** the rows of roll-up tracker `i`: 50 to 500, spread over the set */
const rollupRows = (i: number): number => 50 + ((i * 97) % 451);

/** bench/out/rollup/: ROLLUP_TRACKERS trackers of 50 to 500 rows, each with a seed of its own */
async function ensureRollupTrackers(root: string, regen: boolean): Promise<string> {
  const dir = path.join(root, 'bench', 'out', 'rollup');
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length : 0;
  if (have === ROLLUP_TRACKERS && !regen) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = nowMs();
  for (let i = 0; i < ROLLUP_TRACKERS; i++) await generateTracker(path.join(dir, `tracker-${String(i + 1).padStart(3, '0')}.xlsx`), rollupRows(i), 1000 + i);
  console.log(`generated ${path.relative(root, dir)}: ${ROLLUP_TRACKERS} trackers of 50 to 500 action rows, ${((nowMs() - t0) / 1000).toFixed(1)} s`);
  return dir;
}

/** ExcelJS merely reading each .xlsx of the folder named in argv[1], one after another */
const EXCELJS_READ_EACH =
  "const fs = require('fs'), path = require('path'), ExcelJS = require('exceljs'); const dir = process.argv[1];" +
  "(async () => { for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) await new ExcelJS.Workbook().xlsx.readFile(path.join(dir, f)); })()" +
  '.then(() => {}, (e) => { console.error(e); process.exit(2); })';

/** the roll-up of ROLLUP_TRACKERS trackers, the same check without it, and ExcelJS reading the files, taking turns */
async function measureRollup(root: string, tmp: string, regen: boolean, runs: number): Promise<RollupResult> {
  const dir = await ensureRollupTrackers(root, regen);
  const check = [bundledCli(root), 'check', dir, '--as-of', AS_AT];
  const [rollup, checked, excelJs] = await alternate(root, tmp, [
    { label: 'rollup', args: [...check, '--rollup', path.join(tmp, 'portfolio.xlsx')], failure: exitedWith(0, 1) },
    { label: 'rollup-check', args: check, failure: exitedWith(0, 1) },
    { label: 'rollup-exceljs', args: ['-e', EXCELJS_READ_EACH, dir], failure: exitedWith(0) },
  ], runs);
  return { files: ROLLUP_TRACKERS, rows: '50–500', rollup: rollup!, check: checked!, excelJs: excelJs!, runs };
}

function reportRollup(r: RollupResult | string): void {
  console.log('');
  if (typeof r === 'string') {
    console.log(`roll-up: not measured (${r})`);
    return;
  }
  const base = typeof r.excelJs === 'string' ? null : r.excelJs;
  console.log(`Roll-up of ${r.files} trackers of ${r.rows} rows in one folder, ${r.runs} runs of each taking turns, medians:`);
  console.log(
    table(
      ['process', 'ms', '× ExcelJS', 'RSS MB', 'RSS × ExcelJS'],
      ([
        ['check <folder> --rollup FILE', r.rollup],
        ['check <folder>', r.check],
        ['ExcelJS readFile of each', r.excelJs],
      ] as const).map(([label, f]) => [
        label,
        fmtMs(figureMs(f)),
        times(figureMs(f), base?.ms ?? null),
        typeof f === 'string' ? 'n/a' : fmtMb(f.rssMb),
        typeof f === 'string' ? 'n/a' : times(f.rssMb, base?.rssMb ?? null),
      ]),
    ),
  );
  for (const [label, f] of [['check --rollup', r.rollup], ['check', r.check], ['ExcelJS', r.excelJs]] as const) if (typeof f === 'string') console.log(`  ${label} failed: ${f}`);
}

const benchSettings = () => ({ ...makeSettings({ asAt: AS_AT }), asAt: AS_AT });

async function measureEngine(
  file: string,
  runs: number,
): Promise<{ readMs: number; engineMs: number; sheetRows: number | null; grid: WorkbookGrid; outcome: string } | string> {
  let readXlsx: typeof import('../src/workbook/xlsx/readXlsx').readXlsx;
  let checkWorkbook: typeof import('../src/core/checkWorkbook').checkWorkbook;
  try {
    ({ readXlsx } = await import('../src/workbook/xlsx/readXlsx'));
    ({ checkWorkbook } = await import('../src/core/checkWorkbook'));
  } catch (err) {
    return `engine modules not available (${firstLine(String(err))})`;
  }
  const settings = benchSettings();
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = nowMs();
  const grid = readXlsx(bytes);
  const readMs = nowMs() - t0;
  const warmUp = checkWorkbook(grid, settings);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = nowMs();
    checkWorkbook(grid, settings);
    best = Math.min(best, nowMs() - t);
  }
  return { readMs, engineMs: best, sheetRows: grid.sheets[0]?.rowCount ?? null, grid, outcome: outcome(warmUp) };
}

/**
 * Where a `check --out` run's time goes at `file`: the pipeline the CLI runs (processWorkbook: read,
 * check, plan, write), best of STEP_RUNS, and the share of each step, sampled over as many more.
 */
async function measureSteps(file: string): Promise<StepsResult | string> {
  let processWorkbook: typeof import('../src/workbook/xlsx/processWorkbook').processWorkbook;
  try {
    ({ processWorkbook } = await import('../src/workbook/xlsx/processWorkbook'));
  } catch (err) {
    return `processWorkbook not available (${firstLine(String(err))})`;
  }
  const bytes = new Uint8Array(readFileSync(file));
  const run = (): void => {
    const processed = processWorkbook(bytes, { asAt: AS_AT }, { write: true, save: false, today: AS_AT });
    if (!processed.bytes) throw new Error(`the pipeline wrote nothing (${processed.notWritten ?? 'no reason given'})`);
  };
  run();
  let totalMs = Infinity;
  for (let i = 0; i < STEP_RUNS; i++) {
    const t = nowMs();
    run();
    totalMs = Math.min(totalMs, nowMs() - t);
  }
  return { totalMs, shares: await stepShares(run, STEP_RUNS) };
}

/** the bundle as installed: what the start figures run */
const bundledCli = (root: string): string => path.join(root, 'dist', 'cli', 'main.js');

/** whether V8 takes the checker's code cache in a fresh process, as the CLI loads it */
function codeCacheUse(root: string): string {
  const loader = path.join(root, 'dist', 'src', 'cli', 'codeCache.js');
  const bundle = path.join(root, 'dist', 'cli', 'worker.js');
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}).cache)`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : `not known (${firstLine(r.stderr)})`;
}

async function measureStart(root: string, tmp: string, regen: boolean, runs: number): Promise<StartResult> {
  const cli = bundledCli(root);
  const { file } = await ensureTracker(root, START_ROWS, regen);
  const check = [cli, 'check', file, '--as-of', AS_AT];
  const out = path.join(tmp, `start-${START_ROWS}.xlsx`);
  const [bare, checked, written] = await alternate(root, tmp, [
    { label: 'bare', args: ['-e', '0'], failure: exitedWith(0) },
    { label: 'start-check', args: check, failure: exitedWith(0, 1) },
    { label: 'start-out', args: [...check, '--out', out], failure: exitedWith(0, 1) },
  ], runs);
  return { bare: bare!, check: checked!, out: written!, runs, codeCache: codeCacheUse(root) };
}

async function measureManySmall(root: string, tmp: string, regen: boolean, runs: number): Promise<ManySmallResult> {
  const dir = await ensureSmallTrackers(root, regen);
  const read = EXCELJS_READ_EACH;
  const [check, excelJs] = await alternate(root, tmp, [
    { label: 'small-check', args: [bundledCli(root), 'check', dir, '--as-of', AS_AT], failure: exitedWith(0, 1) },
    { label: 'small-exceljs', args: ['-e', read, dir], failure: exitedWith(0) },
  ], runs);
  return { files: SMALL_TRACKERS, rows: `${smallRows(0)}–160`, check: check!, excelJs: excelJs!, runs };
}

async function measureProcesses(root: string, file: string, rows: number, runs: number, tmp: string, r: SizeResult): Promise<void> {
  const cli = bundledCli(root);
  if (!existsSync(cli)) {
    r.checkNote = `${path.relative(root, cli)} not found (run npm run build)`;
    return;
  }
  const out = path.join(tmp, `out-${rows}.xlsx`);
  const copy = path.join(tmp, `exceljs-${rows}.xlsx`);
  const readFile =
    "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1])" +
    '.then(() => {}, (e) => { console.error(e); process.exit(2); })';
  const roundTrip =
    "const wb = new (require('exceljs').Workbook)(); wb.xlsx.readFile(process.argv[1]).then(() => wb.xlsx.writeFile(process.argv[2]))" +
    '.then(() => {}, (e) => { console.error(e); process.exit(2); })';
  const describeJson = (run: ChildRun, i: number): void => {
    if (i > 0) return;
    // --json writes one JSON object per file, one per line
    let valid = 'not JSON';
    try {
      const lines = readFileSync(path.join(tmp, `json-${rows}.out`), 'utf8').split('\n').filter((l) => l.trim() !== '');
      for (const l of lines) JSON.parse(l);
      valid = lines.length === 1 ? 'valid JSON' : `${lines.length} JSON lines`;
    } catch {
      // reported as "not JSON"
    }
    r.checkOutput = `${(run.stdoutBytes / 1024 / 1024).toFixed(1)} MB ${valid}, exit ${run.code}`;
  };
  const [check, json, excelJs, written, copied] = await alternate(root, tmp, [
    { label: `check-${rows}`, args: [cli, 'check', file, '--as-of', AS_AT], failure: exitedWith(0, 1) },
    { label: `json-${rows}`, args: [cli, 'check', file, '--as-of', AS_AT, '--json'], failure: exitedWith(0, 1), onRun: describeJson },
    { label: `exceljs-${rows}`, args: ['-e', readFile, file], failure: exitedWith(0) },
    {
      label: `out-${rows}`,
      args: [cli, 'check', file, '--as-of', AS_AT, '--out', out],
      failure: (run) => exitedWith(0, 1)(run) ?? (statSync(out).size > 0 ? null : 'wrote an empty file'),
    },
    { label: `roundtrip-${rows}`, args: ['-e', roundTrip, file, copy], failure: exitedWith(0) },
  ], runs);
  if (typeof check === 'string') r.checkNote = `check failed (${check})`;
  else [r.checkMs, r.checkRssMb] = [check!.ms, check!.rssMb];
  if (typeof json === 'string') r.checkNote = `check --json failed (${json})`;
  else [r.jsonMs, r.jsonRssMb] = [json!.ms, json!.rssMb];
  if (typeof excelJs === 'string') r.excelJsNote = `ExcelJS readFile failed (${excelJs})`;
  else [r.excelJsMs, r.excelJsRssMb] = [excelJs!.ms, excelJs!.rssMb];
  if (typeof written === 'string') r.outNote = `check --out failed (${written})`;
  else [r.outMs, r.outRssMb] = [written!.ms, written!.rssMb];
  if (typeof copied === 'string') r.roundTripNote = `ExcelJS read + write failed (${copied})`;
  else [r.roundTripMs, r.roundTripRssMb] = [copied!.ms, copied!.rssMb];
}

// ---------------------------------------------------------------------------------------------------------
// Report

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const fmtMs = (n: number | null): string => (n === null ? 'n/a' : n < 100 ? n.toFixed(1) : fmtInt(n));
const fmtMb = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(0));
const figureMs = (f: Figure): number | null => (typeof f === 'string' ? null : f.ms);
const times = (a: number | null, b: number | null): string => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(ok: boolean | null): string {
  return ok === null ? 'NOT MET (not measured)' : ok ? 'MET' : 'NOT MET';
}

function reportStart(start: StartResult | string, many: ManySmallResult | string): void {
  console.log('');
  if (typeof start === 'string') console.log(`start: not measured (${start})`);
  else {
    const bare = figureMs(start.bare);
    console.log(`Start of a run: whole processes, ${start.runs} runs of each taking turns, medians; the checker's code cache ${start.codeCache}:`);
    console.log(
      table(
        ['process', 'ms', '× node -e 0', 'RSS MB'],
        [
          ['node -e 0', start.bare, null] as const,
          [`check, ${START_ROWS}-row tracker`, start.check, bare] as const,
          [`check --out, ${START_ROWS}-row tracker`, start.out, bare] as const,
        ].map(([label, f, base]) => [label, fmtMs(figureMs(f)), base === null ? '1.00×' : times(figureMs(f), base), typeof f === 'string' ? 'n/a' : fmtMb(f.rssMb)]),
      ),
    );
    for (const [label, f] of [['node -e 0', start.bare], ['check', start.check], ['check --out', start.out]] as const) if (typeof f === 'string') console.log(`  ${label} failed: ${f}`);
  }
  console.log('');
  if (typeof many === 'string') console.log(`many small trackers: not measured (${many})`);
  else {
    console.log(`${many.files} trackers of ${many.rows} rows in one folder, ${many.runs} runs of each taking turns, medians:`);
    console.log(
      table(
        ['process', 'ms', '× ExcelJS', 'RSS MB'],
        [
          ['check <folder>', many.check],
          ['ExcelJS readFile of each', many.excelJs],
        ].map(([label, f]) => [label as string, fmtMs(figureMs(f as Figure)), times(figureMs(f as Figure), figureMs(many.excelJs)), typeof f === 'string' ? 'n/a' : fmtMb((f as { rssMb: number | null }).rssMb)]),
      ),
    );
    for (const [label, f] of [['check', many.check], ['ExcelJS', many.excelJs]] as const) if (typeof f === 'string') console.log(`  ${label} failed: ${f}`);
  }
}

function reportSteps(steps: StepsResult | string | null): void {
  console.log('');
  if (steps === null) return;
  if (typeof steps === 'string') {
    console.log(`where the time goes at ${fmtInt(TARGET_ROWS)} rows: not measured (${steps})`);
    return;
  }
  console.log(`Where a check --out run's time goes at ${fmtInt(TARGET_ROWS)} rows: the pipeline (read, check, plan, write) best of ${STEP_RUNS},`);
  console.log(`${fmtMs(steps.totalMs)} ms, shared out by V8's sampling profiler over ${STEP_RUNS} more (each sample to the innermost step on its stack):`);
  console.log(table(['step', 'ms', 'share'], STEPS.map((s) => [s, fmtMs(steps.totalMs * steps.shares[s]), `${(steps.shares[s] * 100).toFixed(1)} %`])));
}

function report(results: SizeResult[], browser: BrowserFigures, start: StartResult | string, many: ManySmallResult | string, steps: StepsResult | string | null): void {
  console.log('');
  console.log(`Tracker Check benchmark — as-at ${AS_AT}, node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log('rows = action rows; the sheet also holds title, header, section, blank and continuation rows.');
  reportStart(start, many);
  console.log('');
  console.log(
    table(
      [
        'rows',
        'sheet rows',
        'file MB',
        'readXlsx ms',
        'engine ms',
        'engine rows/s',
        'check ms',
        'check --json ms',
        'ExcelJS ms',
        'check/ExcelJS',
        '--json/ExcelJS',
        'check RSS MB',
        '--json RSS MB',
        'ExcelJS RSS MB',
      ],
      results.map((r) => [
        fmtInt(r.rows),
        r.sheetRows === null ? '-' : fmtInt(r.sheetRows),
        r.fileMb.toFixed(1),
        fmtMs(r.readMs),
        fmtMs(r.engineMs),
        r.engineMs === null ? 'n/a' : fmtInt(r.rows / (r.engineMs / 1000)),
        fmtMs(r.checkMs),
        fmtMs(r.jsonMs),
        fmtMs(r.excelJsMs),
        times(r.checkMs, r.excelJsMs),
        times(r.jsonMs, r.excelJsMs),
        fmtMb(r.checkRssMb),
        fmtMb(r.jsonRssMb),
        fmtMb(r.excelJsRssMb),
      ]),
    ),
  );
  console.log('engine ms: checkWorkbook on a grid already read, best of 20 runs or more after a warm-up; check and ExcelJS ms:');
  console.log('whole child processes taking turns, median of runs; check is the command as a user types it (the report with');
  console.log('at most 200 issues a sheet), check --json prints every row and issue; RSS: peak resident set size of the child');
  console.log('(its own high-water mark, VmHWM on Linux), largest over runs.');
  console.log('');
  console.log('Writing the results into a copy (check --out FILE) against a plain ExcelJS readFile + writeFile:');
  console.log(
    table(
      ['rows', 'check --out ms', 'ExcelJS read+write ms', '--out/ExcelJS', '--out RSS MB', 'ExcelJS read+write RSS MB'],
      results.map((r) => [
        fmtInt(r.rows),
        fmtMs(r.outMs),
        fmtMs(r.roundTripMs),
        times(r.outMs, r.roundTripMs),
        fmtMb(r.outRssMb),
        fmtMb(r.roundTripRssMb),
      ]),
    ),
  );
  for (const r of results) {
    for (const note of [r.engineNote, r.checkNote, r.excelJsNote, r.outNote, r.roundTripNote]) if (note) console.log(`  ${fmtInt(r.rows)} rows: ${note}`);
    if (r.checkOutput) console.log(`  ${fmtInt(r.rows)} rows: check output ${r.checkOutput}`);
  }
  reportSteps(steps);

  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const { bundle, chromium } = browser;
  console.log('');
  if (typeof bundle === 'string') console.log(`task pane bundle: not measured (${bundle})`);
  else {
    console.log(`task pane bundle, gzip: initial ${kb(bundle.initialGzip)} (${bundle.initialFiles.join(', ')}, as taskpane.html loads it; Office.js not counted)`);
    console.log(`                        loaded later ${kb(bundle.lazyGzip)} (${bundle.lazyFiles.length} chunks: ${bundle.lazyFiles.join(', ')})`);
  }
  if (typeof chromium === 'string') console.log(`engine in Chromium, ${fmtInt(CHROMIUM_ROWS)} rows: not measured (${chromium})`);
  else {
    const vsNode = browser.nodeMs === null ? 'n/a' : `${(chromium.ms / browser.nodeMs).toFixed(2)}× Node's ${fmtMs(browser.nodeMs)} ms`;
    console.log(
      `engine in Chromium, ${fmtInt(CHROMIUM_ROWS)} rows: ${fmtMs(chromium.ms)} ms, ${fmtInt(CHROMIUM_ROWS / (chromium.ms / 1000))} rows/s, ${vsNode} ` +
        `(dist/web/engine.js in headless Chromium, best of ${browser.runs} after a warm-up)`,
    );
    console.log(`                                 the same result as Node's: ${describeOutcome(chromium.outcome)}`);
  }

  const at = results.find((r) => r.rows === TARGET_ROWS);
  const from = results.find((r) => r.rows === LINEAR_FROM);
  const perRow = (ms: number | null, rows: number): number | null => (ms === null ? null : ms / rows);
  const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a / b);
  const engineRate = at && at.engineMs !== null ? at.rows / (at.engineMs / 1000) : null;
  const checkRatio = at ? ratio(at.checkMs, at.excelJsMs) : null;
  const jsonRatio = at ? ratio(at.jsonMs, at.excelJsMs) : null;
  const engineLinear = at && from ? ratio(perRow(at.engineMs, at.rows), perRow(from.engineMs, from.rows)) : null;
  const checkLinear = at && from ? ratio(perRow(at.checkMs, at.rows), perRow(from.checkMs, from.rows)) : null;
  const ratioRow = (target: string, measured: number | null, allowed: number): string[] => [
    target,
    measured === null ? 'n/a' : `${measured.toFixed(2)}×`,
    verdict(measured === null ? null : measured <= allowed),
  ];
  const startOf = (f: 'check' | 'out'): number | null => (typeof start === 'string' ? null : ratio(figureMs(start[f]), figureMs(start.bare)));

  const targetRows: string[][] = [
    ratioRow(`check of a ${START_ROWS}-row tracker ≤ ${TARGETS.startCheck}× node -e 0`, startOf('check'), TARGETS.startCheck),
    ratioRow(`check --out of a ${START_ROWS}-row tracker ≤ ${TARGETS.startOut}× node -e 0`, startOf('out'), TARGETS.startOut),
    ratioRow(
      `check of ${SMALL_TRACKERS} small trackers ≤ ${TARGETS.manySmallVsExcelJs}× ExcelJS reading them`,
      typeof many === 'string' ? null : ratio(figureMs(many.check), figureMs(many.excelJs)),
      TARGETS.manySmallVsExcelJs,
    ),
    [
      `engine ≥ ${fmtInt(TARGETS.engineRowsPerSec)} rows/s at ${fmtInt(TARGET_ROWS)} rows`,
      engineRate === null ? 'n/a' : `${fmtInt(engineRate)} rows/s`,
      verdict(engineRate === null ? null : engineRate >= TARGETS.engineRowsPerSec),
    ],
    ratioRow(`check ≤ ${TARGETS.checkVsExcelJs}× ExcelJS readFile at ${fmtInt(TARGET_ROWS)} rows`, checkRatio, TARGETS.checkVsExcelJs),
    ratioRow(`check --json ≤ ${TARGETS.checkVsExcelJs}× ExcelJS readFile at ${fmtInt(TARGET_ROWS)} rows`, jsonRatio, TARGETS.checkVsExcelJs),
    [
      `check peak RSS < ${TARGETS.checkRssMb} MB at ${fmtInt(TARGET_ROWS)} rows`,
      at?.checkRssMb == null ? 'n/a' : `${at.checkRssMb.toFixed(0)} MB`,
      verdict(at?.checkRssMb == null ? null : at.checkRssMb < TARGETS.checkRssMb),
    ],
    [
      `check --json peak RSS < ${TARGETS.checkRssMb} MB at ${fmtInt(TARGET_ROWS)} rows`,
      at?.jsonRssMb == null ? 'n/a' : `${at.jsonRssMb.toFixed(0)} MB`,
      verdict(at?.jsonRssMb == null ? null : at.jsonRssMb < TARGETS.checkRssMb),
    ],
    ratioRow(`linear: engine time/row at ${fmtInt(TARGET_ROWS)} ≤ ${TARGETS.linearFactor}× that at ${fmtInt(LINEAR_FROM)}`, engineLinear, TARGETS.linearFactor),
    ratioRow(`linear: check time/row at ${fmtInt(TARGET_ROWS)} ≤ ${TARGETS.linearFactor}× that at ${fmtInt(LINEAR_FROM)}`, checkLinear, TARGETS.linearFactor),
  ];
  for (const rows of OUT_RATIO_SIZES) {
    const r = results.find((x) => x.rows === rows);
    targetRows.push(ratioRow(`check --out ≤ ${TARGETS.outVsRoundTrip}× ExcelJS read + write at ${fmtInt(rows)} rows`, r ? ratio(r.outMs, r.roundTripMs) : null, TARGETS.outVsRoundTrip));
  }
  targetRows.push([
    `check --out peak RSS < ${TARGETS.outRssMb} MB at ${fmtInt(TARGET_ROWS)} rows`,
    at?.outRssMb == null ? 'n/a' : `${at.outRssMb.toFixed(0)} MB`,
    verdict(at?.outRssMb == null ? null : at.outRssMb < TARGETS.outRssMb),
  ]);
  const initial = typeof bundle === 'string' ? null : bundle.initialGzip;
  targetRows.push([
    `task pane initial bundle < ${BUNDLE_KB} KB gzip`,
    initial === null ? 'n/a' : kb(initial),
    verdict(initial === null ? null : initial < BUNDLE_KB * 1024),
  ]);
  console.log('');
  console.log(table(['target', 'measured', 'verdict'], targetRows));
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const root = repoRoot(__dirname);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-'));
  const results: SizeResult[] = [];
  const runs = Math.max(20, opts.runs);
  const browser: BrowserFigures = {
    bundle: measureBundle(path.join(root, 'dist', 'addin')),
    chromium: `${fmtInt(CHROMIUM_ROWS)} is not among --sizes`,
    nodeMs: null,
    runs,
  };
  let steps: StepsResult | string | null = null;
  try {
    const cli = bundledCli(root);
    const missing = existsSync(cli) ? null : `${path.relative(root, cli)} not found (run npm run build)`;
    if (opts.onlyRollup) {
      process.stdout.write(`measuring a roll-up of ${ROLLUP_TRACKERS} trackers`);
      const rollup = missing ?? (await measureRollup(root, tmp, opts.regen, Math.min(ROLLUP_RUNS, opts.runs)));
      process.stdout.write(' — done\n');
      reportRollup(rollup);
      return;
    }
    process.stdout.write('measuring the start of a run');
    const start = missing ?? (await measureStart(root, tmp, opts.regen, opts.startRuns));
    process.stdout.write(`, ${SMALL_TRACKERS} small trackers`);
    const many = missing ?? (await measureManySmall(root, tmp, opts.regen, Math.max(5, opts.runs)));
    process.stdout.write(`, a roll-up of ${ROLLUP_TRACKERS} trackers`);
    const rollup = missing ?? (await measureRollup(root, tmp, opts.regen, Math.min(ROLLUP_RUNS, opts.runs)));
    process.stdout.write(' — done\n');
    for (const rows of opts.sizes) {
      const { file, sheetRows } = await ensureTracker(root, rows, opts.regen);
      const r: SizeResult = {
        rows,
        sheetRows,
        fileMb: statSync(file).size / 1024 / 1024,
        readMs: null,
        engineMs: null,
        checkMs: null,
        jsonMs: null,
        jsonRssMb: null,
        checkRssMb: null,
        excelJsMs: null,
        excelJsRssMb: null,
        outMs: null,
        outRssMb: null,
        roundTripMs: null,
        roundTripRssMb: null,
      };
      process.stdout.write(`measuring ${fmtInt(rows)} rows: engine`);
      // The engine is timed in this process, where the machine's noise is large and a run is cheap: best of
      // 20 at least, since the least time is the engine's own and the rest is other work on the machine.
      const engine = await measureEngine(file, runs);
      if (typeof engine === 'string') {
        r.engineNote = engine;
        if (rows === CHROMIUM_ROWS) browser.chromium = 'the engine could not be measured in Node';
      } else {
        r.readMs = engine.readMs;
        r.engineMs = engine.engineMs;
        r.sheetRows ??= engine.sheetRows;
        if (rows === CHROMIUM_ROWS) {
          // right after Node's runs, on the same grid, so the ratio compares like with like
          process.stdout.write(', engine in Chromium');
          browser.nodeMs = engine.engineMs;
          browser.chromium = await measureEngineInChromium(path.join(root, 'dist', 'web', 'engine.js'), engine.grid, benchSettings(), runs, engine.outcome);
        }
      }
      if (rows === TARGET_ROWS) {
        process.stdout.write(', where the time goes');
        steps = await measureSteps(file);
      }
      process.stdout.write(', check and ExcelJS processes');
      await measureProcesses(root, file, rows, opts.runs, tmp, r);
      process.stdout.write(' — done\n');
      results.push(r);
    }
    report(results, browser, start, many, steps);
    reportRollup(rollup);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  // a report: say what went wrong, but never fail the run
  console.error('benchmark could not complete:', err);
}).finally(() => {
  process.exitCode = 0;
});
