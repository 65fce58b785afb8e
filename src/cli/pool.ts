import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
// types only: the engine loads in the workers (or, for one small file, when checkInThread asks for it)
import type { FileOutcome, FileTask } from './checkFile';
import { loadBundle } from './codeCache';
import { errorMessage } from './errorMessage';
import { expectBoot, makeBootGate, type BootGate } from './tierUp';
import { unreadableText } from './unreadableText';
import { FAULT_ADVICE } from '../workbook/xlsx/errors';
import type { WorkerMessage } from './worker';
import type { RollupFile } from '../core';

/** What each worker may use. */
export interface WorkerLimits {
  readonly maxMemoryMb: number;
  /** the young generation's size for each worker, when not V8's own choice */
  readonly youngGenerationMb?: number;
}

export interface PoolOptions extends WorkerLimits {
  readonly size: number;
  readonly timeoutMs: number;
  /** workers started before the tasks were known (main starts them while it expands the inputs): the lanes' first */
  readonly started?: readonly Worker[];
  /** a piece of file `index`'s report */
  readonly onText: (index: number, text: string) => void;
  /** file `index` is finished, in completion order */
  readonly onDone: (index: number, outcome: FileOutcome, done: number) => void;
  /** file `index`'s part of the roll-up (tasks that ask for one), just before onDone: the outcome does not keep it */
  readonly onRollup?: (index: number, part: RollupFile) => void;
}

/** The checker: worker.js beside this file, in tsc's build (dist/src/cli) as in the bundle (dist/cli). */
const checkerFile = (): string => join(__dirname, 'worker.js');
/** what a worker runs: the checker, through its code cache (workerBoot.ts) */
const workerEntry = (): string => join(__dirname, 'workerBoot.js');

/** the process's one gate: its workers set V8's flags once they have booted (tierUp.ts) */
const gate = makeBootGate();

/** What a worker is given to start: the gate, when it is to wait there. */
export interface WorkerStart {
  readonly gate?: BootGate;
}

/**
 * A worker, started now: it boots and loads the engine while the main thread gets on with its own work.
 * One that fails before the pool listens to it (its worker.js missing, say) must not end the process with
 * an 'error' no one hears: the pool sees it has stopped (checkFilesInPool) and starts another.
 */
export function startWorker(limits: WorkerLimits): Worker {
  const start: WorkerStart = expectBoot(gate) ? { gate } : {};
  const worker = new Worker(workerEntry(), {
    workerData: start,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxMemoryMb,
      ...(limits.youngGenerationMb !== undefined ? { maxYoungGenerationSizeMb: limits.youngGenerationMb } : {}),
    },
  });
  return worker.on('error', () => undefined);
}

/** a worker no longer running has no thread */
const stopped = (worker: Worker): boolean => worker.threadId === -1;

/** The line given for a file whose check did not finish; a report cut off part-way ends its line first. */
function givenUp(task: FileTask, reason: string, sent: boolean): string {
  return (sent ? '\n' : '') + unreadableText(task.file, reason, task.options.json);
}

const internalError = (message: string): string => `internal error while checking it (${message}): ${FAULT_ADVICE}`;

/**
 * A file behind which the next is handed to the same worker before it is finished: one this small is
 * checked in milliseconds, so the file handed over waits no longer than that, while another lane may be
 * idle. Behind a larger one, the next file goes to whichever worker is free first.
 */
export const AHEAD_BEHIND_BYTES = 256 * 1024;

function isSmallFile(file: string): boolean {
  try {
    return statSync(file).size <= AHEAD_BEHIND_BYTES;
  } catch {
    return true;
  }
}

/**
 * Checks files on worker threads, a fixed number at a time. A worker that runs out of memory, crashes or
 * overruns the time limit is replaced; its file is reported unreadable and the rest go on.
 *
 * Each worker is handed its next file while it checks a small one, so it goes from one file to the next
 * without waiting for the main thread to hear it has finished and answer: for 200 small trackers that wait
 * was 40-200 ms of each lane's. A file handed to a worker that then fails goes to its replacement.
 */
