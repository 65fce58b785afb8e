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
 * Sets V8's flags for the checker, from the main thread, before the checker loads there: V8's flags are the
 * process's, and workers share them. The checker's code cache must be made under the same flags, as V8
 * refuses a cache made under others: codeCache.ts sets them when it makes one too. Workers are started
 * before the flags are set, and the last of them to boot sets them (see tierUpOnceBooted).
 */
export function tierUpLater(): void {
  if (set || !isMainThread) return;
  setFlag();
}

function setFlag(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  set = true;
}

/**
 * Shared by the main thread and the workers it starts: [workers started and not yet booted, the flags'
 * state]. Node's own code in a worker (its bootstrap, and the modules it loads: zlib, vm, fs) is
 * compiled from a code cache Node made under V8's default flags, which V8 refuses once any flag differs: a
 * worker started after the flags were set compiled it all from source, 51-55 ms of CPU to boot rather than
 * 26 (each of two workers, measured alone). So the workers are started under the default flags, each waits
 * when it has booted, and the last to boot sets the flags before any of them loads the checker.
 */
export type BootGate = Int32Array;

const STARTING = 0;
const FLAGS = 1;
// the states of FLAGS: a waiting worker goes on only once they are SET, not while another is setting them
const UNSET = 0;
const SETTING = 2;
const SET = 1;

export const makeBootGate = (): BootGate => new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));

/** Main thread, as it starts a worker: whether the worker is to wait at the gate (the flags are not set yet). */
export function expectBoot(gate: BootGate): boolean {
  if (set || Atomics.load(gate, FLAGS) !== UNSET) return false;
  Atomics.add(gate, STARTING, 1);
  return true;
}

/**
 * A worker, booted (the Node modules it needs loaded): the last of those started together sets the flags,
 * the others wait for it. One that has waited `patienceMs` (for a sibling that failed to boot, say) sets
 * them itself.
 */
export function tierUpOnceBooted(gate: BootGate, patienceMs = 1000): void {
  if (Atomics.sub(gate, STARTING, 1) > 1) {
    const until = Date.now() + patienceMs;
    for (let state = Atomics.load(gate, FLAGS); state !== SET && Date.now() < until; state = Atomics.load(gate, FLAGS)) {
      Atomics.wait(gate, FLAGS, state, Math.max(0, until - Date.now()));
    }
    if (Atomics.load(gate, FLAGS) === SET) return;
  }
  if (Atomics.compareExchange(gate, FLAGS, UNSET, SETTING) === UNSET) {
    setFlag();
    Atomics.store(gate, FLAGS, SET);
    Atomics.notify(gate, FLAGS);
    return;
  }
  while (Atomics.load(gate, FLAGS) !== SET) Atomics.wait(gate, FLAGS, SETTING, 50);
}
