import { concatBytes } from './concatBytes';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('concatBytes', () => {
  it.each<[string, Uint8Array[], number[]]>([
    ['no pieces', [], []],
    ['one empty piece', [bytes()], []],
    ['two empty pieces', [bytes(), bytes()], []],
    ['two pieces', [bytes(1, 2), bytes(3)], [1, 2, 3]],
    ['empty pieces between and around', [bytes(), bytes(1), bytes(), bytes(2, 3), bytes()], [1, 2, 3]],
    ['every byte value', [bytes(0, 0x7f), bytes(0x80, 0xff)], [0, 0x7f, 0x80, 0xff]],
    ['many one-byte pieces', Array.from({ length: 300 }, (_, i) => bytes(i & 0xff)), Array.from({ length: 300 }, (_, i) => i & 0xff)],
  ])('%s', (_, pieces, expected) => {
    const out = concatBytes(pieces);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(Array.from(out)).toEqual(expected);
  });

  it('gives a single piece back as it is, not a copy', () => {
    const only = bytes(1, 2, 3);
    expect(concatBytes([only])).toBe(only);
  });

  it('joins two or more pieces into new memory, so later changes to a piece do not reach it', () => {
    const a = bytes(1, 2);
    const b = bytes(3, 4);
    const out = concatBytes([a, b]);
    expect(out).not.toBe(a);
    a[0] = 9;
    b[1] = 9;
    expect(Array.from(out)).toEqual([1, 2, 3, 4]);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBe(4);
  });

  it('copies only what each view shows, wherever it sits in its buffer', () => {
    const backing = Uint8Array.from({ length: 16 }, (_, i) => i);
    const out = concatBytes([backing.subarray(3, 6), backing.subarray(10, 11), backing.subarray(0, 2)]);
    expect(Array.from(out)).toEqual([3, 4, 5, 10, 0, 1]);
  });

  it('joins Node Buffers (which are Uint8Arrays) like any other piece', () => {
    const out = concatBytes([Buffer.from('PK'), new TextEncoder().encode('\u0003\u0004')]);
    expect(Array.from(out)).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('joins large pieces at the right offsets', () => {
    const sizes = [65_536, 1, 100_000, 7];
    const pieces = sizes.map((n, k) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + k) & 0xff));
    const out = concatBytes(pieces);
    expect(out.length).toBe(sizes.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const p of pieces) {
      expect(Buffer.compare(Buffer.from(out.subarray(at, at + p.length)), Buffer.from(p))).toBe(0);
      at += p.length;
    }
  });
});
