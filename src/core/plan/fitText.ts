import { LINE_EMS, textUnits, UNITS_PER_EM } from './fontMetrics';

/**
 * Text fitted to Excel's cells, by Calibri's metrics (fontMetrics.ts), so the product's sheets can set
 * each row's height to the lines its wrapped cells take, and no text prints over the next row.
 *
 * Excel measures a column in characters of the default font's widest digit: Calibri 11's is 7 pixels, and a
 * column w characters wide is trunc(w × 7 + 5) pixels, of which a cell's text gets all but its margins.
 */
const DIGIT_PX = 7;
const COLUMN_PADDING_PX = 5;
/** the cell's own left and right margins, which text does not use */
const CELL_MARGIN_PX = 3 + 2;
const PT_PER_PX = 0.75;
/** Excel's row height for a line of 11-point Calibri: 15 points, which is a little more than the font's line */
const ROW_PT_PER_FONT_PT = 15 / 11;

/** the width a cell's text has in a column `widthChars` characters wide, in points */
export function columnTextWidthPt(widthChars: number): number {
  return (Math.trunc(widthChars * DIGIT_PX + COLUMN_PADDING_PX) - CELL_MARGIN_PX) * PT_PER_PX;
}

/**
 * Wraps `text` in `widthPt` as Excel does, giving each line as offsets into the text: broken at spaces, a
 * word too long for a line broken where it must be; each line of the text itself (a line break) starts a
 * new one. Lines are offsets, not strings, and widths are added up a word at a time rather than measured
 * again for every candidate line: a product sheet has tens of thousands of wrapped cells to measure.
 */
function wrap(text: string, widthPt: number, size: number, bold: boolean, line: (start: number, end: number) => void): void {
  const fits = (units: number): boolean => (units / UNITS_PER_EM) * size <= widthPt;
  const spaceUnits = textUnits(' ', bold);
  for (let start = 0; ; ) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak;
    // the line so far: from, to, its width, and whether it holds anything yet
    let from = start;
    let to = start;
    let units = 0;
    let empty = true;
    for (let word = start; ; ) {
      const nextSpace = text.indexOf(' ', word);
      const wordEnd = nextSpace === -1 || nextSpace > end ? end : nextSpace;
      const wordUnits = textUnits(text, bold, word, wordEnd);
      const candidate = empty ? wordUnits : units + spaceUnits + wordUnits;
      if (fits(candidate)) {
        if (empty) from = word;
        to = wordEnd;
        units = candidate;
        empty = empty && wordEnd === word;
      } else {
        if (!empty) line(from, to);
        from = word;
        to = wordEnd;
        units = wordUnits;
        empty = wordEnd === word;
        // a word wider than the line is cut where it must be
        while (!fits(units) && to - from > 1) {
          let fit = 1;
          let fitUnits = textUnits(text, bold, from, from + 1);
          while (from + fit < to) {
            const longer = fitUnits + textUnits(text, bold, from + fit, from + fit + 1);
            if (!fits(longer)) break;
            fitUnits = longer;
            fit++;
          }
          line(from, from + fit);
          from += fit;
          units -= fitUnits;
        }
      }
      if (wordEnd === end) break;
      word = wordEnd + 1;
    }
    line(from, to);
    if (lineBreak === -1) return;
    start = lineBreak + 1;
  }
}

/** The lines `text` takes when wrapped in `widthPt` (see wrap). */
export function wrapText(text: string, widthPt: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  wrap(text, widthPt, size, bold, (from, to) => lines.push(text.slice(from, to)));
  return lines;
}

/** How many lines `text` takes when wrapped in `widthPt`: wrapText's, without making them. */
export function wrappedLineCount(text: string, widthPt: number, size: number, bold = false): number {
  let lines = 0;
  wrap(text, widthPt, size, bold, () => lines++);
  return lines;
}

/** the height in points a row needs for `lines` lines at `size` points: Excel's, never less than the font's */
export function rowHeightPt(lines: number, size: number): number {
  const perLine = Math.max(size * ROW_PT_PER_FONT_PT, size * LINE_EMS);
  // whole pixels, as Excel keeps row heights
  return Math.ceil((Math.max(1, lines) * perLine) / PT_PER_PX) * PT_PER_PX;
}
