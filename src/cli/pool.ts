import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { unreadable, type FileOutcome, type FileTask } from './checkFile';

export interface PoolOptions {
  readonly size: number;
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
  /** called as each file finishes, in completion order */
  readonly onDone?: (outcome: FileOutcome, done: number) => void;
}

/**
 * Checks files on worker threads, a fixed number at a time, and returns the outcomes in the order the
 * files were given. A worker that runs out of memory, crashes or overruns the time limit is replaced; its
 * file is reported unreadable and the rest go on.
 */
export async function checkFilesInPool(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workerFile = join(__dirname, 'worker.js');

  const runOne = (task: FileTask, worker: Worker): Promise<{ outcome: FileOutcome; healthy: boolean }> =>
    new Promise((resolve) => {
      const finish = (outcome: FileOutcome, healthy: boolean): void => {
        clearTimeout(timer);
        worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        resolve({ outcome, healthy });
      };
      const timer = setTimeout(() => {
        finish(unreadable(task.file, `gave up after ${Math.round(options.timeoutMs / 1000)} s: the file takes too long to read`, task.options.json), false);
      }, options.timeoutMs);
      worker.once('message', (m: { ok: true; outcome: FileOutcome } | { ok: false; message: string }) => {
        if (m.ok) finish(m.outcome, true);
        else finish(unreadable(task.file, `internal error while checking it: ${m.message}`, task.options.json), false);
      });
      worker.once('error', (e: Error & { code?: string }) => {
        const reason = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `too big to check: reading it needed more than ${options.maxMemoryMb} MB of memory`
          : `internal error while checking it: ${e.message}`;
        finish(unreadable(task.file, reason, task.options.json), false);
      });
      worker.once('exit', (code) => finish(unreadable(task.file, `the checker stopped unexpectedly (exit ${code})`, task.options.json), false));
      worker.postMessage(task);
    });

  const newWorker = (): Worker => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } });

  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    while (next < tasks.length) {
      const index = next++;
      worker ??= newWorker();
      const { outcome, healthy } = await runOne(tasks[index]!, worker);
      if (!healthy) {
        void worker.terminate();
        worker = null;
      }
      results[index] = outcome;
      options.onDone?.(outcome, ++done);
    }
    if (worker) await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.size, tasks.length)) }, lane));
  return results;
}
