import { expandYear } from './expandYear';

describe('expandYear', () => {
  it.each([
    [2010, 4, false, { year: 2010, oneDigit: false }],
    [1900, 4, false, { year: 1900, oneDigit: false }],
    [2100, 4, false, { year: 2100, oneDigit: false }],
    [1899, 4, false, null],
    [2101, 4, false, null],
    [9, 2, false, { year: 2009, oneDigit: false }],
    [99, 2, false, { year: 2099, oneDigit: false }],
    [6, 1, true, { year: 2006, oneDigit: true }],
    [6, 1, false, null],
    [206, 3, true, null],
  ])('%i written with %i digits (one digit allowed: %s) → %o', (value, digits, allowOne, expected) => {
    expect(expandYear(value, digits, allowOne)).toEqual(expected);
  });
});
