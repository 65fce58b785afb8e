/**
 * The browser's platform modules against Node's: the same exports with the same types (checked by the
 * compiler below), and the same results on the same bytes.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import * as nodeLatin1 from './latin1';
import * as browserLatin1 from './latin1.browser';
import * as nodeZlib from './zlib';
import * as browserZlib from './zlib.browser';

// a twin that lacks an export, or exports one of another type, does not compile
const latin1s: ReadonlyArray<[string, typeof nodeLatin1]> = [['node', nodeLatin1], ['browser', browserLatin1]];
const zlibs: ReadonlyArray<[string, typeof nodeZlib]> = [['node', nodeZlib], ['browser', browserZlib]];

const SAMPLES = join(__dirname, '../../../../samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => new Uint8Array(readFileSync(join(SAMPLES, f))));
const EVERY_BYTE = Uint8Array.from({ length: 256 }, (_, i) => i);
const TEXTS = ['<c r="A1"><v>1</v></c>', 'Ongoing – “reported” quarterly: café, Ελλάδα, 😀', 'a lone \ud800 half', ''];

describe.each(latin1s)('latin1 (%s)', (_, latin1) => {
  it('gives one character per byte for every byte, 0x80–0x9F included (which windows-1252 would change)', () => {
    expect(latin1.latin1FromBytes(EVERY_BYTE)).toBe(String.fromCharCode(...EVERY_BYTE));
  });

  it('gives the same bytes back, for a whole workbook', () => {
    for (const bytes of [EVERY_BYTE, ...samples]) {
      const text = latin1.latin1FromBytes(bytes);
      expect(text).toBe(nodeLatin1.latin1FromBytes(bytes));
      expect(new Uint8Array(latin1.bytesFromLatin1(text))).toEqual(bytes);
    }
  });

  it.each(TEXTS)('turns text to its UTF-8 as Latin-1 and back, as Node does: %s', (text) => {
    const form = latin1.utf8AsLatin1(text);
    expect(form).toBe(nodeLatin1.utf8AsLatin1(text));
    expect(latin1.latin1AsUtf8(form)).toBe(nodeLatin1.latin1AsUtf8(form));
  });

  it.each<[string, string, number, number[]]>([
    ['at the start', 'Ab', 0, [0x41, 0x62, 0, 0, 0]],
    ['at an offset, every byte value as itself', '\u0000\u0080\u00ff', 2, [0, 0, 0x00, 0x80, 0xff]],
    ['nothing', '', 3, [0, 0, 0, 0, 0]],
  ])('writes Latin-1 text into bytes %s, giving where it ends', (_what, text, at, expected) => {
    const target = new Uint8Array(8).subarray(1, 6);
    expect(latin1.latin1Writer(target)(text, at)).toBe(at + text.length);
    expect([...target]).toEqual(expected);
  });

  it('decodes bytes that are not UTF-8 as Node does', () => {
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xff], [0x61, 0xf4, 0x90, 0x80, 0x80, 0x62]]) {
      const form = String.fromCharCode(...bad);
      expect(latin1.latin1AsUtf8(form)).toBe(nodeLatin1.latin1AsUtf8(form));
    }
  });
});

describe.each(zlibs)('zlib (%s)', (_, z) => {
  it('computes the CRC-32 zlib does, whole or a piece at a time', () => {
    for (const bytes of samples) {
      const whole = zlib.crc32(bytes);
      expect(z.crc32(0, bytes)).toBe(whole);
      const half = bytes.length >> 1;
      expect(z.crc32(z.crc32(0, bytes.subarray(0, half)), bytes.subarray(half))).toBe(whole);
    }
  });

  it.each([1, 6] as const)('deflates a part pushed in pieces into one stream zlib inflates (level %s)', (level) => {
    const part = samples[0]!;
    const deflate = z.rawDeflate(level);
    const pieces = [part.subarray(0, 1000), part.subarray(1000, 70000), part.subarray(70000)].map((p, i, all) => deflate(p, i === all.length - 1));
    expect(new Uint8Array(zlib.inflateRawSync(Buffer.concat(pieces)))).toEqual(part);
  });
});

describe('inflating a part in one call', () => {
  const data = new TextEncoder().encode('<sheetData>'.repeat(1000));
  const raw = zlib.deflateRawSync(data);

  it('is Node\'s, never past the size allowed, and says why it cannot', () => {
    expect(new Uint8Array(nodeZlib.inflateWhole!(raw, data.length + 1) as Uint8Array)).toEqual(data);
    expect(nodeZlib.inflateWhole!(raw, data.length - 1)).toBe('too-long');
    expect(nodeZlib.inflateWhole!(Uint8Array.of(0xff, 0xff, 0xff), 100)).toEqual({ damaged: expect.any(String) });
  });

  it('is not there in the browser, where parts stream through fflate instead', () => {
    expect(browserZlib.inflateWhole).toBeUndefined();
  });
});
