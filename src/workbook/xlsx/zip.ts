/**
 * The zip layer: the central directory (read by hand, zip64 included), and inflation of one entry at a
 * time with the size limits checked before inflating (declared sizes and compression ratio) and again while
 * inflating (real bytes, since declared sizes can lie), and a CRC-32 check at the end. Parts up to
 * WHOLE_PART_MAX_BYTES are inflated by Node's zlib in one call, capped at their declared size; larger ones,
 * and every part in a browser, stream through fflate (see platform/zlib.ts).
 */

import { Inflate } from 'fflate';
import { concatBytes } from './concatBytes';
import { WorkbookReadError, formatBytes } from './errors';
import { crc32, inflateWhole } from './platform/zlib';

export interface ReaderLimits {
  /** the largest a single part may inflate to (default 512 MiB) */
  maxPartBytes: number;
  /** the most all the parts read may inflate to together (default 1 GiB) */
  maxTotalBytes: number;
  /** the highest compression ratio accepted for a part over `ratioCheckAboveBytes` (default 1000) */
  maxRatio: number;
  /** parts up to this inflated size are not ratio-checked (default 16 MiB) */
  ratioCheckAboveBytes: number;
  /** rows holding at least one value, per sheet (default 500,000) */
  maxRowsWithValues: number;
  /** columns per sheet (default 16,384, Excel's own limit) */
  maxColumns: number;
}

export const DEFAULT_LIMITS: Readonly<ReaderLimits> = Object.freeze({
  maxPartBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 1000,
  ratioCheckAboveBytes: 16 * 1024 * 1024,
  maxRowsWithValues: 500_000,
  maxColumns: 16_384,
});

export interface ZipEntry {
  /** the name as stored (forward slashes) */
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** MS-DOS modification time and date, as stored */
  readonly dosTime: number;
  readonly dosDate: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const TRUNCATED = 'the file is damaged or incomplete (the zip archive is truncated)';

function corrupt(detail?: string): WorkbookReadError {
  return new WorkbookReadError('corrupt-zip', detail ? `the file is damaged (${detail})` : TRUNCATED);
}

function u64(view: DataView, offset: number): number {
  const lo = view.getUint32(offset, true);
  const hi = view.getUint32(offset + 4, true);
  return hi * 0x100000000 + lo;
}

/** "/xl\\Worksheets/Sheet1.xml" → "xl/worksheets/sheet1.xml": how part names are compared (OPC names ignore case) */
export function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  /** entries named as an earlier one is, ignoring case (part names are unique so): [its name, theirs]; get() gives the earlier */
  readonly duplicates: Array<readonly [string, string]> = [];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  /** the entry for a part name (case-insensitive; a percent-encoded relationship target is tried decoded too) */
  get(name: string): ZipEntry | undefined {
    const found = this.byName.get(normalisePartName(name));
    if (found || name.indexOf('%') < 0) return found;
    try {
      return this.byName.get(normalisePartName(decodeURIComponent(name)));
    } catch {
      return undefined;
    }
  }

