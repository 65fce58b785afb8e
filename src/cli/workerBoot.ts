/**
 * A worker's entry: the checker (worker.js beside this file) loaded through its code cache, as the main
 * thread loads it for one small file (codeCache.ts). Started as worker.js itself, each worker compiled the
 * engine afresh: about 40 ms of a 10,000-row check --out, and of each of the two lanes of a folder's check.
 */
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { loadBundle } from './codeCache';
import type { WorkerStart } from './pool';
import { tierUpOnceBooted } from './tierUp';

// Node's modules the checker uses are loaded by now (codeCache's imports), under V8's default flags
const { gate } = (workerData ?? {}) as WorkerStart;
if (gate) tierUpOnceBooted(gate);
loadBundle(join(__dirname, 'worker.js'));
