import type { Cell } from '../../core/grid';
import { T_B, T_D, T_E, T_INLINE, T_N, T_OTHER, T_S, T_STR, cellTypeAt, cellTypeOf, digitsAt, numberAt, sharedIndexOf, typedCell } from './cellValues';

/** `text` inside a longer chunk, as the reader finds it: [src, start, end] */
const inChunk = (text: string): [string, number, number] => [`<v>${text}</v>`, 3, 3 + text.length];

describe('cellTypeOf and cellTypeAt: the t attribute', () => {
  it.each([
    ['n', T_N],
    ['s', T_S],
    ['str', T_STR],
    ['inlineStr', T_INLINE],
    ['b', T_B],
    ['e', T_E],
    ['d', T_D],
    // case-sensitive, and nothing but the exact word
    ['N', T_OTHER],
    ['S', T_OTHER],
    ['st', T_OTHER],
    ['strs', T_OTHER],
    ['inlinestr', T_OTHER],
    ['inlineSt_', T_OTHER],
    ['x', T_OTHER],
    ['', T_OTHER],
  ])('t="%s" → %i', (t, code) => {
    expect(cellTypeOf(t)).toBe(code);
    expect(cellTypeAt(...inChunk(t))).toBe(code);
  });
});

describe('numberAt: <v> as a number, as +text reads it', () => {
  it.each([
    ['0', 0],
    ['40055', 40055],
    ['007', 7],
    ['-12', -12],
    ['123456789012345', 123456789012345],
    // 16 digits and more, decimals, exponents and spaces go through +text
    ['1234567890123456', 1234567890123456],
    ['9007199254740993', 9007199254740992],
    // digit by digit, the roundings add up (2^60 - 256): past 15 digits the string is read, rounded once
    ['1152921504606846976', 2 ** 60],
    ['-12345678901234567890', -12345678901234567000],
    ['0.1', 0.1],
    ['-2.5E-3', -0.0025],
    [' 7 ', 7],
    ['-', NaN],
    ['1,5', NaN],
    ['n/a', NaN],
  ])('%p → %p', (text, n) => {
    expect(numberAt(...inChunk(text))).toBe(n);
  });

  it('-0 stays -0', () => {
    expect(Object.is(numberAt(...inChunk('-0')), -0)).toBe(true);
  });
});

describe('digitsAt: a whole number of 1 to 9 digits, or -1', () => {
  it.each([
    ['0', 0],
    ['4', 4],
    ['0003', 3],
    ['123456789', 123456789],
    ['1234567890', -1],
    ['', -1],
    [' 4', -1],
    ['4.0', -1],
    ['-1', -1],
    ['x', -1],
  ])('%p → %i', (text, n) => {
    expect(digitsAt(...inChunk(text))).toBe(n);
  });
});

describe('sharedIndexOf: a shared-string index as +text reads it, but empty is -1', () => {
  it.each([
    ['1', 1],
    ['0003', 3],
    ['1.0', 1],
    [' 2 ', 2],
    ['0.5', 0.5],
    ['x', NaN],
    ['', -1],
    ['  ', -1],
  ])('%p → %p', (text, index) => {
    expect(sharedIndexOf(text)).toBe(index);
  });
});

describe('typedCell: the cell of each other type, from <v> and the inline string', () => {
  const cell = (type: Cell['type'], value: Cell['value'], format?: string): Cell => ({ type, value, format });
  it.each<[string, number, string | undefined, string | undefined, Cell | undefined]>([
    // type,          code,     <v>,             <is>,        the cell
    ['str', T_STR, 'a_x000D_b', undefined, cell('text', 'a\rb', '@')],
    ['str, empty', T_STR, '', undefined, undefined],
    ['str, no <v>', T_STR, undefined, undefined, undefined],
    ['inlineStr', T_INLINE, undefined, 'from is_x0021_', cell('text', 'from is!', '@')],
    ['inlineStr, <is> wins', T_INLINE, 'from v', 'from is', cell('text', 'from is', '@')],
    ['inlineStr, from <v>', T_INLINE, 'from v', undefined, cell('text', 'from v', '@')],
    ['inlineStr, empty <is>', T_INLINE, 'from v', '', undefined],
    ['b 1', T_B, '1', undefined, cell('boolean', true, '@')],
    ['b TRUE', T_B, ' TRUE ', undefined, cell('boolean', true, '@')],
    ['b 0', T_B, '0', undefined, cell('boolean', false, '@')],
    ['b false', T_B, 'false', undefined, cell('boolean', false, '@')],
    ['b 2', T_B, '2', undefined, undefined],
    ['b, no <v>', T_B, undefined, undefined, undefined],
    ['e', T_E, ' #DIV/0! ', undefined, cell('error', '#DIV/0!', '@')],
    ['e, empty', T_E, '', undefined, undefined],
    ['d', T_D, '2011-03-31', undefined, cell('date', 40633, '@')],
    ['d with a time', T_D, '2011-03-31T18:00:00', undefined, cell('date', 40633.75, '@')],
    ['d, not ISO', T_D, '31/03/2011', undefined, cell('text', '31/03/2011', '@')],
    ['d, spaces', T_D, '   ', undefined, undefined],
    ['unknown, kept as written', T_OTHER, 'a_x000D_b', undefined, cell('text', 'a_x000D_b', '@')],
    ['unknown, empty', T_OTHER, '', undefined, undefined],
  ])('%s', (_what, code, v, inline, expected) => {
    expect(typedCell(code, v, inline, '@', false)).toEqual(expected);
  });

  it.each([
    [false, 40633],
    [true, 40633 - 1462],
  ])('t="d" in the 1904 date system (%p) → %i', (date1904, serial) => {
    expect(typedCell(T_D, '2011-03-31', undefined, undefined, date1904)).toEqual(cell('date', serial));
  });

  it('every cell has the same three keys, format undefined for General', () => {
    for (const code of [T_STR, T_INLINE, T_B, T_E, T_D, T_OTHER]) expect(Object.keys(typedCell(code, '1', '1', undefined, false)!)).toEqual(['type', 'value', 'format']);
  });
});
