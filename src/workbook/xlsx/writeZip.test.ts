import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readXlsx } from './readXlsx';
import { deflatedText, writeZip, type ZipOutEntry } from './writeZip';
import { ZipArchive } from './zip';

const SAMPLE = join(__dirname, '../../../samples/cse-corporate-action-plan.xlsx');

describe('writeZip', () => {
  const input = new Uint8Array(readFileSync(SAMPLE));
  const zip = new ZipArchive(input);
  const copied: ZipOutEntry[] = zip.entries.map((e) => ({ ...e, data: zip.rawData(e) }));

  it('copies entries with their compressed bytes, CRCs, sizes and times exactly', () => {
    const again = new ZipArchive(writeZip(copied));
    expect(again.entries.map((e) => e.name)).toEqual(zip.entries.map((e) => e.name));
    again.entries.forEach((e, i) => {
      const before = zip.entries[i]!;
      expect({ name: e.name, crc: e.crc, size: e.size, method: e.method, dosTime: e.dosTime, dosDate: e.dosDate }).toEqual({
        name: before.name, crc: before.crc, size: before.size, method: before.method, dosTime: before.dosTime, dosDate: before.dosDate,
      });
      expect(Buffer.from(again.rawData(e)).equals(Buffer.from(zip.rawData(before)))).toBe(true);
    });
  });

  it('writes a workbook that ExcelJS and the reader open with the same cells', async () => {
    const out = writeZip(copied);
    expect(readXlsx(out)).toEqual(readXlsx(input));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(readXlsx(input).sheets.map((s) => s.name));
  });

  it('deflates a new part the same way every time, and it inflates back', () => {
    const xml = '<worksheet>' + 'x'.repeat(5000) + '</worksheet>';
    const text = new TextEncoder().encode(xml);
    const a = deflatedText('xl/worksheets/sheet9.xml', xml);
    const b = deflatedText('xl/worksheets/sheet9.xml', xml);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(new Uint8Array(zlib.inflateRawSync(a.data))).toEqual(text);
    const written = writeZip([a]);
    expect(Buffer.from(writeZip([b])).equals(Buffer.from(written))).toBe(true);
    const back = new ZipArchive(written);
    expect(back.entries[0]).toMatchObject({ name: 'xl/worksheets/sheet9.xml', size: text.length, method: 8 });
  });
});

describe('deflatedText', () => {
  const CHUNK = 1 << 20;
  // a text over two chunks, with a surrogate pair (an emoji) across the first chunk boundary
  const text = 'a'.repeat(CHUNK - 1) + '\u{1F600}' + 'Ongoing – “reported” quarterly. '.repeat(40_000);
  const inflate = (data: Uint8Array): string => zlib.inflateRawSync(data).toString('utf8');

  it('writes the text as one deflate stream of its UTF-8 bytes, with their CRC and size', () => {
    const entry = deflatedText('xl/worksheets/sheet1.xml', text);
    const bytes = Buffer.from(text, 'utf8');
    expect(inflate(entry.data)).toBe(text);
    expect(entry.size).toBe(bytes.length);
    expect(entry.crc).toBe(zlib.crc32(bytes));
  });

  it('gives the same bytes however the text comes in pieces, and from pieces made as they are read', () => {
    const whole = deflatedText('p', text).data;
    const cuts = [0, 7, CHUNK - 3, CHUNK - 1, CHUNK, CHUNK + 1, CHUNK + 2, 2 * CHUNK + 5, text.length];
    const pieces = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
    expect(Buffer.from(deflatedText('p', pieces).data).equals(Buffer.from(whole))).toBe(true);
    function* made(): Generator<string> {
      for (const piece of pieces) yield piece;
    }
    expect(Buffer.from(deflatedText('p', { [Symbol.iterator]: made }).data).equals(Buffer.from(whole))).toBe(true);
  });

  it('deflates a small part harder than a large one', () => {
    const small = 'x'.repeat(1000) + 'abc'.repeat(10_000);
    expect(inflate(deflatedText('p', small).data)).toBe(small);
    expect(deflatedText('p', small).data.length).toBe(zlib.deflateRawSync(Buffer.from(small), { level: 6 }).length);
    expect(inflate(deflatedText('p', '').data)).toBe('');
  });
});
