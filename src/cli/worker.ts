import { parentPort } from 'node:worker_threads';
import { checkFile, type FileTask } from './checkFile';

// Files are parsed here, away from the main thread, so one that runs away (memory or time) takes down
// only this worker: the pool reports it and carries on with the others.
parentPort!.on('message', (task: FileTask) => {
  checkFile(task).then(
    (outcome) => parentPort!.postMessage({ ok: true, outcome }),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
