import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readXlsx } from './readXlsx';
import { rawDeflateLater } from './platform/zlib';
import { deflatedText, deflatedTextLater, FIXED_TIME, laterWithin, writeZip, type ZipOutEntry } from './writeZip';
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

  it.each<[string, string, 'utf8' | 'bytes' | 'utf-16le' | 'utf-16be', number[]]>([
    ['UTF-8', 'Aé', 'utf8', [0x41, 0xc3, 0xa9]],
    ['a surrogate pair as one character', '\u{1F600}', 'utf8', [0xf0, 0x9f, 0x98, 0x80]],
    ['a high surrogate alone at the end as U+FFFD', 'a\uD83D', 'utf8', [0x61, 0xef, 0xbf, 0xbd]],
    ['a low surrogate alone as U+FFFD', '\uDE00a', 'utf8', [0xef, 0xbf, 0xbd, 0x61]],
    ['bytes form byte for byte', 'A\u00e9\u00ff', 'bytes', [0x41, 0xe9, 0xff]],
    ['UTF-16 little-endian', 'A\u00e9\uD83D', 'utf-16le', [0x41, 0, 0xe9, 0, 0x3d, 0xd8]],
    ['UTF-16 big-endian', 'A\u00e9\uD83D', 'utf-16be', [0, 0x41, 0, 0xe9, 0xd8, 0x3d]],
  ])('writes %s', (_what, text, form, bytes) => {
    const entry = deflatedText('p', text, form);
    expect([...zlib.inflateRawSync(entry.data)]).toEqual(bytes);
    expect(entry.size).toBe(bytes.length);
  });

  it('cuts chunks every CHUNK characters, a high surrogate at a cut going on to the next chunk', () => {
    const cut = 'a'.repeat(CHUNK - 1) + '\u{1F600}' + 'b'.repeat(CHUNK) + 'c'.repeat(10);
    const chunk = (t: string, final: boolean) => zlib.deflateRawSync(Buffer.from(t, 'utf8'), { level: 1, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
    // the pair does not fit the first chunk, so the second has the whole of it and CHUNK - 2 more
    const expected = Buffer.concat([chunk(cut.slice(0, CHUNK - 1), false), chunk(cut.slice(CHUNK - 1, 2 * CHUNK - 1), false), chunk(cut.slice(2 * CHUNK - 1), true)]);
    expect(Buffer.from(deflatedText('p', cut).data).equals(expected)).toBe(true);
    expect(Buffer.from(deflatedText('p', [cut.slice(0, CHUNK - 1), cut.slice(CHUNK - 1, CHUNK), cut.slice(CHUNK)]).data).equals(expected)).toBe(true);
  });

  it('gives the same bytes when another part is deflated while its pieces are made, the chunk buffer lent to one at a time', () => {
    const whole = deflatedText('p', text).data;
    const other = 'b'.repeat(CHUNK + 3);
    let inner: Uint8Array | undefined;
    function* made(): Generator<string> {
      yield text.slice(0, CHUNK + 5);
      inner = deflatedText('q', other).data;
      yield text.slice(CHUNK + 5);
    }
    expect(Buffer.from(deflatedText('p', { [Symbol.iterator]: made }).data).equals(Buffer.from(whole))).toBe(true);
    expect(inflate(inner!)).toBe(other);
    expect(Buffer.from(deflatedText('p', text).data).equals(Buffer.from(whole))).toBe(true);
  });

  it('has room for a whole chunk of characters of three bytes each', () => {
    const euros = '€'.repeat(CHUNK + 1);
    expect(inflate(deflatedText('p', euros).data)).toBe(euros);
  });

  it('deflates a small part harder than a large one', () => {
    const small = 'x'.repeat(1000) + 'abc'.repeat(10_000);
    expect(inflate(deflatedText('p', small).data)).toBe(small);
    expect(deflatedText('p', small).data.length).toBe(zlib.deflateRawSync(Buffer.from(small), { level: 6 }).length);
    expect(inflate(deflatedText('p', '').data)).toBe('');
  });
});

describe('deflatedTextLater', () => {
  const CHUNK = 1 << 20;
  const later = laterWithin(rawDeflateLater!, Infinity);
  // bytes that do not compress (xorshift32): deflated, they are longer than they were
  let seed = 1;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed & 0xff;
  };
  const noise = Array.from({ length: 300_000 }, () => String.fromCharCode(next())).join('');
  it.each<[string, string | string[], 'utf8' | 'bytes' | 'utf-16le' | 'utf-16be']>([
    ['nothing', '', 'utf8'],
    ['a small part, deflated harder', 'x'.repeat(1000) + 'abc'.repeat(10_000), 'utf8'],
    ['a part of three chunks, a surrogate pair across the first cut', 'a'.repeat(CHUNK - 1) + '\u{1F600}' + 'Ongoing – “reported” quarterly. '.repeat(70_000), 'utf8'],
    ['a part in pieces', ['<row r="1">', 'b'.repeat(CHUNK), '</row>'], 'utf8'],
    ['bytes form', 'A\u00e9\u00ff'.repeat(CHUNK), 'bytes'],
    ['UTF-16', 'A\u00e9\uD83D', 'utf-16le'],
    ['bytes that do not compress', noise, 'bytes'],
  ])('gives what deflatedText gives: %s', async (_what, text, form) => {
    const time = { dosTime: 0x6000, dosDate: 0x5a21 };
    if (text === noise) expect(deflatedText('p', text, form).data.length).toBeGreaterThan(noise.length);
    expect(await deflatedTextLater('p', text, form, time, later)).toEqual(deflatedText('p', text, form, time));
  });

  it('gives new parts the fixed time, as deflatedText does', async () => {
    expect(await deflatedTextLater('p', 'x', 'utf8', FIXED_TIME, later)).toMatchObject({ dosTime: 0, dosDate: ((2000 - 1980) << 9) | (1 << 5) | 1 });
  });
});

describe('laterWithin', () => {
  const CHUNK = 1 << 20;
  const text = 'Ongoing – “reported” quarterly. '.repeat(150_000);
  it.each<[string, number, number, number]>([
    // budget in bytes; least bytes of a chunk handed over; chunks handed to the other thread
    ['all chunks handed over within the budget', Infinity, 0, 5],
    // each chunk is 1,245,184 bytes of UTF-8: the second starts within the budget, the third past it
    ['the first chunks handed over, the rest deflated here', 2 * CHUNK, 0, 2],
    ['none handed over with no budget', 0, 0, 0],
    // the last chunk is 719,264 bytes
    ['the chunks of the least size handed over', Infinity, 800_000, 4],
    ['none handed over when each is smaller than the least', Infinity, 2 * CHUNK, 0],
  ])('%s', async (_what, budget, least, handed) => {
    let calls = 0;
    const counted = (level: 1 | 6) => {
      const deflate = rawDeflateLater!(level);
      return (chunk: Uint8Array, final: boolean) => {
        calls++;
        return deflate(chunk, final);
      };
    };
    const entry = await deflatedTextLater('p', text, 'utf8', FIXED_TIME, laterWithin(counted as typeof rawDeflateLater & object, budget, least));
    expect(calls).toBe(handed);
    expect(entry).toEqual(deflatedText('p', text));
  });
});
