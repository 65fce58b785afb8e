/**
 * What kind of file this is, from its first bytes: a zip (an .xlsx, or some other zip), an OLE2 compound
 * file (a legacy .xls, or a password-protected .xlsx, which Excel wraps in OLE2), text (CSV, HTML, XML), or
 * nothing we know.
 */

export type SniffedFileType = 'zip' | 'xls' | 'encrypted-ooxml' | 'text' | 'empty' | 'unknown';

/** Random access to a file's bytes; `read` may return fewer bytes than asked (or none) past the end. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** how many bytes of an OLE2 file are searched for the encryption stream names when the directory cannot be walked */
const RAW_SCAN_BYTES = 1 << 20;
const TEXT_SCAN_BYTES = 4096;

export function sniffFileType(bytes: Uint8Array): SniffedFileType {
  return sniffSource({
    size: bytes.length,
    read: (offset, length) => bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)),
  });
}

/** As sniffFileType, reading only what it needs (the header, and for OLE2 its directory sectors). */
export function sniffSource(src: ByteSource): SniffedFileType {
  if (src.size === 0) return 'empty';
  const head = src.read(0, Math.min(src.size, TEXT_SCAN_BYTES));
  if (head.length === 0) return 'empty';
  if (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06) || (head[2] === 0x07 && head[3] === 0x08))
  ) {
    return 'zip';
  }
  if (head.length >= 8 && OLE2_MAGIC.every((b, i) => head[i] === b)) {
    return isEncryptedOoxml(src) ? 'encrypted-ooxml' : 'xls';
  }
  if (looksLikeText(head)) return 'text';
  return 'unknown';
}

/** The names of an OLE2 file's storages and streams (its directory), as far as they can be read. */
export function ole2EntryNames(src: ByteSource): string[] {
  const names: string[] = [];
  const header = src.read(0, 512);
  if (header.length < 512) return names;
  const hv = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const shift = hv.getUint16(30, true);
  const sectorSize = shift === 12 ? 4096 : 512;
  const perFatSector = sectorSize / 4;
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) difat.push(hv.getInt32(76 + i * 4, true));
  const sectorOffset = (sid: number): number => (sid + 1) * sectorSize;
  const nextSector = (sid: number): number => {
    const fatSector = difat[Math.floor(sid / perFatSector)];
    if (fatSector === undefined || fatSector < 0) return -2;
    const b = src.read(sectorOffset(fatSector) + (sid % perFatSector) * 4, 4);
    if (b.length < 4) return -2;
    return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
  };
  const utf16 = new TextDecoder('utf-16le');
  let sid = hv.getInt32(48, true);
  const seen = new Set<number>();
  while (sid >= 0 && !seen.has(sid) && seen.size < 4096) {
    seen.add(sid);
    const sector = src.read(sectorOffset(sid), sectorSize);
    if (sector.length < sectorSize) break;
    const sv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let e = 0; e + 128 <= sectorSize; e += 128) {
      const nameLen = sv.getUint16(e + 64, true);
      const type = sector[e + 66];
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      names.push(utf16.decode(sector.subarray(e, e + nameLen - 2)));
    }
    sid = nextSector(sid);
  }
  return names;
}

const ENCRYPTION_NAMES = ['EncryptedPackage', 'EncryptionInfo'];

function isEncryptedOoxml(src: ByteSource): boolean {
  try {
    const names = ole2EntryNames(src);
    if (names.some((n) => ENCRYPTION_NAMES.includes(n))) return true;
  } catch {
    // a damaged directory: fall back to searching the first bytes
  }
  const scan = src.read(0, Math.min(src.size, RAW_SCAN_BYTES));
  return ENCRYPTION_NAMES.some((name) => indexOfBytes(scan, utf16le(name)) >= 0);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >> 8;
  }
  return out;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first!); i >= 0 && i <= last; i = hay.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** CSV, HTML, XML, plain text in UTF-8, Windows-1252 or UTF-16 with a byte-order mark */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  // %PDF is text-like at first but is a binary document format
  if (head.length >= 4 && head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return control <= head.length / 100;
}
