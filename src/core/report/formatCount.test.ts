import { formatCount } from './formatCount';

describe('formatCount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [-1234, '-1,234'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    [1.5, '1.5'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [NaN, 'NaN'],
  ])('%d is written %j, as toLocaleString writes it', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
    expect(n.toLocaleString('en-GB')).toBe(expected);
  });

  it('writes every count up to 100,000 and every power of ten as toLocaleString does', () => {
    const differ: number[] = [];
    const counts = [...Array.from({ length: 100_001 }, (_, i) => i), ...Array.from({ length: 16 }, (_, k) => 10 ** k), ...Array.from({ length: 16 }, (_, k) => -(10 ** k) + 1)];
    for (const n of counts) if (formatCount(n) !== n.toLocaleString('en-GB')) differ.push(n);
    expect(differ).toEqual([]);
  });
});
