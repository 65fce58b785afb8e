/**
 * Writes dist/cli/worker.js.cache, V8's code cache for the checker bundle (see src/cli/codeCache.ts), after
 * checking the samples with it the ways a run of one small file can go: the report, --json, --out, --save
 * and clean. npm run build runs it after webpack, with the Node that will run the CLI.
 *
 *   node dist/scripts/cliCodeCache.js
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileOf, makeCodeCache } from '../src/cli/codeCache';
import type { FileTask } from '../src/cli/checkFile';
import type { CheckOptions } from '../src/cli/options';
import { repoRoot } from './repoRoot';

async function main(): Promise<void> {
  const root = repoRoot(__dirname);
  const bundle = join(root, 'dist', 'cli', 'worker.js');
  const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => join(root, 'samples', f));
  const out = mkdtempSync(join(tmpdir(), 'tracker-check-code-cache-'));
  const options = (json: boolean, save = false): Omit<CheckOptions, 'inputs'> => ({ asAt: '2011-03-31', asAtGiven: true, json, timeoutSeconds: 120, inPlace: false, save });
  try {
    const cache = await makeCodeCache(bundle, async (exports) => {
      const { checkFile } = exports as typeof import('../src/cli/worker');
      const ignore = (): void => undefined;
      for (const file of samples) {
        const written = join(out, `written-${samples.indexOf(file)}.xlsx`);
        const tasks: FileTask[] = [
          { file, command: 'check', options: options(false), color: false, width: 100 },
          { file, command: 'check', options: options(true), color: false, width: 100 },
          { file, command: 'check', options: options(false, true), target: written, color: false, width: 100 },
          { file: written, command: 'clean', options: options(false), target: join(out, 'cleaned.xlsx'), color: false, width: 100 },
        ];
        for (const task of tasks) await checkFile(task, ignore);
      }
    });
    writeFileSync(cacheFileOf(bundle), cache);
    console.log(`${cacheFileOf(bundle)}: ${(cache.length / 1024).toFixed(0)} KB`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
