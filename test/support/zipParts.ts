import * as zlib from 'node:zlib';
import { ZipArchive } from '../../src/workbook/xlsx/zip';

/** Every entry of a zip, inflated, in stored order. */
export function zipParts(bytes: Uint8Array): Map<string, Buffer> {
  const zip = new ZipArchive(bytes);
  const parts = new Map<string, Buffer>();
  for (const e of zip.entries) {
    const raw = zip.rawData(e);
    parts.set(e.name, e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw));
  }
  return parts;
}

/** Every entry's compressed bytes, as stored. */
export function rawEntries(bytes: Uint8Array): Map<string, Buffer> {
  const zip = new ZipArchive(bytes);
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(zip.rawData(e))]));
}
