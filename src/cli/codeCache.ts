/**
 * V8's code cache for the checker bundle (dist/cli/worker.js), for a run that checks one small file on the
 * main thread. Compiling the engine (1.2 MB) and each function it calls the first time is a third of such a
 * run; the cache, made once when the CLI is built (scripts/cliCodeCache.ts, after a run over the samples),
 * holds them compiled. Node 20 has no cache of its own for this (module.enableCompileCache is Node 22).
 *
 * The cache file is the CRC-32 of the source it was made from, then V8's data. V8 checks its own version,
 * flags and the source's length, not its text: a cache from a rebuilt bundle of the same length would be
 * taken, and run the old code. A cache that does not match, or that V8 refuses (another Node), is not used:
 * the bundle then compiles as it would without one. Both ends set the CLI's V8 flags first (tierUp.ts), so
 * that the flags a cache is made under are the ones it is loaded under.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from '../workbook/xlsx/platform/zlib';
import { tierUpLater } from './tierUp';

export const cacheFileOf = (file: string): string => `${file}.cache`;

const HEADER_BYTES = 4;

/** The bundle as Node's own loader would run it: a CommonJS module's function. */
function compile(file: string, source: string, cachedData?: Buffer): Script {
  return new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
}

function run(script: Script, file: string): unknown {
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** The cache's V8 data when it was made from `bytes`, else undefined. */
function cachedDataFor(bytes: Uint8Array, cache: Buffer): Buffer | undefined {
  if (cache.length <= HEADER_BYTES || cache.readUInt32LE(0) !== crc32(0, bytes)) return undefined;
  return cache.subarray(HEADER_BYTES);
}

/** What became of the cache: V8 took it; V8 refused it (another Node); it was made from other code; there is none. */
export type CacheUse = 'used' | 'refused' | 'stale' | 'none';

/** The exports of the CommonJS bundle `file`, compiled from its code cache when there is a good one. */
export function loadBundle(file: string): { exports: unknown; cache: CacheUse } {
  tierUpLater();
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    return { exports: createRequire(file)(file), cache: 'none' };
  }
  const bytes = readFileSync(file);
  const cachedData = cachedDataFor(bytes, cache);
  if (cachedData === undefined) return { exports: createRequire(file)(file), cache: 'stale' };
  const script = compile(file, bytes.toString('utf8'), cachedData);
  return { exports: run(script, file), cache: script.cachedDataRejected ? 'refused' : 'used' };
}

/**
 * Loads the bundle `file` and runs `warmUp` with its exports, so that what it calls is compiled too;
 * then the cache's bytes, to be written to cacheFileOf(file).
 */
export async function makeCodeCache(file: string, warmUp: (exports: unknown) => Promise<void>): Promise<Buffer> {
  tierUpLater();
  const bytes = readFileSync(file);
  const script = compile(file, bytes.toString('utf8'));
  await warmUp(run(script, file));
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(crc32(0, bytes), 0);
  return Buffer.concat([header, script.createCachedData()]);
}
