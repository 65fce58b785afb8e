import { isDateFormat } from '../../core/grid';
import { FIRST_CUSTOM_FORMAT_ID, builtInFormat, isGeneral } from './numberFormats';

/**
 * The codes as ECMA-376 Part 1, 18.8.30 lists them, with the locale-dependent ids as Excel shows them in
 * en-GB: written out here rather than read from the module, so a changed code shows up as a failure.
 */
const EN_GB: ReadonlyArray<readonly [number, string, 'date' | 'number']> = [
  [1, '0', 'number'],
  [2, '0.00', 'number'],
  [3, '#,##0', 'number'],
  [4, '#,##0.00', 'number'],
  [5, '"£"#,##0;\\-"£"#,##0', 'number'],
  [6, '"£"#,##0;[Red]\\-"£"#,##0', 'number'],
  [7, '"£"#,##0.00;\\-"£"#,##0.00', 'number'],
  [8, '"£"#,##0.00;[Red]\\-"£"#,##0.00', 'number'],
  [9, '0%', 'number'],
  [10, '0.00%', 'number'],
  [11, '0.00E+00', 'number'],
  [12, '# ?/?', 'number'],
  [13, '# ??/??', 'number'],
  [14, 'dd/mm/yyyy', 'date'],
  [15, 'd-mmm-yy', 'date'],
  [16, 'd-mmm', 'date'],
  [17, 'mmm-yy', 'date'],
  [18, 'h:mm AM/PM', 'date'],
  [19, 'h:mm:ss AM/PM', 'date'],
  [20, 'h:mm', 'date'],
  [21, 'h:mm:ss', 'date'],
  [22, 'dd/mm/yyyy hh:mm', 'date'],
  [37, '#,##0 ;(#,##0)', 'number'],
  [38, '#,##0 ;[Red](#,##0)', 'number'],
  [39, '#,##0.00;(#,##0.00)', 'number'],
  [40, '#,##0.00;[Red](#,##0.00)', 'number'],
  [41, '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-', 'number'],
  [42, '_-"£"* #,##0_-;\\-"£"* #,##0_-;_-"£"* "-"_-;_-@_-', 'number'],
  [43, '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', 'number'],
  [44, '_-"£"* #,##0.00_-;\\-"£"* #,##0.00_-;_-"£"* "-"??_-;_-@_-', 'number'],
  [45, 'mm:ss', 'date'],
  [46, '[h]:mm:ss', 'date'],
  [47, 'mmss.0', 'date'],
  [48, '##0.0E+0', 'number'],
  [49, '@', 'number'],
];

describe('builtInFormat', () => {
  it.each(EN_GB)('id %i is %j', (id, code) => {
    expect(builtInFormat(id)).toBe(code);
  });

  // the reader calls a cell a date from this code alone, so the date ids must give a date code and no other
  it.each(EN_GB)('id %i (%j) shows a %s', (id, _code, kind) => {
    expect(isDateFormat(builtInFormat(id))).toBe(kind === 'date');
  });

  it('has a code for exactly the ids listed, and for no other id Excel reserves', () => {
    const withCode: number[] = [];
    for (let id = 0; id < 1000; id++) if (builtInFormat(id) !== undefined) withCode.push(id);
    expect(withCode).toEqual(EN_GB.map(([id]) => id));
  });

  it.each([
    ['General', 0],
    ['East Asian dates (no fixed code)', 27],
    ['East Asian dates (no fixed code)', 31],
    ['East Asian dates (no fixed code)', 36],
    ['East Asian dates (no fixed code)', 50],
    ['East Asian dates (no fixed code)', 58],
    ['unassigned, below the custom range', 23],
    ['unassigned, below the custom range', 163],
    ['the first custom id', 164],
    ['a custom id', 200],
    ['negative', -14],
    ['fractional', 14.5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('has no code for %s (%d)', (_, id) => {
    expect(builtInFormat(id)).toBeUndefined();
  });

  it('uses pound signs, not dollars, for the currency and accounting ids', () => {
    for (const id of [5, 6, 7, 8, 42, 44]) {
      expect(builtInFormat(id)).toContain('"£"');
      expect(builtInFormat(id)).not.toContain('$');
    }
  });
});

describe('FIRST_CUSTOM_FORMAT_ID', () => {
  it('is 164, above every built-in id', () => {
    expect(FIRST_CUSTOM_FORMAT_ID).toBe(164);
    for (const [id] of EN_GB) expect(id).toBeLessThan(FIRST_CUSTOM_FORMAT_ID);
  });
});

describe('isGeneral', () => {
  it.each([
    ['General', true],
    ['general', true],
    ['GENERAL', true],
    ['gEnErAl', true],
    ['', false],
    ['Gener', false],
    [' General', false],
    ['General ', false],
    ['Generals', false],
    ['General;General', false],
    ['"General"', false],
    ['[Red]General', false],
    ['0', false],
    ['@', false],
  ])('%j → %s', (code, expected) => {
    expect(isGeneral(code)).toBe(expected);
  });
});
