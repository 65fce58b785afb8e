import { isMainThread } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 compiles it with TurboFan: about twelve times V8's own 67,584.
 * A run of the CLI is short and each worker compiles for itself, so at V8's figure TurboFan compiled the
 * engine's functions again and again as they warmed (and again after each deoptimisation) for code that
 * then ran a few milliseconds: of 200 small trackers checked on two workers it was half the CPU time, in the
 * background threads that share the two cores with the workers. Compiling later cut that run's CPU time
 * by a quarter and one 100-row check's by a fifth; a 10,000-row check --out took less too, and 100,000 rows
 * as long as before (a function that runs long still gets there in its first milliseconds). 400,000 and
 * 1,500,000 did less well than this.
 */
export const INTERRUPT_BUDGET = 800_000;

let set = false;

/**
 * Sets V8's flags for the checker, from the main thread, before the checker loads there or a worker starts:
 * V8's flags are the process's, and workers share them. The checker's code cache must be made under the
 * same flags, as V8 refuses a cache made under others: codeCache.ts sets them when it makes one too.
 */
export function tierUpLater(): void {
  if (set || !isMainThread) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  set = true;
}
