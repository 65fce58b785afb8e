#!/usr/bin/env node
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expandInputs, mayNameSeveral } from './expandInputs';
import { checkFilesInPool, checkInThread, loadChecker, startWorker, type WorkerLimits } from './pool';
import { HELP, parseCommand, todayIso, UsageError, type CheckOptions, type CompareOptions } from './options';
import { makeProgressBar } from './progressBar';
import { reportWidth } from './reportWidth';
import { OrderedOutput } from './orderedOutput';
import { MAIN_THREAD, mainThreadMayCheck, smallWorkbook } from './smallWorkbook';
import { sourceMappedStack } from './sourceMappedStack';
import type { FileOutcome, FileTask } from './checkFile';
import type { Rollup, RollupFile } from '../core';
import { FAULT_ADVICE } from '../workbook/xlsx/errors';

/** Written into the bundle when it is built (webpack.config.js); tsc's build reads the package.json three folders up. */
declare const __TRACKER_CHECK_VERSION__: string | undefined;

function version(): string {
  if (typeof __TRACKER_CHECK_VERSION__ === 'string') return __TRACKER_CHECK_VERSION__;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../../package.json') as { version: string }).version;
}

/** Memory one worker may use before its file is given up as too big. */
const WORKER_MEMORY_MB = 2048;
/**
 * The young generation of a worker that writes workbooks. Writing makes large short-lived strings; with
 * V8's default (up to 48 MB here) a 100,000-row tracker peaked at 530 MB, with 8 MB at 490 MB and the
 * same time. Checking alone keeps the default: there the smaller size promoted more and cost memory.
 */
const WRITING_YOUNG_GENERATION_MB = 8;

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tracker-check: ${e.message}\nRun "tracker-check --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (command.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command.command === 'compare') return compare(command.options);
  const { inputs } = command.options;
  const options: Omit<CheckOptions, 'inputs'> = command.command === 'check'
    ? command.options
    : { ...command.options, asAt: todayIso(), asAtGiven: false, inPlace: command.options.out === undefined, save: false };
  const limits: WorkerLimits = {
    maxMemoryMb: WORKER_MEMORY_MB,
    youngGenerationMb: options.inPlace || options.out !== undefined ? WRITING_YOUNG_GENERATION_MB : undefined,
  };
  // One small file is checked here: a worker would cost more than the check. Anything else goes to
  // workers, as many as the pool will use started now, so that they boot while the inputs are expanded
  // (a folder's second worker, started by the pool, began 50 ms after the first); until the pool gives
  // one a file it does not hold the process open (a run that ends early ends at once).
  const inThread = mainThreadMayCheck(inputs, options.timeoutSeconds);
  const early = inThread ? 0 : Math.min(availableParallelism(), inputs.some(mayNameSeveral) ? Infinity : inputs.length);
  const started = Array.from({ length: early }, () => {
    const worker = startWorker(limits);
    worker.unref();
    return worker;
  });
  const rollupTarget = options.rollup;
  if (rollupTarget !== undefined && inputs.some((i) => resolve(i) === resolve(rollupTarget))) {
    process.stderr.write(`tracker-check: --rollup would overwrite ${rollupTarget}, one of the files to check: name a new workbook\n`);
    return 2;
  }
  // a roll-up written into the folder it rolls up is not one of its trackers the next time
  const files = (await expandInputs(inputs)).filter((f) => rollupTarget === undefined || resolve(f) !== resolve(rollupTarget));
  if (files.length === 0) {
    process.stderr.write(`tracker-check: no .xlsx files found in ${inputs.join(', ')}\n`);
    return 2;
  }
  let targets: Array<string | undefined>;
  try {
    targets = outputTargets(files, options);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tracker-check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  // the roll-up is put together here as each file's part comes back (the engine loaded for it)
  const rollup = rollupTarget === undefined ? null : new (loadChecker().Rollup)();
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const width = reportWidth(process.stdout, process.env);
  const tasks: FileTask[] = files.map((file, i) => ({ file, command: command.command, options, target: targets[i], color, width, ...(rollup ? { rollup: true } : {}) }));
  let stdoutAtLineStart = true;
  const progress = files.length > 1 ? makeProgressBar(files.length, { atLineStart: () => stdoutAtLineStart }) : null;
  const output = new OrderedOutput((text) => {
    // an empty piece (a JSON report whose last piece was already sent) leaves the line as it was
    if (text === '') return;
    progress?.clear();
    process.stdout.write(text);
    stdoutAtLineStart = text.endsWith('\n');
  }, options.json ? '\n' : '\n\n');
  const onText = (index: number, text: string): void => output.text(index, text);
  const onDone = (index: number, outcome: FileOutcome, done: number): void => {
    output.done(index);
    progress?.tick(done, outcome.file);
  };
  const onRollup = rollup ? (index: number, part: RollupFile): void => rollup.add(index, part) : undefined;
  const outcomes = inThread
    ? [await checkInThread(tasks[0]!, { onText, onDone, onRollup })]
    : await checkFilesInPool(tasks, {
      ...limits,
      size: Math.min(availableParallelism(), files.length),
      timeoutMs: options.timeoutSeconds * 1000,
      started,
      onText,
      onDone,
      onRollup,
    });
  progress?.end();
  if (!options.json && files.length > 1) {
    const failed = outcomes.filter((o) => o.exitCode === 1).length;
    const unreadable = outcomes.filter((o) => o.exitCode === 2).length;
    process.stdout.write(`${files.length} files: ${files.length - failed - unreadable} pass, ${failed} with errors, ${unreadable} could not be read\n`);
  }
  const code = Math.max(...outcomes.map((o) => o.exitCode));
  return rollup && rollupTarget !== undefined ? Math.max(code, await writeRollupFile(rollupTarget, rollup, options.json)) : code;
}

