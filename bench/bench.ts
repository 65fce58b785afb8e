/**
 * Performance report for the engine and the command line, at 1,000, 10,000 and 100,000 action rows.
 *
 *   npm run bench                          (= npm run build && node dist/bench/bench.js)
 *   node dist/bench/bench.js [--sizes 1000,10000,100000] [--runs 3] [--regen] [--root <repo>]
 *
 * For each size it generates bench/out/tracker-<rows>.xlsx when absent (see generateTracker.ts), then
 *  - engine: reads the file once with readXlsx, runs checkWorkbook once to warm up, then best of `runs`
 *    (20 at least);
 *  - check: the whole CLI process, `node dist/src/cli/main.js check <file> --as-of 2010-09-30`, and the same
 *    with --json,
 *    against a plain `node -e` ExcelJS `xlsx.readFile` of the same file; median of `runs` each;
 *  - check --out FILE (the results written into a copy) against a plain ExcelJS readFile + writeFile of the
 *    same file, median of `runs` each;
 *  - peak RSS of each child process, through bench/rssHook.js (preloaded with --require);
 *  - at 10,000 rows, the engine (dist/web/engine.js) in headless Chromium on the same grid, best of the same
 *    number of runs (see browserFigures.ts);
 *  - the task pane's bundle: the gzip size of the scripts taskpane.html loads, and of the chunks loaded later.
 * It prints the figures, the targets and MET / NOT MET. It is a report: the exit code is always 0.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../scripts/repoRoot';
import type { WorkbookGrid } from '../src/core/grid';
import { makeSettings } from '../src/core/settings';
import { describeOutcome, measureBundle, measureEngineInChromium, outcome, type BundleSize, type ChromiumEngine } from './browserFigures';
import { generateTrackerWithStats } from './generateTracker';

// The generated plans run from April 2009; a council checks a tracker during its own plan period, so the
// as-at date is the end of Q2 2010/11. (As at today every 2009–2011 target would be long overdue, which is
// not a tracker anyone submits.)
const AS_AT = '2010-09-30';
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const TARGET_ROWS = 100_000;
const LINEAR_FROM = 10_000;
const TARGETS = {
  engineRowsPerSec: 500_000,
  checkVsExcelJs: 0.5,
  checkRssMb: 400,
  linearFactor: 1.5,
  /** check --out against an ExcelJS read + write, at 10,000 and 100,000 rows */
  outVsRoundTrip: 0.35,
  outRssMb: 500,
};
const OUT_RATIO_SIZES = [10_000, 100_000];
const CHROMIUM_ROWS = 10_000;
const BUNDLE_KB = 400;

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
  regen: boolean;
}

interface ChildRun {
  ms: number;
  rssKb: number | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdoutBytes: number;
}

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
  checkExit?: number | null;
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

function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { sizes: DEFAULT_SIZES, runs: 3, regen: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') opts.sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--regen') opts.regen = true;
    else if (a === '--root') i++;
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers, e.g. 1000,10000');
  if (!Number.isInteger(opts.runs)) throw new Error('--runs takes a whole number');
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

