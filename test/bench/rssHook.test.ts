import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/runCli';

// The bench and the main-thread test read a child's peak memory through bench/rssHook.js. The peak must be
// the child's own: a child forked from a large parent (the bench, a jest worker) must not report the
// parent's memory, and a child that does grow must report it.
const dir = mkdtempSync(join(tmpdir(), 'tc-rss-hook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOOK = join(ROOT, 'bench', 'rssHook.js');

/** runs `parentMb` of live memory in a parent that spawns a hooked child holding `childMb`; the child's report in MB */
function reported(parentMb: number, childMb: number): number {
  const file = join(dir, `rss-${parentMb}-${childMb}`);
  const child = `globalThis.held = Buffer.alloc(${childMb} * 1024 * 1024, 1)`;
  const parent = [
    `const held = Buffer.alloc(${parentMb} * 1024 * 1024, 1);`,
    `const r = require('node:child_process').spawnSync(process.execPath, ['--require', ${JSON.stringify(HOOK)}, '-e', ${JSON.stringify(child)}],`,
    `  { env: { ...process.env, TRACKER_BENCH_RSS_FILE: ${JSON.stringify(file)} } });`,
    'process.exitCode = r.status ?? 1; held[0] = 0;',
  ].join('\n');
  const run = spawnSync(process.execPath, ['-e', parent]);
  expect(run.status).toBe(0);
  return Number(readFileSync(file, 'utf8')) / 1024;
}

describe('bench/rssHook.js', () => {
  it.each([
    // parent MB, child MB, the child's report at least, and under
    [0, 0, 20, 150],
    [400, 0, 20, 150],
    [0, 300, 300, 450],
    [600, 300, 300, 450],
  ])('a child of a %i MB parent holding %i MB reports its own peak', (parentMb, childMb, least, under) => {
    const mb = reported(parentMb, childMb);
    expect(mb).toBeGreaterThanOrEqual(least);
    expect(mb).toBeLessThan(under);
  }, 60_000);
});
