import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateTracker } from '../../bench/generateTracker';
import { NS_MAIN, streamedWorkbook } from '../../test/fixtures/xlsx-reader/packages';
import { FAULT_ADVICE } from '../workbook/xlsx/errors';
import { ROOT } from '../../test/support/runCli';
import { readXlsx } from '../workbook/xlsx/readXlsx';
import type { FileOutcome, FileTask } from './checkFile';
import type { CheckOptions } from './options';
import { AHEAD_BEHIND_BYTES, checkFilesInPool as checkFilesInPoolFromSource, startWorker as startWorkerFromSource, type PoolOptions } from './pool';
import { unreadableText } from './unreadableText';

// The pool starts each worker from worker.js beside itself. Under ts-jest the pool runs from src/cli,
// where there is no worker.js, so the pool is taken from the compiled build, whose worker is the real one.
const BUILT = join(ROOT, 'dist', 'src', 'cli');
for (const name of ['pool', 'worker', 'checkFile', 'codeCache']) {
  const built = join(BUILT, `${name}.js`);
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npx tsc -p tsconfig.build.json" first`);
  // a stale build would test yesterday's pool and pass or fail for nothing
  if (statSync(built).mtimeMs < statSync(join(__dirname, `${name}.ts`)).mtimeMs) {
    throw new Error(`${built} is older than src/cli/${name}.ts: run "npx tsc -p tsconfig.build.json" again`);
  }
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkFilesInPool, checkInThread, startWorker } = require(join(BUILT, 'pool.js')) as typeof import('./pool');

const SAMPLES = join(ROOT, 'samples');
const PLAN = join(SAMPLES, 'cse-corporate-action-plan.xlsx');
const RECOMMENDATIONS = join(SAMPLES, 'recommendations-progress-update.xlsx');
const SCORING = join(SAMPLES, 'cse-assessment-scoring.xlsx');

const OPTIONS: Omit<CheckOptions, 'inputs'> = { asAt: '2011-03-31', asAtGiven: true, json: false, timeoutSeconds: 120, inPlace: false, save: false };

function task(file: string, over: Partial<Omit<FileTask, 'options'>> = {}, options: Partial<CheckOptions> = {}): FileTask {
  return { file, command: 'check', color: false, width: 100, ...over, options: { ...OPTIONS, ...options } };
}

type Event = { index: number; text: string } | { index: number; outcome: FileOutcome; done: number };

interface Run {
  results: FileOutcome[];
  events: Event[];
  /** the indexes of the files in the order they were finished */
  finished: number[];
  /** the pieces of text given for file `index` */
  pieces: (index: number) => string[];
}

async function run(pool: typeof checkFilesInPool, tasks: FileTask[], options: Partial<Omit<PoolOptions, 'onText' | 'onDone'>> = {}): Promise<Run> {
  const events: Event[] = [];
  const results = await pool(tasks, {
    size: 2,
    timeoutMs: 60_000,
    maxMemoryMb: 512,
    ...options,
    onText: (index, text) => events.push({ index, text }),
    onDone: (index, outcome, done) => events.push({ index, outcome, done }),
  });
  return {
    results,
    events,
    finished: events.flatMap((e) => ('done' in e ? [e.index] : [])),
    pieces: (index) => events.flatMap((e) => ('text' in e && e.index === index ? [e.text] : [])),
  };
}

