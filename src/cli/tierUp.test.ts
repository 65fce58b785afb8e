import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/support/runCli';

// V8's flags are the process's: each case runs in a Node of its own, with the compiled build.
const BUILT = join(ROOT, 'dist', 'src', 'cli', 'tierUp.js');
if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npx tsc -p tsconfig.build.json" first`);

/**
 * Whether V8 refuses a code cache made before `call` ran: it does when its flags have changed since. Run
 * on the main thread, or in a worker when `inWorker`.
 */
function refusesEarlierCache(call: string, inWorker: boolean): boolean {
  const check = [
    "const { Script } = require('node:vm');",
    // V8 takes a source it has compiled from its own memory, cache or none: the cache is made from another
    // of the same length, which V8 cannot tell from it (see codeCache.ts)
    "const cache = new Script('function f() { return 41; } f();').createCachedData();",
    `const { tierUpLater } = require(${JSON.stringify(BUILT)});`,
    call,
    "return new Script('function f() { return 42; } f();', { cachedData: cache }).cachedDataRejected;",
  ].join('\n');
  const program = inWorker
    ? `const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(`require('node:worker_threads').parentPort.postMessage((() => { ${check} })())`)}, { eval: true }).on('message', (r) => process.stdout.write(String(r)));`
    : `process.stdout.write(String((() => { ${check} })()))`;
  return execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }) === 'true';
}

describe('tierUpLater', () => {
  it.each<[string, string, boolean, boolean]>([
    ['not called: the flags are as they were', '', false, false],
    ['called on the main thread: V8 runs under other flags', 'tierUpLater();', false, true],
    ['called twice: as once', 'tierUpLater(); tierUpLater();', false, true],
    // a worker's flags are the main thread's to set, before the worker starts (pool.ts)
    ['called in a worker: nothing changes', 'tierUpLater();', true, false],
  ])('%s', (_what, call, inWorker, refused) => {
    expect(refusesEarlierCache(call, inWorker)).toBe(refused);
  });
});
