/**
 * Zip writers stamp every entry with the time it was written, so two runs of a deterministic generator give
 * different bytes. This rewrites those stamps (the DOS date/time in each local and central header, and the
 * mtime of any "extended timestamp" extra field) to one fixed moment, so regenerated files are byte-identical.
 * Only header fields are touched; the CRCs cover file data, not headers, so the archive stays valid.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EXT_TIMESTAMP_ID = 0x5455;

function dosTime(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

function patchExtraFields(buf: Buffer, start: number, length: number, unixSeconds: number): void {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === EXT_TIMESTAMP_ID && size >= 5) {
      const flags = buf.readUInt8(p + 4);
      if (flags & 1) buf.writeUInt32LE(unixSeconds >>> 0, p + 5);
    }
    p += 4 + size;
  }
}

/** Rewrites the entry timestamps of a zip held in memory. Throws when the buffer is not a (non-zip64) zip. */
export function pinZipTimestampsInBuffer(buf: Buffer, when: Date): void {
  const { time, date } = dosTime(when);
  const unixSeconds = Math.floor(when.getTime() / 1000);
  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === EOCD_SIG) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: end of central directory not found');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL_SIG) throw new Error(`bad central directory entry at ${p}`);
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    patchExtraFields(buf, p + 46 + nameLen, extraLen, unixSeconds);

    if (buf.readUInt32LE(localOffset) !== LOCAL_SIG) throw new Error(`bad local header at ${localOffset}`);
    buf.writeUInt16LE(time, localOffset + 10);
    buf.writeUInt16LE(date, localOffset + 12);
    const localNameLen = buf.readUInt16LE(localOffset + 26);
    const localExtraLen = buf.readUInt16LE(localOffset + 28);
    patchExtraFields(buf, localOffset + 30 + localNameLen, localExtraLen, unixSeconds);

    p += 46 + nameLen + extraLen + commentLen;
  }
}

/** Rewrites the entry timestamps of a zip file on disk, in place. */
export function pinZipTimestamps(file: string, when: Date): void {
  const buf = readFileSync(file);
  pinZipTimestampsInBuffer(buf, when);
  writeFileSync(file, buf);
}
