import { LINE_EMS, textWidthPt } from './fontMetrics';

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
 * The lines `text` takes when wrapped in `widthPt`: broken at spaces, as Excel wraps, a word too long for a
 * line broken where it must be; each line of the text itself (a line break) starts a new one.
 */
export function wrapText(text: string, widthPt: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidthPt(candidate, size, bold) <= widthPt) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      // a word wider than the line is cut where it must be
      while (textWidthPt(line, size, bold) > widthPt && line.length > 1) {
        let fit = 1;
        while (fit < line.length && textWidthPt(line.slice(0, fit + 1), size, bold) <= widthPt) fit++;
        lines.push(line.slice(0, fit));
        line = line.slice(fit);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** the height in points a row needs for `lines` lines at `size` points: Excel's, never less than the font's */
export function rowHeightPt(lines: number, size: number): number {
  const perLine = Math.max(size * ROW_PT_PER_FONT_PT, size * LINE_EMS);
  // whole pixels, as Excel keeps row heights
  return Math.ceil((Math.max(1, lines) * perLine) / PT_PER_PX) * PT_PER_PX;
}
