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
import { concatBytes } from './concatBytes';
import { latin1Writer } from './platform/latin1';
import { crc32, rawDeflate } from './platform/zlib';
import type { DeflateLevel, RawDeflateLater } from './platform/zlibTypes';

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

/** How a part's text is written: UTF-8, bytes form (see bytesText.ts), or the UTF-16 a part came in. */
export type TextForm = 'utf8' | 'bytes' | 'utf-16le' | 'utf-16be';

/** the most bytes a character (a UTF-16 code unit) of each form takes: a lone surrogate is 3 bytes of U+FFFD */
const BYTES_PER_CHAR: Readonly<Record<TextForm, number>> = { utf8: 3, bytes: 1, 'utf-16le': 2, 'utf-16be': 2 };

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** A zip entry's MS-DOS time and date */
export interface DosTime {
  readonly dosTime: number;
  readonly dosDate: number;
}

/** new parts carry a fixed time, so the same input gives the same bytes */
export const FIXED_TIME: DosTime = { dosTime: FIXED_DOS_TIME, dosDate: FIXED_DOS_DATE };

/**
 * A part written as text, given whole or in pieces (a tracker sheet with the product's cells spliced in
 * is hundreds of thousands of them). The text is encoded a chunk at a time straight into one buffer and
 * each chunk deflated into one deflate stream (see platform/zlib.ts): neither the whole text nor its bytes
 * are ever held at once, and the pieces are never joined. Text in bytes form (see bytesText.ts) is written
 * byte for byte. Chunks are cut every CHUNK characters of the text, however it came in pieces, and never
 * between the halves of a surrogate pair (each half alone would be written as U+FFFD): the same text always
 * gives the same bytes, and new parts carry a fixed time, so the same input gives the same workbook.
 */
export function deflatedText(name: string, text: string | Iterable<string>, form: TextForm = 'utf8', time: DosTime = FIXED_TIME): ZipOutEntry {
  const { crc, size, out } = deflateChunks(text, form, rawDeflate);
  return { name, method: 8, crc, size, data: concatBytes(out), dosTime: time.dosTime, dosDate: time.dosDate };
}

/** Deflates a part's chunks (see deflatedTextLater), each as it is given: done with the chunk's bytes, or a copy of them made, before it returns. */
export type ChunkDeflater = (level: DeflateLevel) => (chunk: Uint8Array, final: boolean) => Promise<Uint8Array>;

/**
 * deflatedText with each chunk deflated by `deflater`, on another thread while the next is encoded here
 * (see laterWithin): the same chunks at the same levels, so the same bytes.
 */
export function deflatedTextLater(name: string, text: string | Iterable<string>, form: TextForm, time: DosTime, deflater: ChunkDeflater): Promise<ZipOutEntry> {
  const { crc, size, out } = deflateChunks(text, form, deflater);
  return Promise.all(out).then((data) => ({ name, method: 8, crc, size, data: concatBytes(data), dosTime: time.dosTime, dosDate: time.dosDate }));
}

/**
 * The text's chunks (see encodeInChunks), each given to a deflate made for the part: its CRC-32, its
 * length in bytes, and what the deflate gave for each chunk, in order. The level is chosen on the first
 * chunk: a part that fills one chunk is a large part.
 */
function deflateChunks<T>(text: string | Iterable<string>, form: TextForm, deflaterAt: (level: DeflateLevel) => (chunk: Uint8Array, final: boolean) => T): { crc: number; size: number; out: T[] } {
  let deflate: ((chunk: Uint8Array, final: boolean) => T) | undefined;
  const out: T[] = [];
  let crc = 0;
  let size = 0;
  encodeInChunks(text, form, (bytes, final) => {
    deflate ??= deflaterAt(final ? 6 : 1);
    crc = crc32(crc, bytes);
    size += bytes.length;
    out.push(deflate(bytes, final));
  });
  return { crc, size, out };
}

