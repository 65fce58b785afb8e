/**
 * Deflate, inflate and CRC-32 for Node, through its zlib: native, and about 3 times faster than fflate.
 * The browser's bundle has zlib.browser.ts in this module's place (a webpack alias): the two export the
 * same names and types, and nothing else in src/workbook/xlsx touches zlib.
 */

import * as zlib from 'node:zlib';
import { crc32Js } from '../crc32';
import type { Crc32, DeflateLevel, InflateWhole, RawDeflate, RawDeflateLater } from './zlibTypes';

/** zlib's native CRC-32 where Node has it (20.15 and later); `crc` is the running value, starting at 0 */
export const crc32: Crc32 = typeof zlib.crc32 === 'function' ? (crc, data) => zlib.crc32(data, crc) : crc32Js;

/** Each chunk deflated in one call that ends on a sync flush, so the next call's output carries on from it. */
export function rawDeflate(level: DeflateLevel): RawDeflate {
  return (chunk, final) => zlib.deflateRawSync(chunk, { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
}

/**
 * rawDeflate's call on libuv's thread pool: the same options, so the same bytes, while JavaScript goes on.
 * Its output is taken in buffers a quarter of the chunk's size, room for all of it when it deflates as
 * XML does (deflate's output does not depend on how it is taken): in zlib's 16 KiB ones, each would be
 * one more trip back to this thread, and a buffer the chunk's size would be held, mostly empty, until
 * the part is put together.
 */
export const rawDeflateLater: RawDeflateLater = (level) => (chunk, final) =>
  new Promise((resolve, reject) => {
    const options = { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH, chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, chunk.length >> 2) };
    zlib.deflateRaw(chunk, options, (error, deflated) => (error ? reject(error) : resolve(deflated)));
  });

/** zlib's inflate in one call, Node's error codes turned into the outcomes zip.ts reports */
export const inflateWhole: InflateWhole = (raw, max) => {
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: max, chunkSize: Math.max(64, max) });
  } catch (e) {
    const code = (e as { code?: unknown } | undefined)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return 'too-long';
    if (typeof code === 'string' && code.startsWith('Z_')) return { damaged: (e as Error).message };
    throw e;
  }
};
