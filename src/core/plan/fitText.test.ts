import { textWidthPt } from './fontMetrics';
import { columnTextWidthPt, rowHeightPt, wrappedLineCount, wrapText } from './fitText';

describe('columnTextWidthPt', () => {
  it.each<[number, number]>([
    // trunc(w × 7 + 5) pixels, less 5 pixels of margins, at 0.75 pt a pixel
    [8.43, (64 - 5) * 0.75],
    [10, (75 - 5) * 0.75],
    [60, (425 - 5) * 0.75],
  ])('a column %d characters wide has %d points for text', (width, expected) => {
    expect(columnTextWidthPt(width)).toBe(expected);
  });
});

describe('wrapText', () => {
  const width = textWidthPt('Review the customer journey', 11);
  it.each<[string, string, number, string[]]>([
    ['text that fits is one line', 'Review the customer', width, ['Review the customer']],
    ['exactly the width still fits', 'Review the customer journey', width, ['Review the customer journey']],
    ['broken at the space before the word that does not fit', 'Review the customer journey mapping programme', width, ['Review the customer journey', 'mapping programme']],
    ['a line break starts a new line', 'Completed.\nSigned off', width, ['Completed.', 'Signed off']],
    ['an empty line is a line', 'A\n\nB', width, ['A', '', 'B']],
    ['a word too long for a line is cut', 'Averyveryverylongwordwithoutanyspaces', textWidthPt('Averyvery', 11), ['Averyvery', 'verylong', 'wordwith', 'outanysp', 'aces']],
    ['nothing is one empty line', '', width, ['']],
  ])('%s', (_what, text, widthPt, expected) => {
    const lines = wrapText(text, widthPt, 11);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(textWidthPt(line, 11)).toBeLessThanOrEqual(widthPt);
    // and each line as long as fits: the next word (or the next letter of a word cut) would not
    lines.slice(0, -1).forEach((line, i) => {
      const next = lines[i + 1]!;
      if (line === '' || next === '' || !text.includes(`${line}${next}`) && !text.includes(`${line} ${next.split(' ')[0]}`)) return;
      const longer = text.includes(`${line}${next}`) ? `${line}${next[0]}` : `${line} ${next.split(' ')[0]}`;
      expect(textWidthPt(longer, 11)).toBeGreaterThan(widthPt);
    });
  });

  it.each<[string, string, number, string[]]>([
    ['a space before the first word starts no line', ' Review', width, ['Review']],
    ['two spaces between words are kept', 'Review  the', width, ['Review  the']],
    ['a space that does not fit ends the line', 'Review the customer journey ', width, ['Review the customer journey', '']],
    ['the rest of a cut word carries on with the next word', 'Averyveryverylong word', textWidthPt('Averyvery', 11), ['Averyvery', 'verylong', 'word']],
    ['a single letter wider than the line stays whole', 'W', 1, ['W']],
  ])('%s', (_what, text, widthPt, expected) => {
    expect(wrapText(text, widthPt, 11)).toEqual(expected);
  });

  it('measures bold text as bold, which is wider', () => {
    const w = textWidthPt('Target date revised', 11);
    expect(wrapText('Target date revised', w, 11)).toHaveLength(1);
    expect(wrapText('Target date revised', w, 11, true)).toHaveLength(2);
  });
});

describe('wrappedLineCount', () => {
  const width = textWidthPt('Review the customer journey', 11);
  it.each<[string, number, number, boolean, number]>([
    ['', width, 11, false, 1],
    ['Review the customer journey', width, 11, false, 1],
    ['Review the customer journey mapping programme', width, 11, false, 2],
    ['Review the customer journey', width, 11, true, 2],
    ['Review the customer journey', width, 14, false, 2],
    ['Completed.\nSigned off', width, 11, false, 2],
    ['A\n\nB', width, 11, false, 3],
    ['Averyveryverylongwordwithoutanyspaces', textWidthPt('Averyvery', 11), 11, false, 5],
  ])('%j in %d points at %d points (bold: %s) takes %d lines, as wrapText makes', (text, widthPt, size, bold, expected) => {
    expect(wrappedLineCount(text, widthPt, size, bold)).toBe(expected);
    expect(wrapText(text, widthPt, size, bold)).toHaveLength(expected);
  });
});

describe('rowHeightPt', () => {
  it.each<[number, number, number]>([
    [1, 11, 15],
    [2, 11, 30],
    [3, 11, 45],
    [0, 11, 15],
    [1, 14, 19.5],
    [2, 12, 33],
  ])('%d line(s) at %d points take %d points', (lines, size, expected) => {
    expect(rowHeightPt(lines, size)).toBe(expected);
  });
});