/**
 * A ChunkDeflater for one package: chunks of at least `least` bytes are copied and handed to `later`'s
 * thread until `budget` bytes of them have been, and the rest deflated here as deflatedText does them
 * (each chunk is a stream of its own either way). This thread does not see a chunk finish until it is
 * done making the package, so without a budget a large one would hold a copy of every chunk, waiting its
 * turn on the other thread; and a small chunk is deflated sooner than it could be handed over.
 */
export function laterWithin(later: NonNullable<RawDeflateLater>, budget: number, least = 0): ChunkDeflater {
  let handed = 0;
  return (level) => {
    const there = later(level);
    const here = rawDeflate(level);
    return (chunk, final) => {
      if (handed >= budget || chunk.length < least) return Promise.resolve(here(chunk, final));
      handed += chunk.length;
      return there(chunk.slice(), final);
    };
  };
}

/**
 * Encodes text a chunk at a time into one buffer, giving `chunk` each chunk's bytes (a view of that
 * buffer, written over by the next chunk) and whether it is the last (see deflatedText).
 */
function encodeInChunks(text: string | Iterable<string>, form: TextForm, chunk: (bytes: Uint8Array, final: boolean) => void): void {
  const buffer = spareBuffers.pop() ?? new Uint8Array(CHUNK * MAX_BYTES_PER_CHAR);
  try {
    encodeChunksInto(typeof text === 'string' ? [text] : text, form, buffer, chunk);
  } finally {
    spareBuffers.push(buffer);
  }
}

/**
 * Chunk buffers kept from one part to the next, each with room for a chunk of any form: a written
 * package has a dozen parts or more, each of which would otherwise take three megabytes afresh, zeroed.
 */
const spareBuffers: Uint8Array[] = [];
const MAX_BYTES_PER_CHAR = Math.max(...Object.values(BYTES_PER_CHAR));

/** encodeInChunks's work, in the buffer it is lent */
function encodeChunksInto(pieces: Iterable<string>, form: TextForm, buffer: Uint8Array, chunk: (bytes: Uint8Array, final: boolean) => void): void {
  const encode = encoderInto(form, buffer);
  /** bytes of the chunk in the buffer, and its characters, a high surrogate held back included */
  let filled = 0;
  let chars = 0;
  /** a high surrogate at the end of what was written, kept to be encoded with what follows it */
  let held = '';
  const flush = (final: boolean): void => {
    chunk(buffer.subarray(0, filled), final);
    filled = 0;
    chars = 0;
  };
  /** encodes piece[from, to) after whatever is held, holding back a high surrogate at its end (UTF-8 only) */
  const write = (piece: string, from: number, to: number): void => {
    if (to === from) return;
    const end = form === 'utf8' && to > from && isHighSurrogate(piece.charCodeAt(to - 1)) ? to - 1 : to;
    const part = from === 0 && end === piece.length ? piece : piece.slice(from, end);
    filled = encode(held === '' ? part : held + part, filled);
    held = end < to ? piece.charAt(end) : '';
  };
  for (const piece of pieces) {
    let from = 0;
    while (piece.length - from > CHUNK - chars) {
      const cut = from + CHUNK - chars;
      write(piece, from, cut);
      from = cut;
      // what is held goes on to the next chunk: it counts there
      const carried = held.length;
      chars = CHUNK;
      flush(false);
      chars = carried;
    }
    if (from < piece.length) {
      write(piece, from, piece.length);
      chars += piece.length - from;
    }
  }
  if (held !== '') filled = encode(held, filled);
  flush(true);
}

/** Writes text of a form into `buffer` at `at`, returning where it ends. */
function encoderInto(form: TextForm, buffer: Uint8Array): (text: string, at: number) => number {
  switch (form) {
    case 'utf8': {
      const encoder = new TextEncoder();
      return (text, at) => at + encoder.encodeInto(text, buffer.subarray(at)).written;
    }
    case 'bytes':
      return latin1Writer(buffer);
    default: {
      // UTF-16 code units as bytes, each half of a surrogate pair in turn
      const [high, low] = form === 'utf-16be' ? [0, 1] : [1, 0];
      return (text, at) => {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          buffer[at + 2 * i + high] = c >> 8;
          buffer[at + 2 * i + low] = c & 0xff;
        }
        return at + 2 * text.length;
      };
    }
  }
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
