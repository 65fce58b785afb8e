import { buildPackage, ole2, ole2WithDirectory, utf16le } from '../../../test/fixtures/xlsx-reader/packages';
import { ole2EntryNames, sniffFileType } from './sniffFileType';

const enc = new TextEncoder();

describe('sniffFileType', () => {
  test('zips, including an empty zip', () => {
    expect(sniffFileType(buildPackage({ sheets: [{ name: 'A', sheetData: '' }] }))).toBe('zip');
    expect(sniffFileType(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]))).toBe('zip');
  });

  test('OLE2: a legacy .xls, or an encrypted .xlsx when the directory names the encryption streams', () => {
    expect(sniffFileType(ole2())).toBe('xls');
    expect(sniffFileType(ole2WithDirectory(['Root Entry', 'Workbook']))).toBe('xls');
    expect(ole2EntryNames({ size: 1536, read: (o, l) => ole2WithDirectory(['Root Entry', 'Workbook']).subarray(o, o + l) })).toEqual(['Root Entry', 'Workbook']);
    expect(sniffFileType(ole2WithDirectory(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted-ooxml');
    const raw = new Uint8Array(1200);
    raw.set(utf16le('EncryptedPackage'), 900);
    expect(sniffFileType(ole2(raw))).toBe('encrypted-ooxml');
  });

  test('text: CSV, HTML, UTF-16 with a byte-order mark', () => {
    expect(sniffFileType(enc.encode('a,b\n1,2\n'))).toBe('text');
    expect(sniffFileType(enc.encode('<!DOCTYPE html><html><body><table></table></body></html>'))).toBe('text');
    expect(sniffFileType(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]))).toBe('text');
  });

  test('empty and unknown', () => {
    expect(sniffFileType(new Uint8Array(0))).toBe('empty');
    expect(sniffFileType(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]))).toBe('unknown');
  });
});