async function measureProcesses(root: string, file: string, rows: number, runs: number, tmp: string, r: SizeResult): Promise<void> {
  const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(cli)) {
    r.checkNote = `${path.relative(root, cli)} not found (run npm run build)`;
  } else {
    for (const json of [false, true]) {
      const times: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < runs; i++) {
        const args = [cli, 'check', file, '--as-of', AS_AT, ...(json ? ['--json'] : [])];
        const run = await runChild(root, args, tmp, `check-${rows}`);
        r.checkExit = run.code;
        if (run.signal || run.code === null || run.code > 1) {
          r.checkNote = `check${json ? ' --json' : ''} failed (exit ${run.code ?? run.signal}): ${firstLine(run.stderr)}`;
          break;
        }
        times.push(run.ms);
        if (run.rssKb !== null) rss.push(run.rssKb);
        if (json && i === 0) {
          const outFile = path.join(tmp, `check-${rows}.out`);
          // --json writes one JSON object per file, one per line
          let valid = 'not JSON';
          try {
            const lines = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
            for (const l of lines) JSON.parse(l);
            valid = lines.length === 1 ? 'valid JSON' : `${lines.length} JSON lines`;
          } catch {
            // reported as "not JSON"
          }
          r.checkOutput = `${(run.stdoutBytes / 1024 / 1024).toFixed(1)} MB ${valid}, exit ${run.code}`;
        }
      }
      if (times.length === runs) {
        const ms = median(times);
        const mb = rss.length ? Math.max(...rss) / 1024 : null;
        if (json) [r.jsonMs, r.jsonRssMb] = [ms, mb];
        else [r.checkMs, r.checkRssMb] = [ms, mb];
      }
    }
  }

  const script =
    "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1])" +
    '.then(() => {}, (e) => { console.error(e); process.exit(2); })';
  const read = await medianOfRuns(root, ['-e', script, file], runs, tmp, `exceljs-${rows}`, (run) =>
    run.code === 0 ? null : `exit ${run.code ?? run.signal}: ${firstLine(run.stderr)}`,
  );
  if (typeof read === 'string') r.excelJsNote = `ExcelJS readFile failed (${read})`;
  else [r.excelJsMs, r.excelJsRssMb] = [read.ms, read.rssMb];

  if (existsSync(cli)) {
    const out = path.join(tmp, `out-${rows}.xlsx`);
    const measured = await medianOfRuns(root, [cli, 'check', file, '--as-of', AS_AT, '--out', out], runs, tmp, `out-${rows}`, (run) =>
      run.code === 0 || run.code === 1 ? (statSync(out).size > 0 ? null : 'wrote an empty file') : `exit ${run.code ?? run.signal}: ${firstLine(run.stderr)}`,
    );
    if (typeof measured === 'string') r.outNote = `check --out failed (${measured})`;
    else [r.outMs, r.outRssMb] = [measured.ms, measured.rssMb];
  }
  const copy = path.join(tmp, `exceljs-${rows}.xlsx`);
  const roundTrip =
    "const wb = new (require('exceljs').Workbook)(); wb.xlsx.readFile(process.argv[1]).then(() => wb.xlsx.writeFile(process.argv[2]))" +
    '.then(() => {}, (e) => { console.error(e); process.exit(2); })';
  const measured = await medianOfRuns(root, ['-e', roundTrip, file, copy], runs, tmp, `roundtrip-${rows}`, (run) =>
    run.code === 0 ? null : `exit ${run.code ?? run.signal}: ${firstLine(run.stderr)}`,
  );
  if (typeof measured === 'string') r.roundTripNote = `ExcelJS read + write failed (${measured})`;
  else [r.roundTripMs, r.roundTripRssMb] = [measured.ms, measured.rssMb];
}

/** Runs a child `runs` times: the median time and the largest peak RSS, or why a run failed. */
async function medianOfRuns(
  root: string,
  args: readonly string[],
  runs: number,
  tmp: string,
  label: string,
  failure: (run: ChildRun) => string | null,
): Promise<{ ms: number; rssMb: number | null } | string> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runChild(root, args, tmp, label);
    const problem = run.signal ? `killed by ${run.signal}` : failure(run);
    if (problem) return problem;
    times.push(run.ms);
    if (run.rssKb !== null) rss.push(run.rssKb);
  }
  return { ms: median(times), rssMb: rss.length ? Math.max(...rss) / 1024 : null };
}

// ---------------------------------------------------------------------------------------------------------
// Report

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const fmtMs = (n: number | null): string => (n === null ? 'n/a' : n < 100 ? n.toFixed(1) : fmtInt(n));
const fmtMb = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(0));

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(ok: boolean | null): string {
  return ok === null ? 'NOT MET (not measured)' : ok ? 'MET' : 'NOT MET';
}

