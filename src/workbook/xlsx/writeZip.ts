/**
 * Writes a zip archive from entries whose compressed bytes are already known: entries copied from the
 * user's file keep their compressed bytes, method, CRC, sizes and DOS time and date exactly (no inflate, no
 * deflate), and only the parts the product adds or changes are deflated here, with a fixed time, so the
 * same input gives the same bytes. Every entry gets the same plain local header whatever the original had:
 * UTF-8 names flag, CRC and sizes in the header, no extra field, no data descriptor.
 *
 * Why by hand, though fflate 0.8 (already shipped) can carry compressed bytes through its streaming Zip
 * and a ZipInputFile declaring method, CRC and size (writeZip.fflate.test.ts shows each point):
 *  - that Zip gives every entry a data descriptor (flag bit 3, CRC and sizes 0 in the local header, 16
 *    bytes after the data), stored parts too, and java.util.zip.ZipInputStream refuses a stored entry with
 *    one (checked with OpenJDK 17); fflate's zipSync, which writes none, takes only inflated data and
 *    deflates it again, to other bytes;
 *  - it takes a time only as a Date and writes that Date's local-time fields, so a copied part's DOS time
 *    survives only if it is a real local time: day or month 0, a seconds field past 29 or a year after
 *    2099 is changed or refused, and an hour skipped by a clock change moves on an hour;
 *  - neither writes zip64: past 65,535 parts (or 4 GB) writeZip refuses, where fflate's part count wraps.
 */
import { bytesFromBytesText } from './bytesText';
import { concatBytes } from './concatBytes';
import { crc32, rawDeflate } from './platform/zlib';
import type { RawDeflate } from './platform/zlibTypes';

export interface ZipOutEntry {
  readonly name: string;
  /** 0 stored, 8 deflated */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly dosTime: number;
  readonly dosDate: number;
}

/** 1 January 2000, 00:00: new parts carry a fixed time, so the same input gives the same bytes */
export const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

const UTF8_NAMES = 0x0800;
const LIMIT = 0xffffffff;

/** parts larger than this are deflated at level 1: on a 60 MB tracker sheet level 6 takes 4 times as long for a third less */
const LARGE_PART = 1 << 20;

/** characters of text encoded and deflated at a time; a part longer than one chunk counts as large */
const CHUNK = LARGE_PART;

/**
 * A part written as text, given whole or in pieces (a tracker sheet with the product's cells spliced in
 * is hundreds of thousands of them). The text is encoded and deflated a chunk at a time into one deflate
 * stream (see platform/zlib.ts): neither the whole text nor its UTF-8 bytes are ever held at once. Text in bytes form (see bytesText.ts) is written byte for byte. Chunks are cut
 * every CHUNK characters of the text, however it came in pieces, so the same text always gives the same
 * bytes; new parts carry a fixed time, so the same input gives the same workbook.
 */
/** How a part's text is written: UTF-8, bytes form (see bytesText.ts), or the UTF-16 a part came in. */
export type TextForm = 'utf8' | 'bytes' | 'utf-16le' | 'utf-16be';

/** UTF-16 code units as bytes, each half of a surrogate pair in turn (so a pair cut between chunks stays whole) */
function utf16Bytes(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const [high, low] = bigEndian ? [0, 1] : [1, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + high] = c >> 8;
    out[2 * i + low] = c & 0xff;
  }
  return out;
}

export function deflatedText(name: string, text: string | Iterable<string>, form: TextForm = 'utf8'): ZipOutEntry {
  const pieces = typeof text === 'string' ? [text] : text;
  // the level is chosen on the first chunk: a part that fills one chunk is a large part
  let deflate: RawDeflate | undefined;
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let batchLength = 0;
  const flush = (final: boolean): void => {
    deflate ??= rawDeflate(final ? 6 : 1);
    let chunk = batch.length === 1 ? batch[0]! : batch.join('');
    batch = [];
    batchLength = 0;
    // never end a chunk between the halves of a surrogate pair (each half alone would be written as
    // U+FFFD): the high half goes on to the next chunk, wherever the pieces were cut
    const last = chunk.charCodeAt(chunk.length - 1);
    if (!final && form === 'utf8' && last >= 0xd800 && last <= 0xdbff) {
      batch.push(chunk.slice(-1));
      batchLength = 1;
      chunk = chunk.slice(0, -1);
    }
    const bytes = form === 'bytes' ? bytesFromBytesText(chunk) : form === 'utf8' ? encoder.encode(chunk) : utf16Bytes(chunk, form === 'utf-16be');
    crc = crc32(crc, bytes);
    size += bytes.length;
    out.push(deflate(bytes, final));
  };
  for (const piece of pieces) {
    let from = 0;
    while (piece.length - from > CHUNK - batchLength) {
      const cut = from + CHUNK - batchLength;
      batch.push(piece.slice(from, cut));
      from = cut;
      flush(false);
    }
    if (from < piece.length) {
      batch.push(from === 0 ? piece : piece.slice(from));
      batchLength += piece.length - from;
    }
  }
  flush(true);
  return { name, method: 8, crc, size, data: concatBytes(out), dosTime: FIXED_DOS_TIME, dosDate: FIXED_DOS_DATE };
}

export function writeZip(entries: readonly ZipOutEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => {
    total += 30 + names[i]!.length + e.data.length + 46 + names[i]!.length;
  });
  if (total > LIMIT || entries.length > 0xffff) throw new Error('the workbook would be too large to write (over 4 GB or 65,535 parts)');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    const name = names[i]!;
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, UTF8_NAMES, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.dosTime, true);
    view.setUint16(p + 12, e.dosDate, true);
    view.setUint32(p + 14, e.crc >>> 0, true);
    view.setUint32(p + 18, e.data.length, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, name.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(e.data, p + 30 + name.length);
    p += 30 + name.length + e.data.length;
  });
  const directory = p;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, UTF8_NAMES, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.dosTime, true);
    view.setUint16(p + 14, e.dosDate, true);
    view.setUint32(p + 16, e.crc >>> 0, true);
    view.setUint32(p + 20, e.data.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, name.length, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return out;
}