  private readDirectory(): void {
    const { bytes, view } = this;
    const len = bytes.length;
    if (len < 22) throw corrupt();
    // the end-of-central-directory record: the last 22 bytes, or earlier when the zip has a comment
    let eocd = -1;
    const stop = Math.max(0, len - 22 - 0xffff);
    for (let p = len - 22; p >= stop; p--) {
      if (bytes[p] === 0x50 && bytes[p + 1] === 0x4b && view.getUint32(p, true) === SIG_EOCD) {
        const commentLen = view.getUint16(p + 20, true);
        if (p + 22 + commentLen <= len) {
          eocd = p;
          break;
        }
      }
    }
    if (eocd < 0) throw corrupt();
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    let cdEnd = eocd;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && view.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
        const rec = u64(view, loc + 8);
        if (rec + 56 > len || view.getUint32(rec, true) !== SIG_EOCD64) throw corrupt('its zip64 directory is missing');
        count = u64(view, rec + 32);
        cdSize = u64(view, rec + 40);
        cdOffset = u64(view, rec + 48);
        cdEnd = rec;
      }
    }
    // data prepended to the archive (a self-extractor stub, say) shifts every offset
    let shift = 0;
    if (cdOffset + cdSize > cdEnd || (count > 0 && view.getUint32(cdOffset, true) !== SIG_CENTRAL)) {
      const guess = cdEnd - cdSize;
      if (guess >= 0 && guess + 4 <= len && count > 0 && view.getUint32(guess, true) === SIG_CENTRAL) {
        shift = guess - cdOffset;
        cdOffset = guess;
      } else {
        throw corrupt();
      }
    }
    const utf8 = new TextDecoder('utf-8');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > len || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt('its zip directory is damaged');
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const dosTime = view.getUint16(p + 12, true);
      const dosDate = view.getUint16(p + 14, true);
      const crc = view.getUint32(p + 16, true);
      let compressedSize = view.getUint32(p + 20, true);
      let size = view.getUint32(p + 24, true);
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      let localOffset = view.getUint32(p + 42, true);
      const nameEnd = p + 46 + nameLen;
      if (nameEnd + extraLen + commentLen > len) throw corrupt('its zip directory is damaged');
      const name = utf8.decode(bytes.subarray(p + 46, nameEnd)).replace(/\\/g, '/');
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        // the zip64 extra field holds the real values, in this order, only for those that overflowed
        let e = nameEnd;
        const extraEnd = nameEnd + extraLen;
        while (e + 4 <= extraEnd) {
          const id = view.getUint16(e, true);
          const sz = view.getUint16(e + 2, true);
          if (id === 0x0001) {
            let q = e + 4;
            if (size === 0xffffffff && q + 8 <= e + 4 + sz) {
              size = u64(view, q);
              q += 8;
            }
            if (compressedSize === 0xffffffff && q + 8 <= e + 4 + sz) {
              compressedSize = u64(view, q);
              q += 8;
            }
            if (localOffset === 0xffffffff && q + 8 <= e + 4 + sz) localOffset = u64(view, q);
            break;
          }
          e += 4 + sz;
        }
      }
      const entry: ZipEntry = { name, flags, method, crc, compressedSize, size, localOffset: localOffset + shift, dosTime, dosDate };
      this.entries.push(entry);
      const key = normalisePartName(name);
      const earlier = this.byName.get(key);
      if (earlier === undefined) this.byName.set(key, entry);
      else this.duplicates.push([earlier.name, entry.name]);
      p = nameEnd + extraLen + commentLen;
    }
  }

  /** the entry's compressed bytes */
  rawData(entry: ZipEntry): Uint8Array {
    const { view, bytes } = this;
    const at = entry.localOffset;
    if (at + 30 > bytes.length) throw corrupt();
    if (view.getUint32(at, true) !== SIG_LOCAL) throw corrupt(`the zip entry for ${entry.name} is damaged`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt();
    return bytes.subarray(start, end);
  }
}

