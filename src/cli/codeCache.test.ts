import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../test/support/runCli';
import { cacheFileOf, loadBundle, type CacheUse } from './codeCache';

// V8 keeps what it has compiled in the process and takes a source it has seen from there, whatever cache
// it is given: so each cache is made in a process of its own (by the build, as npm run build makes it),
// and each case has bundles of its own (the tag).
const BUILT = join(ROOT, 'dist', 'src', 'cli', 'codeCache.js');
if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npx tsc -p tsconfig.build.json" first`);

const dir = mkdtempSync(join(tmpdir(), 'tc-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// answering 41 or 42, the bundles are of the same length: V8 tells their caches apart by length only
const answering = (n: 41 | 42, tag: number): string =>
  `exports.answer = function answer() { return ${n}; };\nexports.file = __filename; // ${String(tag).padStart(4, '0')}\n`;

let count = 0;
/** a bundle answering `answer`, with a cache made from the one answering `cachedFrom` after calling it, or none */
function bundle(answer: 41 | 42, cachedFrom?: 41 | 42, alter?: (cache: Buffer) => Buffer): string {
  const tag = count++;
  const file = join(dir, `bundle${tag}.js`);
  if (cachedFrom !== undefined) {
    writeFileSync(file, answering(cachedFrom, tag));
    const make = `require(${JSON.stringify(BUILT)}).makeCodeCache(${JSON.stringify(file)}, async (e) => { e.answer(); })` +
      `.then((c) => require('node:fs').writeFileSync(${JSON.stringify(cacheFileOf(file))}, c))`;
    execFileSync(process.execPath, ['-e', make]);
    if (alter) writeFileSync(cacheFileOf(file), alter(readFileSync(cacheFileOf(file))));
  }
  writeFileSync(file, answering(answer, tag));
  return file;
}

describe('loadBundle', () => {
  it.each<[string, () => string, CacheUse]>([
    ['no cache: Node loads the bundle', () => bundle(42), 'none'],
    ['a cache made from it: used', () => bundle(42, 42), 'used'],
    // V8 would take it, and answer 41
    ['a cache made from a bundle of the same length: not used', () => bundle(42, 41), 'stale'],
    // V8's data begins with its magic number, where a cache from another V8 would differ
    ['a cache V8 does not take: the bundle compiles anew', () => bundle(42, 42, (c) => Buffer.concat([c.subarray(0, 4), Buffer.from([c[4]! ^ 0xff]), c.subarray(5)])), 'refused'],
    ['a cache cut short to its header: not used', () => bundle(42, 42, (c) => c.subarray(0, 4)), 'stale'],
  ])('%s', (_what, make, expected) => {
    const file = make();
    const { exports, cache } = loadBundle(file);
    expect(cache).toBe(expected);
    // whichever way it loaded, it runs this bundle's code, as a module of that file
    expect(exports).toMatchObject({ file });
    expect((exports as { answer: () => number }).answer()).toBe(42);
  });
});
