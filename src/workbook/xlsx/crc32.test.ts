import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { crc32Js } from './crc32';
import * as nodeZlib from './platform/zlib';
import * as browserZlib from './platform/zlib.browser';

const enc = new TextEncoder();

/** deterministic bytes (a linear congruential generator), so a failure can be reproduced */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const SAMPLES = join(__dirname, '../../../samples');
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => [f, new Uint8Array(readFileSync(join(SAMPLES, f)))] as const);

// zlib.crc32 arrived in Node 20.15; without it only the published check values below stand as the reference
const nativeCrc32: ((data: Uint8Array, value?: number) => number) | undefined = typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;
const withNative = nativeCrc32 ? it : it.skip;

// the pure-JavaScript CRC, and the two the rest of the package calls (Node's and the browser's twin)
const implementations: ReadonlyArray<readonly [string, (crc: number, data: Uint8Array) => number]> = [
  ['crc32Js', crc32Js],
  ['platform/zlib crc32', nodeZlib.crc32],
  ['platform/zlib.browser crc32', browserZlib.crc32],
];

describe.each(implementations)('%s', (_, crc32) => {
  // published CRC-32 (ISO-HDLC, reflected 0xEDB88320) check values
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['abc', 0x352441c2],
    ['123456789', 0xcbf43926],
    ['message digest', 0x20159d7f],
    ['abcdefghijklmnopqrstuvwxyz', 0x4c2750bd],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j → %s', (text, expected) => {
    expect(crc32(0, enc.encode(text))).toBe(expected);
  });

  it.each([
    ['32 zero bytes', new Uint8Array(32), 0x190a55ad],
    ['32 bytes of 0xFF', new Uint8Array(32).fill(0xff), 0xff6cab0b],
  ])('%s → %s', (_name, data, expected) => {
    expect(crc32(0, data)).toBe(expected);
  });

  it('gives an unsigned 32-bit integer, the high bit included', () => {
    const value = crc32(0, enc.encode('123456789'));
    expect(value).toBeGreaterThan(0x7fffffff);
    expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
  });

  it('gives the same running value whatever the cut between two updates', () => {
    const data = enc.encode('The quick brown fox jumps over the lazy dog');
    const whole = crc32(0, data);
    for (let cut = 0; cut <= data.length; cut++) {
      expect({ cut, crc: crc32(crc32(0, data.subarray(0, cut)), data.subarray(cut)) }).toEqual({ cut, crc: whole });
    }
  });

  it('gives the same value one byte at a time, and with empty updates in between', () => {
    const data = pseudoRandomBytes(257, 7);
    let running = 0;
    for (let i = 0; i < data.length; i++) running = crc32(crc32(running, data.subarray(i, i + 1)), new Uint8Array(0));
    expect(running).toBe(crc32(0, data));
  });

  it('reads a view at any offset into its buffer, never the bytes around it', () => {
    const backing = pseudoRandomBytes(64, 11);
    for (let start = 0; start < 8; start++) {
      const view = backing.subarray(start, start + 37);
      expect(crc32(0, view)).toBe(crc32(0, Uint8Array.from(view)));
    }
  });

  withNative('agrees with zlib for every length 0-64 (the four-byte steps and their tails), every byte value, and 1 MB', () => {
    for (let n = 0; n <= 64; n++) {
      const data = pseudoRandomBytes(n, n + 1);
      expect({ n, crc: crc32(0, data) }).toEqual({ n, crc: nativeCrc32!(data) });
    }
    const everyByte = Uint8Array.from({ length: 256 }, (_v, i) => i);
    expect(crc32(0, everyByte)).toBe(nativeCrc32!(everyByte));
    const big = pseudoRandomBytes(1 << 20, 3);
    expect(crc32(0, big)).toBe(nativeCrc32!(big));
  });

  withNative('carries on from a value zlib computed, and zlib from one it computed', () => {
    const a = pseudoRandomBytes(1001, 5);
    const b = pseudoRandomBytes(77, 6);
    const ab = new Uint8Array([...a, ...b]);
    expect(crc32(nativeCrc32!(a), b)).toBe(nativeCrc32!(ab));
    expect(nativeCrc32!(b, crc32(0, a))).toBe(nativeCrc32!(ab));
  });

  it.each(samples)('matches the CRC stored in the zip for every entry of %s', (_name, bytes) => {
    // the local header's CRC and sizes are at fixed offsets; the samples store sizes there (no data descriptor)
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    let checked = 0;
    while (view.getUint32(at, true) === 0x04034b50) {
      const method = view.getUint16(at + 8, true);
      const stored = view.getUint32(at + 14, true);
      const compressed = view.getUint32(at + 18, true);
      const nameLength = view.getUint16(at + 26, true);
      const extraLength = view.getUint16(at + 28, true);
      const start = at + 30 + nameLength + extraLength;
      const raw = bytes.subarray(start, start + compressed);
      const data = method === 8 ? new Uint8Array(zlib.inflateRawSync(raw)) : raw;
      expect(crc32(0, data)).toBe(stored);
      checked++;
      at = start + compressed;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
