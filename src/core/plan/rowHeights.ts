import { columnTextWidthPt, rowHeightPt, wrappedLineCount } from './fitText';
import { STYLE_NAMES, STYLES, type StyleName, type StyleSpec } from './planStyles';
import type { PlanCell } from './writePlan';

/** Excel's default column width, in characters, for a column the sheet gives none */
const DEFAULT_WIDTH = 8.43;

/** the styles that can make a row taller than Excel's default: wrapped, or larger than 11 points */
const TALLER = new Map<StyleName, StyleSpec>(STYLE_NAMES.filter((n) => STYLES[n].wrap || STYLES[n].size > 11).map((n) => [n, STYLES[n]]));

/**
 * The height each row of a product sheet needs, in points, for the rows that need more than Excel's
 * default: those whose wrapped text takes more than one line in its column, and those with a font larger
 * than 11 points (a title). Measured with Calibri's metrics (fitText.ts), so the printed sheet has no text
 * over the next row. Only the product's own sheets get heights: a user's rows are never changed.
 */
export function planRowHeights(cells: readonly PlanCell[], widths: readonly number[]): Array<[row: number, heightPt: number]> {
  const needed = new Map<number, number>();
  // texts repeat down a column (owners, dates, reasons): each is wrapped once per column and style
  const measured: Array<Map<StyleSpec, Map<string, number>>> = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    // most cells are neither: they are passed over without their style's spec being looked up
    const spec = cell.style === undefined ? undefined : TALLER.get(cell.style);
    if (spec === undefined) continue;
    const { size } = spec;
    let lines = 1;
    if (spec.wrap && cell.value !== null && cell.value !== '') {
      const text = typeof cell.value === 'string' ? cell.value : String(cell.value);
      const byStyle = (measured[cell.col] ??= new Map());
      let known = byStyle.get(spec);
      if (!known) byStyle.set(spec, (known = new Map()));
      lines = known.get(text) ?? 0;
      if (lines === 0) known.set(text, (lines = wrappedLineCount(text, columnTextWidthPt(widths[cell.col] ?? DEFAULT_WIDTH), size, spec.bold)));
    }
    if (lines === 1 && size <= 11) continue;
    needed.set(cell.row, Math.max(needed.get(cell.row) ?? 0, rowHeightPt(lines, size)));
  }
  return [...needed].sort((a, b) => a[0] - b[0]);
}
