/**
 * A worker's entry: the checker (worker.js beside this file) loaded through its code cache, as the main
 * thread loads it for one small file (codeCache.ts). Started as worker.js itself, each worker compiled the
 * engine afresh: about 40 ms of a 10,000-row check --out, and of each of the two lanes of a folder's check.
 */
import { join } from 'node:path';
import { loadBundle } from './codeCache';

loadBundle(join(__dirname, 'worker.js'));