/** what holds of every run: each file finished once, counted in turn, its text all given before it finished */
function expectEachFinishedOnce(r: Run, count: number): void {
  expect([...r.finished].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
  const dones = r.events.filter((e): e is Extract<Event, { done: number }> => 'done' in e);
  expect(dones.map((e) => e.done)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  for (const e of dones) expect(e.outcome).toEqual(r.results[e.index]);
  r.events.forEach((e, at) => {
    if ('text' in e) expect(r.events.findIndex((d) => 'done' in d && d.index === e.index)).toBeGreaterThan(at);
  });
}

/** a workbook of `rows` rows of eight text cells: no tracker, but a grid that needs far more than 32 MB to hold */
function wideWorkbook(rows: number): Uint8Array {
  function* xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>`;
    for (let r = 1; r <= rows; r++) {
      let cells = '';
      for (let c = 0; c < 8; c++) cells += `<c r="${'ABCDEFGH'[c]}${r}" t="inlineStr"><is><t>row ${r} column ${c} some words of text</t></is></c>`;
      yield `<row r="${r}">${cells}</row>`;
    }
    yield '</sheetData></worksheet>';
  }
  return streamedWorkbook(xml());
}

let dir: string;
let missing: string;
let empty: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-pool-'));
  missing = join(dir, 'missing.xlsx');
  empty = join(dir, 'empty.xlsx');
  writeFileSync(empty, '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFilesInPool with its worker', () => {
  it('gives each file its outcome and text, in the order of the tasks whatever order they finish in', async () => {
    const big = join(dir, 'big.xlsx');
    await generateTracker(big, 3000);
    const tasks = [task(PLAN), task(RECOMMENDATIONS, {}, { json: true }), task(missing), task(big, {}, { json: true })];
    const r = await run(checkFilesInPool, tasks);
    expectEachFinishedOnce(r, tasks.length);

    // the big report comes in several pieces, which join into the one object
    expect(r.pieces(3).length).toBeGreaterThan(1);
    const bigReport = JSON.parse(r.pieces(3).join(''));
    const bigErrors = bigReport.sheets.reduce((n: number, s: { errors: number }) => n + s.errors, 0);
    expect(bigErrors).toBeGreaterThan(0);

    expect(r.results).toEqual([
      { file: PLAN, exitCode: 1, errors: 2 },
      { file: RECOMMENDATIONS, exitCode: 0, errors: 0 },
      { file: missing, exitCode: 2, errors: 0 },
      { file: big, exitCode: 1, errors: bigErrors },
    ]);
    expect(r.pieces(0).join('')).toMatch(new RegExp(`^${PLAN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} — as at 31/03/2011\\n[^]*FAILS: 2 errors`));
    expect(JSON.parse(r.pieces(1).join(''))).toMatchObject({ file: RECOMMENDATIONS, asOf: '2011-03-31' });
    expect(r.pieces(2)).toEqual([unreadableText(missing, 'no such file', false)]);
    expect(bigReport.file).toBe(big);
  });

  it('checks one file at a time with a size of 1: each finished, text and all, before the next is begun', async () => {
    const tasks = [task(PLAN), task(missing), task(empty), task(RECOMMENDATIONS)];
    const r = await run(checkFilesInPool, tasks, { size: 1 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.finished).toEqual([0, 1, 2, 3]);
    const order = r.events.map((e) => e.index);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.results.map((o) => o.exitCode)).toEqual([1, 2, 2, 0]);
  });

  // Each of `size` workers holds the file it checks and at most one handed to it behind that: when the
  // k-th file finishes (from 0), no file after index k + 2 * size - 1 can have been begun, let alone finished.
  it('never has more files in hand than two a worker', async () => {
    const tasks = [task(PLAN), task(RECOMMENDATIONS), task(missing), task(empty), task(missing), task(empty), task(PLAN), task(missing)];
    const r = await run(checkFilesInPool, tasks, { size: 2 });
    expectEachFinishedOnce(r, tasks.length);
    r.finished.forEach((index, k) => expect(index).toBeLessThan(k + 4));
  });

  it('still checks every file given a size of 0, and does nothing with no files', async () => {
    const r = await run(checkFilesInPool, [task(missing), task(RECOMMENDATIONS)], { size: 0 });
    expectEachFinishedOnce(r, 2);
    expect(r.results.map((o) => o.exitCode)).toEqual([2, 0]);

    const none = await run(checkFilesInPool, []);
    expect(none.results).toEqual([]);
    expect(none.events).toEqual([]);
  });

  it('writes the workbook of a task with a target, with a young generation of its own', async () => {
    const target = join(dir, 'written.xlsx');
    const r = await run(checkFilesInPool, [task(PLAN, { target })], { youngGenerationMb: 8 });
    expect(r.results).toEqual([{ file: PLAN, exitCode: 1, errors: 2 }]);
    expect(r.pieces(0).join('').endsWith(`\n  Written: ${target}`)).toBe(true);
    expect(readXlsx(new Uint8Array(readFileSync(target))).sheets.map((s) => s.name)).toContain('Summary');
  });

  // A worker is handed its next file while it writes the last: begun then, a file that cannot be read
  // would be answered while the workbook is written, and its answer taken for the other file's.
  it('gives each file on one worker its own report, the next handed over while a workbook is written', async () => {
    const targets = [join(dir, 'first.xlsx'), join(dir, 'second.xlsx')];
    const tasks = [task(PLAN, { target: targets[0] }), task(missing), task(SCORING, { target: targets[1] }), task(empty)];
    const r = await run(checkFilesInPool, tasks, { size: 1 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.finished).toEqual([0, 1, 2, 3]);
    expect(r.results.map((o) => o.exitCode)).toEqual([1, 2, 0, 2]);
    expect(r.pieces(0).join('')).toMatch(new RegExp(`^${PLAN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} — as at [^]*\n  Written: ${targets[0]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    expect(r.pieces(1)).toEqual([unreadableText(missing, 'no such file', false)]);
    expect(r.pieces(2).join('').endsWith(`\n  Written: ${targets[1]}`)).toBe(true);
    expect(r.pieces(3)).toHaveLength(1);
  });
});

