import { cellRef, cellText, columnIndex, columnLetter, fillAt, isBlank, isBlankText, isDateFormat, parseAreaRef, parseCellRef, trimText, type Cell } from './grid';

describe('column letters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i ↔ %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it.each(['', 'A1', 'ABCD', '1'])('%j is not a column', (text) => expect(columnIndex(text)).toBe(-1));
});

describe('cell and area references', () => {
  it('makes and reads A1 references (rows 1-based, indexes 0-based)', () => {
    expect(cellRef(6, 4)).toBe('E7');
    expect(parseCellRef('E7')).toEqual({ row: 6, col: 4 });
    expect(parseCellRef('$AA$10')).toEqual({ row: 9, col: 26 });
    expect(parseCellRef('E')).toBeNull();
  });

  it('reads merged areas in either corner order, and single cells', () => {
    expect(parseAreaRef('A1:F1')).toEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(parseAreaRef('C5:A2')).toEqual({ top: 1, left: 0, bottom: 4, right: 2 });
    expect(parseAreaRef('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseAreaRef('A1:XFD1048576')).toEqual({ top: 0, left: 0, bottom: 1048575, right: 16383 });
  });
});

describe('isBlank', () => {
  const text = (value: string): Cell => ({ type: 'text', value });
  it.each<[string, Cell | undefined, boolean]>([
    ['no cell', undefined, true],
    ['an empty cell', { type: 'empty', value: null }, true],
    ['empty text', text(''), true],
    ['spaces', text('   '), true],
    ['a non-breaking space and a tab', text('\u00a0\t'), true],
    ['an ideographic space', text('\u3000'), true],
    ['text', text('HB'), false],
    ['text after spaces', text('  HB'), false],
    ['text after a non-breaking space', text('\u00a0HB'), false],
    ['zero', { type: 'number', value: 0 }, false],
    ['FALSE', { type: 'boolean', value: false }, false],
    ['an error', { type: 'error', value: '#N/A' }, false],
  ])('%s → %s', (_what, cell, blank) => expect(isBlank(cell)).toBe(blank));
});

describe('cellText', () => {
  it.each<[Cell | undefined, string]>([
    [undefined, ''],
    [{ type: 'text', value: 'Mar 11' }, 'Mar 11'],
    [{ type: 'number', value: 3.5 }, '3.5'],
    [{ type: 'boolean', value: true }, 'TRUE'],
    [{ type: 'error', value: '#REF!' }, '#REF!'],
  ])('%j → %j', (cell, shown) => expect(cellText(cell)).toBe(shown));
});

describe('isDateFormat', () => {
  it.each<[string | number | undefined, boolean]>([
    ['dd/mm/yyyy', true],
    ['mmm yy', true],
    ['d-mmm-yy', true],
    ['[$-809]dd mmmm yyyy', true],
    ['hh:mm', true],
    [14, true],
    [17, true],
    ['0.00', false],
    ['0%', false],
    ['#,##0', false],
    ['[Red]0.00', false],
    ['0 "days"', false],
    ['@', false],
    [2, false],
    [undefined, false],
  ])('%j → %s', (format, isDate) => expect(isDateFormat(format)).toBe(isDate));
});

describe('fillAt', () => {
  const sheet = { name: 'Plan', state: 'visible' as const, rows: [], merges: [], rowCount: 3, colCount: 5 };
  it('gives a cell\'s fill colour, and undefined where there is none or the sheet has no fills', () => {
    const filled = { ...sheet, fills: [undefined, [undefined, 'FF0000'], ['00B050']] };
    expect([fillAt(filled, 1, 1), fillAt(filled, 2, 0), fillAt(filled, 1, 0), fillAt(filled, 0, 0), fillAt(filled, 9, 9)]).toEqual(['FF0000', '00B050', undefined, undefined, undefined]);
    expect(fillAt(sheet, 1, 1)).toBeUndefined();
  });
});

describe('trimText', () => {
  it.each<[string, string]>([
    ['', ''],
    ['Review', 'Review'],
    ['  Review ', 'Review'],
    ['\tReview', 'Review'],
    ['Review\n', 'Review'],
    ['\u00a0Review', 'Review'],
    ['Review\u3000', 'Review'],
    ['\ufeffReview', 'Review'],
    ['Review\u2029', 'Review'],
    ['\u1680R', 'R'],
    ['\u0085R\u009f', '\u0085R\u009f'],
    ['éRevieŵ', 'éRevieŵ'],
    ['   ', ''],
    ['x', 'x'],
  ])('%j → %j', (text, expected) => expect(trimText(text)).toBe(expected));

  it('trims as trim() does with every UTF-16 code unit at either end', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}a`, `a${ch}`, `${ch}a${ch}`]) {
        if (trimText(text) !== text.trim()) throw new Error(`trimText differs from trim() on U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('isBlankText', () => {
  it.each<[string, boolean]>([
    ['', true],
    [' ', true],
    ['\t\n\r', true],
    ['\u00a0', true],
    ['\u1680', true],
    ['\u2003 \u3000', true],
    ['\ufeff', true],
    ['\u2028\u2029', true],
    ['x', false],
    [' x ', false],
    ['!', false],
    ['\u0085', false],
    ['\u009f', false],
    ['\u00a0x', false],
    ['\u3000é', false],
    ['Review the policy', false],
  ])('%j → %s, as trim() says', (text, blank) => {
    expect(isBlankText(text)).toBe(blank);
    expect(text.trim() === '').toBe(blank);
  });
});
