/**
 * Why writeZip.ts writes zip structures by hand, shown against fflate 0.8 (the zip library the product
 * already ships): the same entries written by both, and what fflate cannot write the way writeZip must.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { Zip, zipSync, type ZipInputFile } from 'fflate';
import { FIXED_DOS_DATE, FIXED_DOS_TIME, writeZip, type ZipOutEntry } from './writeZip';
import { ZipArchive } from './zip';

const SAMPLE = join(__dirname, '../../../samples/cse-corporate-action-plan.xlsx');

/** a DOS date and time as the local Date they name (the only way to give fflate a time) */
function localDate(dosDate: number, dosTime: number): Date {
  return new Date(1980 + (dosDate >> 9), ((dosDate >> 5) & 15) - 1, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2);
}

/**
 * The entries written by fflate's streaming Zip, its one writer that takes bytes already compressed:
 * each entry is a ZipInputFile that declares its method, CRC and size and hands over its compressed bytes.
 */
function fflateZip(entries: readonly ZipOutEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const e of entries) {
    const file: ZipInputFile = { filename: e.name, compression: e.method, crc: e.crc, size: e.size, mtime: localDate(e.dosDate, e.dosTime) };
    zip.add(file);
    file.ondata!(null, new Uint8Array(e.data), true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

/** the fields of the local header at `at`, and the four bytes after its data */
function localHeader(zip: Uint8Array, at: number, dataLength: number): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  return {
    flags: view.getUint16(at + 6, true),
    crc: view.getUint32(at + 14, true),
    compressedSize: view.getUint32(at + 18, true),
    size: view.getUint32(at + 22, true),
    after: view.getUint32(at + 30 + nameLength + extraLength + dataLength, true),
  };
}

const input = new Uint8Array(readFileSync(SAMPLE));
const original = new ZipArchive(input);
const copied: ZipOutEntry[] = original.entries.map((e) => ({ ...e, data: original.rawData(e) }));
const sheet = copied.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;

describe('fflate can carry already-compressed bytes (so that is not the reason)', () => {
  it('writes each copied part with its compressed bytes, CRC, size and method as given', () => {
    const back = new ZipArchive(fflateZip(copied));
    expect(back.entries.map((e) => [e.name, e.method, e.crc, e.size])).toEqual(copied.map((e) => [e.name, e.method, e.crc, e.size]));
    back.entries.forEach((e, i) => expect(Buffer.from(back.rawData(e)).equals(Buffer.from(copied[i]!.data))).toBe(true));
  });

  it('but its zipSync, which writes no data descriptor, takes only the inflated text and deflates it again', () => {
    const text = zlib.inflateRawSync(sheet.data);
    const again = new ZipArchive(zipSync({ [sheet.name]: [new Uint8Array(text), { level: 6 }] }));
    const data = again.rawData(again.entries[0]!);
    expect(zlib.inflateRawSync(data).equals(text)).toBe(true);
    expect(Buffer.from(data).equals(Buffer.from(sheet.data))).toBe(false);
  });
});

describe("the local header of a copied part: writeZip's, and fflate's streaming Zip's (a data descriptor)", () => {
  const ours = localHeader(writeZip([sheet]), 0, sheet.data.length);
  const theirs = localHeader(fflateZip([sheet]), 0, sheet.data.length);
  it.each([
    // field,            writeZip,                fflate
    ['flags', 0x0800, 0x0008],
    ['crc', sheet.crc >>> 0, 0],
    ['compressedSize', sheet.data.length, 0],
    ['size', sheet.size, 0],
    // what follows the data: the central directory's signature (nothing else), or a data descriptor's
    ['after', 0x02014b50, 0x08074b50],
  ])('%s: writeZip %d, fflate %d', (field, writeZipValue, fflateValue) => {
    expect(ours[field]).toBe(writeZipValue);
    expect(theirs[field]).toBe(fflateValue);
  });

  it('a stored part (method 0: the sample has some) gets a data descriptor too', () => {
    const stored = copied.find((e) => e.method === 0)!;
    expect(localHeader(fflateZip([stored]), 0, stored.data.length)).toMatchObject({ flags: 0x0008, crc: 0, after: 0x08074b50 });
    expect(localHeader(writeZip([stored]), 0, stored.data.length)).toMatchObject({ flags: 0x0800, crc: stored.crc >>> 0 });
  });
});

describe('DOS times: writeZip keeps a copied part\'s as it is; fflate writes only what a real local time gives', () => {
  const dos = (year: number, month: number, day: number): number => ((year - 1980) << 9) | (month << 5) | day;
  const time = (h: number, m: number, halfSeconds: number): number => (h << 11) | (m << 5) | halfSeconds;
  it.each([
    // what,                           dosDate,                dosTime,               fflate writes (date, time) or throws
    ['1980-01-01 00:00 (Excel)', dos(1980, 1, 1), 0, [dos(1980, 1, 1), 0]],
    ['the fixed time of new parts', FIXED_DOS_DATE, FIXED_DOS_TIME, [FIXED_DOS_DATE, FIXED_DOS_TIME]],
    ['2010-05-00 (day 0)', dos(2010, 5, 0), 0, [dos(2010, 4, 30), 0]],
    ['10:00:60 (seconds field 30)', dos(2010, 5, 1), time(10, 0, 30), [dos(2010, 5, 1), time(10, 1, 0)]],
    ['1980-00-01 (month 0)', dos(1980, 0, 1), 0, 'date not in range 1980-2099'],
    ['2100-01-01 (DOS goes to 2107)', dos(2100, 1, 1), 0, 'date not in range 1980-2099'],
  ])('%s', (_what, dosDate, dosTime, fflateWrites) => {
    const entry = { ...sheet, dosDate, dosTime };
    const kept = new ZipArchive(writeZip([entry])).entries[0]!;
    expect([kept.dosDate, kept.dosTime]).toEqual([dosDate, dosTime]);
    if (typeof fflateWrites === 'string') {
      expect(() => fflateZip([entry])).toThrow(fflateWrites);
    } else {
      const written = new ZipArchive(fflateZip([entry])).entries[0]!;
      expect([written.dosDate, written.dosTime]).toEqual(fflateWrites);
    }
  });

  it('and the time it writes depends on the machine\'s time zone: 01:30 on the night the UK clocks go forward is 02:30 in London', () => {
    const script = `
      const { Zip } = require('fflate');
      const out = [];
      const zip = new Zip((err, chunk) => out.push(chunk));
      const file = { filename: 'p', compression: 0, crc: 0, size: 0, mtime: new Date(2021, 2, 28, 1, 30) };
      zip.add(file);
      file.ondata(null, new Uint8Array(0), true);
      zip.end();
      process.stdout.write(String(Buffer.concat(out).readUInt16LE(10) >> 11));`;
    const hourIn = (tz: string): string => spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '../../..'), env: { ...process.env, TZ: tz }, encoding: 'utf8' }).stdout;
    expect([hourIn('UTC'), hourIn('Europe/London')]).toEqual(['1', '2']);
  });
});

describe('past the zip limits (neither writes zip64)', () => {
  it('writeZip refuses 65,536 parts; fflate writes them with a part count that has wrapped to 0', () => {
    const parts: ZipOutEntry[] = Array.from({ length: 65_536 }, (_, i) => ({ name: `p${i}`, method: 0, crc: 0, size: 0, data: new Uint8Array(0), dosTime: 0, dosDate: FIXED_DOS_DATE }));
    expect(() => writeZip(parts)).toThrow('the workbook would be too large to write (over 4 GB or 65,535 parts)');
    const zip = fflateZip(parts);
    const end = zip.length - 22;
    expect(new DataView(zip.buffer, zip.byteOffset).getUint32(end, true)).toBe(0x06054b50);
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(end + 10, true)).toBe(0);
  });
});
