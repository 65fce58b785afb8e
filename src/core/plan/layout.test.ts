import { Layout } from './layout';

describe('Layout.line', () => {
  it.each<[string, Parameters<Layout['line']>, Array<Record<string, unknown>>]>([
    ['plain values from column A, in the line\'s style', [['a', 2, true], 'text'], [
      { row: 0, col: 0, value: 'a', style: 'text' }, { row: 0, col: 1, value: 2, style: 'text' }, { row: 0, col: 2, value: true, style: 'text' },
    ]],
    ['from another column', [['a'], undefined, 3], [{ row: 0, col: 3, value: 'a' }]],
    ['a null value leaves its cell out', [['a', null, 'c']], [{ row: 0, col: 0, value: 'a' }, { row: 0, col: 2, value: 'c' }]],
    ['a value of its own style', [[{ value: 'Red', style: 'rag-Red' }, 'x'], 'text'], [
      { row: 0, col: 0, value: 'Red', style: 'rag-Red' }, { row: 0, col: 1, value: 'x', style: 'text' },
    ]],
    ['a styled null left out', [[{ value: null, style: 'wrap' }, 'x']], [{ row: 0, col: 1, value: 'x' }]],
    ['a formula kept with a null result', [[{ value: null, formula: 'SUM(A1:A2)' }], 'number'], [{ row: 0, col: 0, value: null, formula: 'SUM(A1:A2)', style: 'number' }]],
    ['a link, in the line\'s style when it has none', [[{ value: 'A7', link: "'Plan'!A7" }], 'text'], [{ row: 0, col: 0, value: 'A7', style: 'text', link: "'Plan'!A7" }]],
  ])('%s', (_what, args, cells) => {
    const l = new Layout();
    expect(l.line(...args)).toBe(0);
    expect(l.cells).toStrictEqual(cells);
    expect(l.row).toBe(1);
  });

  it('moves down a row each line, and keeps the last column for the area', () => {
    const l = new Layout();
    l.line(['a', 'b', 'c']);
    l.skip();
    expect(l.line(['d'])).toBe(2);
    expect(l.area()).toBe('A1:C3');
  });
});