/** Counts what has been inflated so far across the parts of one workbook. */
export class InflateBudget {
  total = 0;
  constructor(readonly limits: ReaderLimits) {}
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate reaches 1032:1, so a push of MAX_PUSH_BYTES
 * can make up to 33 MB; the push size shrinks when the data inflates a lot, to keep each push's output
 * near PUSH_OUTPUT_TARGET.
 */
const MAX_PUSH_BYTES = 32 * 1024;
const MIN_PUSH_BYTES = 1024;
const PUSH_OUTPUT_TARGET = 2 * 1024 * 1024;
const STORED_CHUNK = 1024 * 1024;

/**
 * Parts up to this declared size are inflated in one call by zlib (native, about 3 times faster than
 * fflate and with no warm-up), capped at their declared size + 1 byte by `maxOutputLength`, so a part that
 * lies about its size still stops there. They are then handed on in DELIVER_CHUNK slices. Larger parts,
 * and every part where the platform has no such call (a browser), stream through fflate and never exist whole.
 */
export const WHOLE_PART_MAX_BYTES = 64 * 1024 * 1024;
const DELIVER_CHUNK = 1024 * 1024;

const holdsMore = (name: string): WorkbookReadError =>
  new WorkbookReadError('corrupt-zip', `the file is damaged: part ${name} holds more data than its zip entry says`);

const undecompressable = (name: string, why: string): WorkbookReadError =>
  new WorkbookReadError('corrupt-zip', `the file is damaged: part ${name} cannot be decompressed (${why})`);

/**
 * Refuses the entry, before inflating anything, when its declared size breaks a limit. Returns nothing;
 * throws 'too-large', 'encrypted' or 'corrupt-zip'.
 */
export function checkEntry(entry: ZipEntry, budget: InflateBudget): void {
  const { limits } = budget;
  const name = entry.name;
  if (entry.flags & 1) throw new WorkbookReadError('encrypted', 'the workbook is password-protected; remove the password and try again');
  if (entry.method !== 0 && entry.method !== 8) {
    throw new WorkbookReadError('corrupt-zip', `the file is damaged or was saved by an unusual program (part ${name} uses zip compression method ${entry.method}); open it in Excel and save it again`);
  }
  if (entry.size > limits.maxPartBytes) {
    throw new WorkbookReadError('too-large', `part ${name} would inflate to ${formatBytes(entry.size)} (the limit is ${formatBytes(limits.maxPartBytes)}): refused as a possible zip bomb`);
  }
  if (entry.size > limits.ratioCheckAboveBytes && entry.size > entry.compressedSize * limits.maxRatio) {
    throw new WorkbookReadError('too-large', `part ${name} would inflate from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.size)} (more than ${limits.maxRatio} times): refused as a possible zip bomb`);
  }
  if (budget.total + entry.size > limits.maxTotalBytes) {
    throw new WorkbookReadError('too-large', `the workbook's parts would inflate to more than ${formatBytes(limits.maxTotalBytes)} in all: refused as a possible zip bomb`);
  }
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw corrupt(`the zip entry for ${name} has inconsistent sizes`);
}

/** An error that is only reported once the part's checksum has been found good (damaged XML may be a damaged zip). */
export function isDeferrable(e: unknown): boolean {
  return e instanceof WorkbookReadError && e.code === 'bad-xml';
}

/**
 * Inflates one entry and hands it to `onData` chunk by chunk. Counts the real inflated bytes and stops past
 * the declared size or the limits.
 *  - Up to WHOLE_PART_MAX_BYTES (and where Node's zlib is there): zlib inflates it in one call, never past
 *    its declared size + 1 byte; the size and CRC-32 are checked before `onData` sees any of it, so damaged
 *    XML reported from `onData` is never a damaged zip.
 *  - Larger: fflate streams it. When `onData` throws a deferrable error (damaged XML), the rest of the entry
 *    is still inflated, without `onData`, to tell a damaged zip (reported instead) from damaged XML.
 * `onEnd` runs once the whole entry has inflated and its CRC-32 matched.
 */
export function streamEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onData: (chunk: Uint8Array) => void,
  onEnd: () => void,
): void {
  checkEntry(entry, budget);
  const raw = zip.rawData(entry);
  const { limits } = budget;
  const name = entry.name;
  let produced = 0;
  let crc = 0;
  let deferred: unknown;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    budget.total += chunk.length;
    if (produced > entry.size) throw holdsMore(name);
    if (produced > limits.maxPartBytes || budget.total > limits.maxTotalBytes) {
      throw new WorkbookReadError('too-large', `part ${name} inflates to more than ${formatBytes(limits.maxPartBytes)}: refused as a possible zip bomb`);
    }
    crc = crc32(crc, chunk);
    if (deferred === undefined) {
      try {
        onData(chunk);
      } catch (e) {
        if (!isDeferrable(e)) throw e;
        deferred = e;
      }
    }
  };
  if (entry.method === 8 && inflateWhole && entry.size <= WHOLE_PART_MAX_BYTES) {
    // the declared size + 1, to see a part that holds more
    const data = inflateWhole(raw, entry.size + 1);
    if (!(data instanceof Uint8Array)) throw data === 'too-long' ? holdsMore(name) : undecompressable(name, data.damaged);
    // checked whole before any of it is parsed, so no XML error needs deferring
    if (data.length > entry.size) throw holdsMore(name);
    budget.total += data.length;
    if (data.length !== entry.size || crc32(0, data) !== entry.crc) {
      throw new WorkbookReadError('corrupt-zip', `the file is damaged: part ${name} fails its zip checksum`);
    }
    for (let off = 0; off < data.length; off += DELIVER_CHUNK) onData(data.subarray(off, Math.min(data.length, off + DELIVER_CHUNK)));
    onEnd();
    return;
  }
  if (entry.method === 0) {
    for (let off = 0; off < raw.length; off += STORED_CHUNK) take(raw.subarray(off, Math.min(raw.length, off + STORED_CHUNK)));
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (raw.length === 0) throw Object.assign(new Error('unexpected EOF'), { code: 0 });
      // small pushes while the data inflates a lot, so one push never makes more than a few MB at once
      let push = MIN_PUSH_BYTES * 4;
      for (let off = 0; off < raw.length; ) {
        const end = Math.min(raw.length, off + push);
        const before = produced;
        inflater.push(raw.subarray(off, end), end === raw.length);
        const ratio = (produced - before) / (end - off);
        push = Math.max(MIN_PUSH_BYTES, Math.min(MAX_PUSH_BYTES, Math.floor(PUSH_OUTPUT_TARGET / Math.max(ratio, 1))));
        off = end;
      }
    } catch (e) {
      // fflate's errors carry a numeric code; anything else came from onData and goes on as it is
      if (e instanceof Error && typeof (e as { code?: unknown }).code === 'number') {
        throw undecompressable(name, e.message);
      }
      throw e;
    }
  }
  if (produced !== entry.size || crc !== entry.crc) {
    throw new WorkbookReadError('corrupt-zip', `the file is damaged: part ${name} fails its zip checksum`);
  }
  if (deferred !== undefined) throw deferred;
  onEnd();
}

/** Reads a small entry whole (the `mimetype` of an OpenDocument file); undefined when over `max` bytes. */
export function readSmallEntry(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, max: number): Uint8Array | undefined {
  if (entry.size > max) return undefined;
  const parts: Uint8Array[] = [];
  streamEntry(zip, entry, budget, (c) => parts.push(c.slice()), () => undefined);
  return concatBytes(parts);
}