describe('checkFilesInPool when a worker fails', () => {
  // The samples are checked in under 16 MB; the wide workbook needs over 96 MB: 32 MB parts them safely.
  it('gives up a file too big for the memory allowed, replaces its worker, and checks the rest', async () => {
    const wide = join(dir, 'wide.xlsx');
    writeFileSync(wide, wideWorkbook(100_000));
    const tasks = [task(RECOMMENDATIONS), task(wide), task(PLAN), task(wide, {}, { json: true })];
    const r = await run(checkFilesInPool, tasks, { size: 1, maxMemoryMb: 32 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.results).toEqual([
      { file: RECOMMENDATIONS, exitCode: 0, errors: 0 },
      { file: wide, exitCode: 2, errors: 0 },
      { file: PLAN, exitCode: 1, errors: 2 },
      { file: wide, exitCode: 2, errors: 0 },
    ]);
    const reason = 'too big to check: it needed more than 32 MB of memory';
    expect(r.pieces(1)).toEqual([unreadableText(wide, reason, false)]);
    expect(r.pieces(3)).toEqual([unreadableText(wide, reason, true)]);
    expect(r.pieces(2).join('')).toContain('FAILS: 2 errors');
  }, 30_000);

  // No worker can start, read a workbook and answer within a millisecond: every file overruns.
  it('gives up each file that overruns the time allowed, once, and ends', async () => {
    const tasks = [task(PLAN), task(RECOMMENDATIONS), task(SCORING, {}, { json: true })];
    const r = await run(checkFilesInPool, tasks, { size: 2, timeoutMs: 1 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.results).toEqual(tasks.map((t) => ({ file: t.file, exitCode: 2, errors: 0 })));
    for (const [i, t] of tasks.entries()) {
      expect(r.pieces(i)).toHaveLength(1);
      const reason = t.options.json ? JSON.parse(r.pieces(i)[0]!).error : r.pieces(i)[0]!.replace(`${t.file}: cannot be checked: `, '');
      expect(reason).toMatch(/^gave up after \d+ s: the file takes too long to check$/);
    }
  }, 20_000);

  // main always gives clean a target: without one, the worker's check throws, as an internal fault would
  it('reports a check that throws as an internal error, replaces the worker and checks the rest', async () => {
    const tasks = [task(PLAN, { command: 'clean' }), task(RECOMMENDATIONS), task(missing)];
    const r = await run(checkFilesInPool, tasks, { size: 1 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.results).toEqual([
      { file: PLAN, exitCode: 2, errors: 0 },
      { file: RECOMMENDATIONS, exitCode: 0, errors: 0 },
      { file: missing, exitCode: 2, errors: 0 },
    ]);
    expect(r.pieces(0)).toHaveLength(1);
    expect(r.pieces(0)[0]).toMatch(new RegExp(`^${PLAN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot be checked: internal error while checking it \\(The "path" argument must be of type string.*\\): this is a fault in Tracker Check, not in the workbook; please send this line and the workbook to the Tracker Check team$`));
    expect(r.pieces(1).join('')).toContain('PASSES');
  });

  // Run from its source, the pool finds no workerBoot.js (nor worker.js) beside it: each worker dies as it
  // starts, as a checker that crashes does, and the pool must neither hang nor lose a file.
  it('reports every file, and ends, when each worker dies as it starts', async () => {
    const script = join(__dirname, 'workerBoot.js');
    expect(existsSync(script)).toBe(false);
    const tasks = [task(PLAN), task(RECOMMENDATIONS, {}, { json: true }), task(missing)];
    const r = await run(checkFilesInPoolFromSource, tasks, { size: 2 });
    expectEachFinishedOnce(r, tasks.length);
    expect(r.results).toEqual(tasks.map((t) => ({ file: t.file, exitCode: 2, errors: 0 })));
    const reason = `internal error while checking it (Cannot find module '${script}'): ${FAULT_ADVICE}`;
    expect(r.pieces(0)).toEqual([unreadableText(PLAN, reason, false)]);
    expect(r.pieces(1)).toEqual([unreadableText(RECOMMENDATIONS, reason, true)]);
    expect(r.pieces(2)).toEqual([unreadableText(missing, reason, false)]);
  }, 20_000);
});

describe('checkFilesInPool with a worker started early', () => {
  // a stand-in that answers every file the same way, so the file it was given can be told apart
  const standIn = (): Worker => new Worker(
    "require('node:worker_threads').parentPort.on('message', (t) => { const p = require('node:worker_threads').parentPort; p.postMessage({ type: 'chunk', text: 'stand-in' }); p.postMessage({ type: 'done', exitCode: 0, errors: 0 }); });",
    { eval: true },
  );

  // the first lane takes it, with the first file and the (small) one handed to it behind that
  it('gives the worker it was given the first files, and ends it', async () => {
    const started = standIn();
    started.unref();
    const r = await run(checkFilesInPool, [task(PLAN), task(RECOMMENDATIONS), task(SCORING)], { size: 2, started: [started] });
    expect(r.pieces(0)).toEqual(['stand-in']);
    expect(r.pieces(1)).toEqual(['stand-in']);
    expect(r.pieces(2).join('')).toContain(`${SCORING} — as at 31/03/2011`);
    // no longer running: its thread id is gone
    expect(started.threadId).toBe(-1);
  });

  // a stand-in would answer a file handed to it behind a large one: none is
  it('hands the worker no file behind a large one: the next goes to whichever worker is free', async () => {
    const large = join(dir, 'large.xlsx');
    await generateTracker(large, 10_000);
    expect(statSync(large).size).toBeGreaterThan(AHEAD_BEHIND_BYTES);
    const started = standIn();
    started.unref();
    const r = await run(checkFilesInPool, [task(large), task(RECOMMENDATIONS), task(SCORING)], { size: 2, started: [started] });
    expect(r.pieces(0)).toEqual(['stand-in']);
    expect(r.pieces(1).join('')).toContain('PASSES');
    expect(r.pieces(2).join('')).toContain(`${SCORING} — as at 31/03/2011`);
  });

  // from source, the pool's workerBoot.js is missing (see the last test above): the worker dies as it starts
  it('starts another when the worker started early has died before its first file', async () => {
    const started = startWorkerFromSource({ maxMemoryMb: 512 });
    await new Promise((resolve) => started.once('exit', resolve));
    const r = await run(checkFilesInPool, [task(RECOMMENDATIONS)], { size: 1, started: [started], timeoutMs: 10_000 });
    expect(r.results).toEqual([{ file: RECOMMENDATIONS, exitCode: 0, errors: 0 }]);
  });

  it('ends a worker started early when there is no file for it', async () => {
    const started = startWorker({ maxMemoryMb: 512 });
    const exited = new Promise<number>((resolve) => started.once('exit', resolve));
    const r = await run(checkFilesInPool, [], { started: [started] });
    expect(r.results).toEqual([]);
    await expect(exited).resolves.toEqual(expect.any(Number));
  });
});

/** The text and outcome of one task checked on this thread, as the pool's callbacks saw them. */
async function runInThread(t: FileTask): Promise<{ outcome: FileOutcome; text: string; done: Array<[number, FileOutcome, number]> }> {
  const pieces: string[] = [];
  const done: Array<[number, FileOutcome, number]> = [];
  const outcome = await checkInThread(t, {
    onText: (index, text) => pieces.push(`${index}:${text}`),
    onDone: (index, o, n) => done.push([index, o, n]),
  });
  return { outcome, text: pieces.join('\u0000'), done };
}

describe('checkInThread', () => {
  // the main thread's check of one small file must say exactly what a worker's would
  it.each<[string, () => FileTask]>([
    ['a report', () => task(PLAN)],
    ['a JSON report', () => task(RECOMMENDATIONS, {}, { json: true })],
    ['a file that cannot be read', () => task(empty)],
    ['a workbook written', () => task(SCORING, { target: join(dir, 'in-thread.xlsx') }, { save: true })],
    // main always gives clean a target: without one, the check throws, as an internal fault would
    ['a check that throws', () => task(PLAN, { command: 'clean' })],
  ])('gives %s as the pool does', async (_what, make) => {
    const inPool = await run(checkFilesInPool, [make()], { size: 1 });
    const inThread = await runInThread(make());
    expect(inThread.outcome).toEqual(inPool.results[0]);
    expect(inThread.text).toBe(inPool.pieces(0).map((p) => `0:${p}`).join('\u0000'));
    expect(inThread.done).toEqual([[0, inThread.outcome, 1]]);
  });
});
