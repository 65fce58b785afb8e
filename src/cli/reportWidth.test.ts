import { DEFAULT_WIDTH, reportWidth } from './reportWidth';

describe('reportWidth', () => {
  it.each<[string, number | undefined, string | undefined, number]>([
    ['a terminal: its own width', 80, undefined, 80],
    ['a terminal, whatever COLUMNS says', 80, '200', 80],
    ['a pipe: COLUMNS', undefined, '100', 100],
    ['a terminal that says 0 columns: COLUMNS', 0, '72', 72],
    ['a pipe without COLUMNS: the default', undefined, undefined, DEFAULT_WIDTH],
    ['COLUMNS empty', undefined, '', DEFAULT_WIDTH],
    ['COLUMNS not a number', undefined, 'wide', DEFAULT_WIDTH],
    ['COLUMNS 0', undefined, '0', DEFAULT_WIDTH],
    ['COLUMNS negative', undefined, '-80', DEFAULT_WIDTH],
    ['COLUMNS a fraction', undefined, '80.5', DEFAULT_WIDTH],
  ])('%s', (_what, columns, COLUMNS, expected) => {
    expect(reportWidth({ columns }, COLUMNS === undefined ? {} : { COLUMNS })).toBe(expected);
  });

  it('is 120 off a terminal', () => {
    expect(DEFAULT_WIDTH).toBe(120);
  });
});
