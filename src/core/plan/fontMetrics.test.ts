import { textUnits, textWidthPt } from './fontMetrics';

describe('textWidthPt', () => {
  const em = (units: number, size: number): number => (units / 2048) * size;
  it.each<[string, string, number, boolean, number]>([
    ['nothing', '', 11, false, 0],
    ['a digit', '0', 11, false, em(1038, 11)],
    ['two digits at twice the size', '00', 22, false, em(2 * 1038, 22)],
    ['a W, bold', 'W', 10, true, em(1856, 10)],
    ['a curly apostrophe, beyond Latin-1', '’', 11, false, em(511, 11)],
    ['a character beyond the table, one em', '漢', 11, false, 11],
  ])('%s', (_what, text, size, bold, expected) => {
    expect(textWidthPt(text, size, bold)).toBeCloseTo(expected, 9);
  });
});

describe('textUnits', () => {
  it.each<[string, string, boolean, number | undefined, number | undefined, number]>([
    ['nothing', '', false, undefined, undefined, 0],
    ['the whole text', 'W0', false, undefined, undefined, 1822 + 1038],
    ['from an offset', 'W0', false, 1, undefined, 1038],
    ['up to an offset', 'W0', false, 0, 1, 1822],
    ['bold', 'W', true, undefined, undefined, 1856],
    ['a dash from the punctuation list, bold', 'a—', true, 1, 2, 1854],
    ['a character beyond the table, one em', 'a漢', false, 1, 2, 2048],
  ])('%s', (_what, text, bold, from, to, expected) => {
    expect(textUnits(text, bold, from, to)).toBe(expected);
  });
});
