import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbookReadError, XlsxBook } from './readXlsx';

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'cse-corporate-action-plan.xlsx')));

const reads = (maxTotalBytes: number, times: number): string => {
  try {
    const book = XlsxBook.open(SAMPLE, { maxTotalBytes });
    for (let i = 0; i < times; i++) book.grid();
    return 'read';
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.code;
    throw e;
  }
};

/** the least total a whole reading of the sample may inflate, found by halving */
function leastTotal(): number {
  let low = 0;
  let high = 64 * 1024 * 1024;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (reads(mid, 1) === 'read') high = mid;
    else low = mid;
  }
  return high;
}

describe('a package opened once (XlsxBook)', () => {
  const least = leastTotal();

  it.each([
    ['once, at the least total one reading needs', 0, 1, 'read'],
    ['five times over, at that same total: each reading is counted on its own', 0, 5, 'read'],
    ['once, a byte under it', -1, 1, 'too-large'],
  ])('reads the whole workbook %s', (_, under, times, expected) => {
    expect(reads(least + under, times)).toBe(expected);
  });

  it('reads any mix of sheets from one opening as it reads them from separate ones', () => {
    const book = XlsxBook.open(SAMPLE);
    const names = book.grid((_) => false).sheets.map((s) => s.name);
    for (const name of names) {
      expect(book.grid((n) => n === name)).toEqual(XlsxBook.open(SAMPLE).grid((n) => n === name));
    }
    expect(book.grid()).toEqual(XlsxBook.open(SAMPLE).grid());
  });
});
