import { textWidthPt } from './fontMetrics';

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