function report(results: SizeResult[], browser: BrowserFigures): void {
  console.log('');
  console.log(`Tracker Check benchmark — as-at ${AS_AT}, node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log('rows = action rows; the sheet also holds title, header, section, blank and continuation rows.');
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
        r.checkMs !== null && r.excelJsMs !== null ? `${(r.checkMs / r.excelJsMs).toFixed(2)}×` : 'n/a',
        r.jsonMs !== null && r.excelJsMs !== null ? `${(r.jsonMs / r.excelJsMs).toFixed(2)}×` : 'n/a',
        fmtMb(r.checkRssMb),
        fmtMb(r.jsonRssMb),
        fmtMb(r.excelJsRssMb),
      ]),
    ),
  );
  console.log('engine ms: checkWorkbook on a grid already read, best of 20 runs or more after a warm-up; check and ExcelJS ms:');
  console.log('whole child processes, median of runs; check is the command as a user types it (the report with at most');
  console.log('200 issues a sheet), check --json prints every row and issue; RSS: peak resident set size of the child');
  console.log('(maxRSS), largest over runs.');
  console.log('');
  console.log('Writing the results into a copy (check --out FILE) against a plain ExcelJS readFile + writeFile:');
  console.log(
    table(
      ['rows', 'check --out ms', 'ExcelJS read+write ms', '--out/ExcelJS', '--out RSS MB', 'ExcelJS read+write RSS MB'],
      results.map((r) => [
        fmtInt(r.rows),
        fmtMs(r.outMs),
        fmtMs(r.roundTripMs),
        r.outMs !== null && r.roundTripMs !== null ? `${(r.outMs / r.roundTripMs).toFixed(2)}×` : 'n/a',
        fmtMb(r.outRssMb),
        fmtMb(r.roundTripRssMb),
      ]),
    ),
  );
  for (const r of results) {
    for (const note of [r.engineNote, r.checkNote, r.excelJsNote, r.outNote, r.roundTripNote]) if (note) console.log(`  ${fmtInt(r.rows)} rows: ${note}`);
    if (r.checkOutput) console.log(`  ${fmtInt(r.rows)} rows: check output ${r.checkOutput}`);
  }

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

  const targetRows: string[][] = [
    [
      `engine ≥ ${fmtInt(TARGETS.engineRowsPerSec)} rows/s at ${fmtInt(TARGET_ROWS)} rows`,
      engineRate === null ? 'n/a' : `${fmtInt(engineRate)} rows/s`,
      verdict(engineRate === null ? null : engineRate >= TARGETS.engineRowsPerSec),
    ],
    [
      `check ≤ ${TARGETS.checkVsExcelJs}× ExcelJS readFile at ${fmtInt(TARGET_ROWS)} rows`,
      checkRatio === null ? 'n/a' : `${checkRatio.toFixed(2)}×`,
      verdict(checkRatio === null ? null : checkRatio <= TARGETS.checkVsExcelJs),
    ],
    [
      `check --json ≤ ${TARGETS.checkVsExcelJs}× ExcelJS readFile at ${fmtInt(TARGET_ROWS)} rows`,
      jsonRatio === null ? 'n/a' : `${jsonRatio.toFixed(2)}×`,
      verdict(jsonRatio === null ? null : jsonRatio <= TARGETS.checkVsExcelJs),
    ],
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
    [
      `linear: engine time/row at ${fmtInt(TARGET_ROWS)} ≤ ${TARGETS.linearFactor}× that at ${fmtInt(LINEAR_FROM)}`,
      engineLinear === null ? 'n/a' : `${engineLinear.toFixed(2)}×`,
      verdict(engineLinear === null ? null : engineLinear <= TARGETS.linearFactor),
    ],
    [
      `linear: check time/row at ${fmtInt(TARGET_ROWS)} ≤ ${TARGETS.linearFactor}× that at ${fmtInt(LINEAR_FROM)}`,
      checkLinear === null ? 'n/a' : `${checkLinear.toFixed(2)}×`,
      verdict(checkLinear === null ? null : checkLinear <= TARGETS.linearFactor),
    ],
  ];
  for (const rows of OUT_RATIO_SIZES) {
    const r = results.find((x) => x.rows === rows);
    const outRatio = r ? ratio(r.outMs, r.roundTripMs) : null;
    targetRows.push([
      `check --out ≤ ${TARGETS.outVsRoundTrip}× ExcelJS read + write at ${fmtInt(rows)} rows`,
      outRatio === null ? 'n/a' : `${outRatio.toFixed(2)}×`,
      verdict(outRatio === null ? null : outRatio <= TARGETS.outVsRoundTrip),
    ]);
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
  try {
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
      process.stdout.write(', check and ExcelJS processes');
      await measureProcesses(root, file, rows, opts.runs, tmp, r);
      process.stdout.write(' — done\n');
      results.push(r);
    }
    report(results, browser);
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