export async function checkFilesInPool(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const started = [...(options.started ?? [])];

  const runOne = (index: number, worker: Worker): Promise<boolean> =>
    new Promise((resolve) => {
      const task = tasks[index]!;
      let sent = false;
      const finish = (outcome: FileOutcome, healthy: boolean): void => {
        clearTimeout(timer);
        worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        results[index] = outcome;
        options.onDone(index, outcome, ++done);
        resolve(healthy);
      };
      const fail = (reason: string): void => {
        options.onText(index, givenUp(task, reason, sent));
        if (task.rollup) options.onRollup?.(index, { file: task.file, problem: reason });
        finish({ file: task.file, exitCode: 2, errors: 0 }, false);
      };
      const timer = setTimeout(() => fail(`gave up after ${Math.round(options.timeoutMs / 1000)} s: the file takes too long to check`), options.timeoutMs);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'chunk') {
          sent = true;
          options.onText(index, m.text);
        } else if (m.type === 'done') {
          if (m.rollup) options.onRollup?.(index, m.rollup);
          finish({ file: task.file, exitCode: m.exitCode, errors: m.errors }, true);
        }
        else fail(internalError(m.message));
      });
      worker.once('error', (e: Error & { code?: string }) => {
        fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `too big to check: it needed more than ${options.maxMemoryMb} MB of memory` : internalError(e.message));
      });
      worker.once('exit', (code) => fail(`the checker stopped unexpectedly (exit ${code})`));
    });

  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    /** a file handed to `worker` behind the one it is checking */
    let handed: number | undefined;
    for (;;) {
      let index: number;
      if (handed !== undefined) {
        index = handed;
        handed = undefined;
      } else if (next < tasks.length) {
        index = next++;
        worker?.postMessage(tasks[index]);
      } else break;
      if (worker === null) {
        const early = started.shift();
        worker = early && !stopped(early) ? early : startWorker(options);
        // a worker started early is unref'd until it has work (main.ts)
        worker.ref();
        worker.postMessage(tasks[index]);
      }
      if (next < tasks.length && isSmallFile(tasks[index]!.file)) {
        handed = next++;
        worker.postMessage(tasks[handed]);
      }
      if (!(await runOne(index, worker))) {
        // the file handed to it, if any, goes to its replacement
        void worker.terminate();
        worker = null;
      }
    }
    if (worker) await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.size, tasks.length)) }, lane));
  // workers started early that no lane took (fewer files than workers) must not keep the process alive
  await Promise.all(started.map((w) => w.terminate()));
  return results;
}

/** The checker's module: in the bundle worker.js is a file of its own, not a part of main.js, with its code cache. */
export const loadChecker = (): typeof import('./worker') => loadBundle(checkerFile()).exports as typeof import('./worker');

/**
 * Checks one file on this thread, with what the pool says of a check that fails. Neither of the pool's
 * limits can stop it (a thread busy checking runs no timer, and its memory is the process's), so main
 * gives it only a file too small to come near either (smallWorkbook.ts).
 */
export async function checkInThread(task: FileTask, options: Pick<PoolOptions, 'onText' | 'onDone' | 'onRollup'>): Promise<FileOutcome> {
  let sent = false;
  const emit = (text: string): void => {
    sent = true;
    options.onText(0, text);
  };
  let outcome: FileOutcome;
  try {
    const { rollup, ...checked } = await loadChecker().checkFile(task, emit);
    if (rollup) options.onRollup?.(0, rollup);
    outcome = checked;
  } catch (e) {
    const reason = internalError(errorMessage(e));
    options.onText(0, givenUp(task, reason, sent));
    if (task.rollup) options.onRollup?.(0, { file: task.file, problem: reason });
    outcome = { file: task.file, exitCode: 2, errors: 0 };
  }
  options.onDone(0, outcome, 1);
  return outcome;
}
