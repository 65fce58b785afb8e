import type { SheetReport } from '../checkSheet';
import { formatUkDate, type IsoDate } from '../dates/isoDays';
import { isoToSerial } from '../dates/excelSerials';
import { blankRagResult } from '../rag/ragResult';
import { ragAt } from '../rag/ragTable';
import { ragStyle, STYLES } from './planStyles';
import type { PlanCell, TrackerColumns } from './writePlan';
import type { Issue } from '../validate/issue';
import { issueSummary } from './issueSummary';
import { columnTextWidthPt } from './fitText';
import { textWidthPt } from './fontMetrics';

export const TRACKER_HEADERS = ['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues'] as const;
/** widths in characters of Target (read as), Computed RAG, Days slipped and Issues */
export const TRACKER_COLUMN_WIDTHS = [14, 14, 10, 60];

export interface RagColumn {
  sheet: string;
  /** 0-based column of Computed RAG */
  col: number;
  /** 0-based first and last data rows; last < first when the tracker has no actions */
  firstRow: number;
  lastRow: number;
}

/**
 * The product's columns on a tracker sheet, starting at `first` (right of everything the user has there):
 * how the target was read, the computed RAG with its colour, days slipped, and the row's issues. A note
 * above the header says as at when, so a printed tracker carries its date.
 */
export function planTrackerColumns(report: SheetReport, first: number, asAt: IsoDate, date1904: boolean): { columns: TrackerColumns; rag: RagColumn } {
  const headerRow = report.mapping.headerRow - 1;
  const cells: PlanCell[] = [];
  if (headerRow > 0) cells.push({ row: headerRow - 1, col: first, value: `Tracker Check, as at ${formatUkDate(asAt)}`, style: 'note' });
  TRACKER_HEADERS.forEach((h, i) => cells.push({ row: headerRow, col: first + i, value: h, style: 'header' }));

  const issuesByRow = new Map<number, Issue[]>();
  for (const issue of report.issues) {
    if (issue.row === null || issue.row - 1 <= headerRow) continue;
    const list = issuesByRow.get(issue.row) ?? [];
    list.push(issue);
    issuesByRow.set(issue.row, list);
  }

  let firstRow = headerRow + 1;
  let lastRow = headerRow;
  // the target as read when RAG was computed, one result filled in again for each record: no record is made
  const rag = blankRagResult();
  // targets repeat down a tracker ("31/03/2011"): each day's serial is worked out once
  const serials = new Map<IsoDate, number | null>();
  const serialOf = (day: IsoDate): number | null => {
    let serial = serials.get(day);
    if (serial === undefined) serials.set(day, (serial = isoToSerial(day, date1904)));
    return serial;
  };
  for (let k = 0; k < report.records.length; k++) {
    const r = report.records.row[k]! - 1;
    ragAt(report.rag, k, rag);
    if (lastRow < firstRow) firstRow = r;
    lastRow = r;
    if (rag.targetKind === 'dated') cells.push({ row: r, col: first, value: serialOf(rag.targetDate!), style: 'date' });
    else cells.push({ row: r, col: first, value: rag.targetKind === 'ongoing' ? 'Ongoing' : rag.targetWhy === 'not-understood' ? 'Not understood' : 'No date', style: 'text' });
    cells.push({ row: r, col: first + 1, value: rag.computed, style: ragStyle(rag.computed) });
    if (rag.slippageDays !== null) cells.push({ row: r, col: first + 2, value: rag.slippageDays, style: 'number' });
  }
  // One line that fits the column, never wrapped: the product does not change the height of a user's row.
  // The whole messages are on the Issues sheet.
  const room = columnTextWidthPt(TRACKER_COLUMN_WIDTHS[3]!);
  const fits = (line: string): boolean => textWidthPt(line, STYLES.text.size) <= room;
  for (const [row, issues] of issuesByRow) {
    cells.push({ row: row - 1, col: first + 3, value: issueSummary(issues, fits), style: 'text' });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    columns: { sheet: report.name, first, headers: [...TRACKER_HEADERS], widths: TRACKER_COLUMN_WIDTHS, headerRow, cells },
    rag: { sheet: report.name, col: first + 1, firstRow, lastRow },
  };
}
