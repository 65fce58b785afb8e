import { parentPort } from 'node:worker_threads';
import { checkFile, type FileTask } from './checkFile';
import { errorMessage } from './errorMessage';
import type { RollupFile } from '../core';

export type WorkerMessage =
  | { type: 'chunk'; text: string }
  | { type: 'done'; exitCode: 0 | 1 | 2; errors: number; rollup?: RollupFile }
  | { type: 'failed'; message: string };

// the main thread checks one small file itself with this (pool.ts, checkInThread), and puts a run's
// roll-up together and writes it with these (--rollup)
export { checkFile };
export { Rollup } from '../core';
export { writeRollup } from './writeRollup';

// Files are parsed here, away from the main thread, so one that runs away (memory or time) takes down
// only this worker: the pool reports it and carries on with the others.
const port = parentPort;
if (port) {
  const post = (m: WorkerMessage): void => port.postMessage(m);
  // The pool hands over the next file before this one is finished (pool.ts): files are checked one at a
  // time, in the order given, so that every message is about the file the pool is waiting for.
  const waiting: FileTask[] = [];
  let busy = false;
  const checkNext = (): void => {
    const task = waiting.shift();
    busy = task !== undefined;
    if (task === undefined) return;
    checkFile(task, (text) => post({ type: 'chunk', text })).then(
      (outcome) => post(outcome.rollup ? { type: 'done', exitCode: outcome.exitCode, errors: outcome.errors, rollup: outcome.rollup } : { type: 'done', exitCode: outcome.exitCode, errors: outcome.errors }),
      (error: unknown) => post({ type: 'failed', message: errorMessage(error) }),
    ).finally(checkNext);
  };
  port.on('message', (task: FileTask) => {
    waiting.push(task);
    if (!busy) checkNext();
  });
}
