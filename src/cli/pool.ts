import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
// types only: the engine loads in the workers (or, for one small file, when checkInThread asks for it)
import type { FileOutcome, FileTask } from './checkFile';
import { loadBundle } from './codeCache';
import { errorMessage } from './errorMessage';
import { tierUpLater } from './tierUp';
import { unreadableText } from './unreadableText';
import { FAULT_ADVICE } from '../workbook/xlsx/errors';
import type { WorkerMessage } from './worker';

/** What each worker may use. */
export interface WorkerLimits {
  readonly maxMemoryMb: number;
  /** the young generation's size for each worker, when not V8's own choice */
  readonly youngGenerationMb?: number;
}

export interface PoolOptions extends WorkerLimits {
  readonly size: number;
  readonly timeoutMs: number;
  /** a worker started before the tasks were known (main starts one while it expands the inputs): the first lane's */
  readonly started?: Worker;
  /** a piece of file `index`'s report */
  readonly onText: (index: number, text: string) => void;
  /** file `index` is finished, in completion order */
  readonly onDone: (index: number, outcome: FileOutcome, done: number) => void;
}

/** The checker: worker.js beside this file, in tsc's build (dist/src/cli) as in the bundle (dist/cli). */
const checkerFile = (): string => join(__dirname, 'worker.js');
/** what a worker runs: the checker, through its code cache (workerBoot.ts) */
const workerEntry = (): string => join(__dirname, 'workerBoot.js');

/**
 * A worker, started now: it boots and loads the engine while the main thread gets on with its own work.
 * One that fails before the pool listens to it (its worker.js missing, say) must not end the process with
 * an 'error' no one hears: the pool sees it has stopped (checkFilesInPool) and starts another.
 */
export function startWorker(limits: WorkerLimits): Worker {
  tierUpLater();
  const worker = new Worker(workerEntry(), {
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
 * Checks files on worker threads, a fixed number at a time. A worker that runs out of memory, crashes or
 * overruns the time limit is replaced; its file is reported unreadable and the rest go on.
 */
export async function checkFilesInPool(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  let started = options.started;

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
        finish({ file: task.file, exitCode: 2, errors: 0 }, false);
      };
      const timer = setTimeout(() => fail(`gave up after ${Math.round(options.timeoutMs / 1000)} s: the file takes too long to check`), options.timeoutMs);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'chunk') {
          sent = true;
          options.onText(index, m.text);
        } else if (m.type === 'done') finish({ file: task.file, exitCode: m.exitCode, errors: m.errors }, true);
        else fail(internalError(m.message));
      });
      worker.once('error', (e: Error & { code?: string }) => {
        fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `too big to check: it needed more than ${options.maxMemoryMb} MB of memory` : internalError(e.message));
      });
      worker.once('exit', (code) => fail(`the checker stopped unexpectedly (exit ${code})`));
      // a worker started early is unref'd until it has work (main.ts)
      worker.ref();
      worker.postMessage(task);
    });

  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    while (next < tasks.length) {
      const index = next++;
      if (worker === null && started) {
        if (!stopped(started)) worker = started;
        started = undefined;
      }
      worker ??= startWorker(options);
      if (!(await runOne(index, worker))) {
        void worker.terminate();
        worker = null;
      }
    }
    if (worker) await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.size, tasks.length)) }, lane));
  // no task took the worker started early (there were none): it must not keep the process alive
  if (started) await started.terminate();
  return results;
}

/** The checker's module: in the bundle worker.js is a file of its own, not a part of main.js, with its code cache. */
const loadChecker = (): typeof import('./worker') => loadBundle(checkerFile()).exports as typeof import('./worker');

/**
 * Checks one file on this thread, with what the pool says of a check that fails. Neither of the pool's
 * limits can stop it (a thread busy checking runs no timer, and its memory is the process's), so main
 * gives it only a file too small to come near either (smallWorkbook.ts).
 */
export async function checkInThread(task: FileTask, options: Pick<PoolOptions, 'onText' | 'onDone'>): Promise<FileOutcome> {
  let sent = false;
  const emit = (text: string): void => {
    sent = true;
    options.onText(0, text);
  };
  let outcome: FileOutcome;
  try {
    outcome = await loadChecker().checkFile(task, emit);
  } catch (e) {
    options.onText(0, givenUp(task, internalError(errorMessage(e)), sent));
    outcome = { file: task.file, exitCode: 2, errors: 0 };
  }
  options.onDone(0, outcome, 1);
  return outcome;
}
