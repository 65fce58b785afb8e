import { rowHeightPt } from '../plan/fitText';
import { planRowHeights } from '../plan/rowHeights';
import type { PlanCell } from '../plan/writePlan';

/** A4 landscape less the product's margins (0.7 inch left and right, 0.75 inch top and bottom), in points */
const PAGE_PT = { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 0.75 * 72 };
/** what is left unused of a page, for the fonts and scaling of the programs that print it */
const SLACK = 0.9;
const DEFAULT_ROW_PT = rowHeightPt(1, 11);
const DEFAULT_WIDTH = 8.43;

/** a column's width in points, as Excel draws one `chars` characters wide (see fitText.ts) */
const columnPt = (chars: number): number => Math.trunc(chars * 7 + 5) * 0.75;

/**
 * Whether a block of `blockPt` points starting at row `start` would print across two pages of a sheet
 * fitted one page wide on A4 landscape, its first `titleRows` printed again on every page: then it should
 * start a page. Rows are measured as the sheet sets them (planRowHeights), so it follows wrapped text.
 */
export function startsPageToKeepWhole(cells: readonly PlanCell[], widths: readonly number[], titleRows: number, start: number, blockPt: number): boolean {
  const widthPt = widths.reduce((n, w) => n + columnPt(w || DEFAULT_WIDTH), 0);
  const scale = Math.min(1, PAGE_PT.width / widthPt);
  const heights = new Map(planRowHeights(cells.filter((c) => c.row < start), widths));
  const height = (row: number): number => heights.get(row) ?? DEFAULT_ROW_PT;
  let titles = 0;
  for (let r = 0; r < titleRows; r++) titles += height(r);
  const room = (PAGE_PT.height * SLACK) / scale - titles;
  // a block taller than a page prints across pages wherever it starts
  if (blockPt > room) return false;
  let used = 0;
  for (let r = titleRows; r < start; r++) {
    const h = height(r);
    used = used + h > room ? h : used + h;
  }
  return used + blockPt > room;
}
