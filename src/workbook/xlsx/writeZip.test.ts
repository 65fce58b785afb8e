import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readXlsx } from './readXlsx';
import { deflatedEntry, writeZip, type ZipOutEntry } from './writeZip';
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
    const text = new TextEncoder().encode('<worksheet>' + 'x'.repeat(5000) + '</worksheet>');
    const a = deflatedEntry('xl/worksheets/sheet9.xml', text);
    const b = deflatedEntry('xl/worksheets/sheet9.xml', text);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(new Uint8Array(zlib.inflateRawSync(a.data))).toEqual(text);
    const written = writeZip([a]);
    expect(Buffer.from(writeZip([b])).equals(Buffer.from(written))).toBe(true);
    const back = new ZipArchive(written);
    expect(back.entries[0]).toMatchObject({ name: 'xl/worksheets/sheet9.xml', size: text.length, method: 8 });
  });
});
