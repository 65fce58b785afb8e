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

/**
 * `counted` workers expected at a fresh gate, `started` of them started, each waiting at most `patienceMs`:
 * whether any waited out its patience, whether the flags were set 100 ms after the start (before any
 * patience ran out), and whether they were set once every started worker had passed the gate.
 */
function throughGate(counted: number, started: number, patienceMs: number): { waited: boolean; setEarly: boolean; set: boolean } {
  const worker = [
    "const { workerData, parentPort } = require('node:worker_threads');",
    `const { tierUpOnceBooted } = require(${JSON.stringify(BUILT)});`,
    'const from = Date.now();',
    `tierUpOnceBooted(workerData.gate, ${patienceMs});`,
    'parentPort.postMessage(Date.now() - from);',
  ].join('\n');
  const program = [
    "const { Worker } = require('node:worker_threads');",
    "const { Script } = require('node:vm');",
    `const { makeBootGate, expectBoot } = require(${JSON.stringify(BUILT)});`,
    "const cache = new Script('function f() { return 41; } f();').createCachedData();",
    // each asks with another source of the cache's length: V8 takes one it has compiled from its own memory
    'let asked = 42;',
    "const refused = () => new Script(`function f() { return ${asked++}; } f();`, { cachedData: cache }).cachedDataRejected;",
    'const gate = makeBootGate();',
    `for (let i = 0; i < ${counted}; i++) expectBoot(gate);`,
    'let setEarly;',
    'setTimeout(() => { setEarly = refused(); }, 100);',
    'const waits = [];',
    `for (let i = 0; i < ${started}; i++) new Worker(${JSON.stringify(worker)}, { eval: true, workerData: { gate } }).on('message', (ms) => {`,
    `  waits.push(ms);`,
    `  if (waits.length === ${started}) setTimeout(() => process.stdout.write(JSON.stringify({ waited: Math.max(...waits) >= ${patienceMs}, setEarly, set: refused() })), 150);`,
    '});',
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' })) as { waited: boolean; setEarly: boolean; set: boolean };
}

describe('tierUpOnceBooted: the last worker started together to boot sets the flags', () => {
  it.each<[string, number, number, number, { waited: boolean; setEarly: boolean; set: boolean }]>([
    ['one worker: it sets them as it boots', 1, 1, 5000, { waited: false, setEarly: true, set: true }],
    ['two workers: the later sets them, and neither waits out its patience', 2, 2, 5000, { waited: false, setEarly: true, set: true }],
    ['two counted, one started: it waits for the other, then sets them itself', 2, 1, 1000, { waited: true, setEarly: false, set: true }],
  ])('%s', (_what, counted, started, patienceMs, expected) => {
    expect(throughGate(counted, started, patienceMs)).toEqual(expected);
  });

  it('a worker started once the flags are set does not wait', () => {
    const program = [
      `const { makeBootGate, expectBoot, tierUpLater } = require(${JSON.stringify(BUILT)});`,
      'const gate = makeBootGate();',
      'const before = expectBoot(gate);',
      'tierUpLater();',
      'process.stdout.write(JSON.stringify([before, expectBoot(gate)]));',
    ].join('\n');
    expect(JSON.parse(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }))).toEqual([true, false]);
  });
});
