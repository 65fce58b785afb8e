/**
 * zlib.ts for the browser, in pure JavaScript: fflate deflates, the CRC-32 is computed here, and parts are
 * inflated by zip.ts's fflate stream (there is no one-call inflate that stops at a size).
 */

import { Deflate } from 'fflate';
import { concatBytes } from '../concatBytes';
import { crc32Js } from '../crc32';
import type { Crc32, DeflateLevel, InflateWhole, RawDeflate, RawDeflateLater } from './zlibTypes';

export const crc32: Crc32 = crc32Js;

/** One fflate stream for the whole part: it holds back what it has not yet compressed until the next call. */
export function rawDeflate(level: DeflateLevel): RawDeflate {
  const out: Uint8Array[] = [];
  const deflater = new Deflate({ level }, (data) => out.push(data));
  return (chunk, final) => {
    deflater.push(chunk, final);
    return concatBytes(out.splice(0));
  };
}

export const inflateWhole: InflateWhole = undefined;

/** none: fflate's stream holds back what it has not compressed until the next chunk, so a part is one stream */
export const rawDeflateLater: RawDeflateLater = undefined;
