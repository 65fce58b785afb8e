import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
// types only: the engine loads in the workers, not in the main thread
import type { FileOutcome, FileTask } from './checkFile';
import { unreadableText } from './unreadableText';
import { FAULT_ADVICE } from '../workbook/xlsx/errors';
import type { WorkerMessage } from './worker';

export interface PoolOptions {
  readonly size: number;
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
  /** the young generation's size for each worker, when not V8's own choice */
  readonly youngGenerationMb?: number;
  /** a piece of file `index`'s report */
  readonly onText: (index: number, text: string) => void;
  /** file `index` is finished, in completion order */
  readonly onDone: (index: number, outcome: FileOutcome, done: number) => void;
}

/**
 * Checks files on worker threads, a fixed number at a time. A worker that runs out of memory, crashes or
 * overruns the time limit is replaced; its file is reported unreadable and the rest go on.
 */
export async function checkFilesInPool(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workerFile = join(__dirname, 'worker.js');

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
        // a report cut off part-way ends its line before the reason is given
        options.onText(index, (sent ? '\n' : '') + unreadableText(task.file, reason, task.options.json));
        finish({ file: task.file, exitCode: 2, errors: 0 }, false);
      };
      const timer = setTimeout(() => fail(`gave up after ${Math.round(options.timeoutMs / 1000)} s: the file takes too long to check`), options.timeoutMs);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'chunk') {
          sent = true;
          options.onText(index, m.text);
        } else if (m.type === 'done') finish({ file: task.file, exitCode: m.exitCode, errors: m.errors }, true);
        else fail(`internal error while checking it (${m.message}): ${FAULT_ADVICE}`);
      });
      worker.once('error', (e: Error & { code?: string }) => {
        fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `too big to check: it needed more than ${options.maxMemoryMb} MB of memory`
          : `internal error while checking it (${e.message}): ${FAULT_ADVICE}`);
      });
      worker.once('exit', (code) => fail(`the checker stopped unexpectedly (exit ${code})`));
      worker.postMessage(task);
    });

  const newWorker = (): Worker =>
    new Worker(workerFile, {
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb,
        ...(options.youngGenerationMb !== undefined ? { maxYoungGenerationSizeMb: options.youngGenerationMb } : {}),
      },
    });

  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    while (next < tasks.length) {
      const index = next++;
      worker ??= newWorker();
      if (!(await runOne(index, worker))) {
        void worker.terminate();
        worker = null;
      }
    }
    if (worker) await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.size, tasks.length)) }, lane));
  return results;
}