/** Writes the roll-up; a workbook that cannot be written is said on stderr, and the run's exit is 2. */
async function writeRollupFile(target: string, rollup: Rollup, json: boolean): Promise<0 | 2> {
  const notWritten = await loadChecker().writeRollup(target, rollup);
  if (notWritten !== null) {
    process.stderr.write(`tracker-check: the roll-up was not written: ${target}: ${notWritten}\n`);
    return 2;
  }
  if (!json) process.stdout.write(`Roll-up written: ${target}\n`);
  return 0;
}

/**
 * `compare`: one task, the later return with the earlier one beside it, run where a check of one file
 * would be (the main thread when both are small, else a worker with its memory and time limits).
 */
async function compare(o: CompareOptions): Promise<number> {
  const options: Omit<CheckOptions, 'inputs'> = {
    sheet: o.sheet, asAt: todayIso(), asAtGiven: false, amberDays: o.amberDays, planStart: o.planStart, ruleSet: o.ruleSet,
    json: o.json, timeoutSeconds: o.timeoutSeconds, out: o.out, inPlace: false, save: false,
  };
  const task: FileTask = {
    file: o.later, command: 'compare', compare: { earlier: o.earlier, asAtOld: o.asAtOld, asAtNew: o.asAtNew },
    options, target: o.out, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: reportWidth(process.stdout, process.env),
  };
  const onText = (_: number, text: string): void => {
    if (text !== '') process.stdout.write(text);
  };
  const onDone = (): void => {
    process.stdout.write('\n');
  };
  const small = o.timeoutSeconds >= MAIN_THREAD.leastTimeoutSeconds && smallWorkbook(o.earlier) && smallWorkbook(o.later);
  const limits: WorkerLimits = { maxMemoryMb: WORKER_MEMORY_MB, youngGenerationMb: o.out === undefined ? undefined : WRITING_YOUNG_GENERATION_MB };
  const [outcome] = small
    ? [await checkInThread(task, { onText, onDone })]
    : await checkFilesInPool([task], { ...limits, size: 1, timeoutMs: o.timeoutSeconds * 1000, onText, onDone });
  return outcome!.exitCode;
}

/**
 * Where each file's workbook is written: the file itself (--in-place), the --out file (one input), or a
 * file of the same name in the --out folder (a folder that exists, a name ending in "/", or several inputs).
 */
function outputTargets(files: readonly string[], options: Pick<CheckOptions, 'out' | 'inPlace'>): Array<string | undefined> {
  const { out } = options;
  if (options.inPlace) return [...files];
  if (out === undefined) return files.map(() => undefined);
  const isFolder = files.length > 1 || /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  const targets = isFolder ? files.map((f) => join(out, basename(f))) : [out];
  const seen = new Map<string, string>();
  targets.forEach((t, i) => {
    const key = resolve(t);
    if (key === resolve(files[i]!)) throw new UsageError(`--out would overwrite ${files[i]} itself: use --in-place to write into the file`);
    const other = seen.get(key);
    if (other !== undefined) throw new UsageError(`${other} and ${files[i]} would both be written to ${t}: put them in different folders`);
    seen.set(key, files[i]!);
  });
  if (isFolder) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot make the folder ${out}: ${(e as Error).message}`);
    }
  }
  return targets;
}

// A reader that stops early (| head) closes the pipe: that is the end of the run, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const stack = error instanceof Error && error.stack !== undefined ? sourceMappedStack(error.stack) : String(error);
    process.stderr.write(`tracker-check: internal error (${FAULT_ADVICE}): ${stack}\n`);
    process.exitCode = 2;
  },
);
