import type { SheetReport } from '../checkSheet';
import { formatUkDate, type IsoDate } from '../dates/isoDays';
import { isoToSerial } from '../dates/excelSerials';
import { TARGET_KINDS, TARGET_WHYS } from '../rag/ragResult';
import { computedAt } from '../rag/ragTable';
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

  // One line that fits the column, never wrapped: the product does not change the height of a user's row.
  // The whole messages are on the Issues sheet.
  const room = columnTextWidthPt(TRACKER_COLUMN_WIDTHS[3]!);
  const fits = (line: string): boolean => textWidthPt(line, STYLES.text.size) <= room;
  const issuesCell = (row: number, issues: Issue[]): PlanCell => ({ row: row - 1, col: first + 3, value: issueSummary(issues, fits), style: 'text' });

  let firstRow = headerRow + 1;
  let lastRow = headerRow;
  // targets repeat down a tracker ("31/03/2011"): each day's serial is worked out once
  const serials = new Map<IsoDate, number | null>();
  const serialOf = (day: IsoDate): number | null => {
    let serial = serials.get(day);
    if (serial === undefined) serials.set(day, (serial = isoToSerial(day, date1904)));
    return serial;
  };
  // the target as read when RAG was computed, from the RAG table's columns: no result is made per record
  const { rag } = report;
  for (let k = 0; k < report.records.length; k++) {
    const r = report.records.row[k]! - 1;
    if (lastRow < firstRow) firstRow = r;
    lastRow = r;
    const kind = TARGET_KINDS[rag.targetKind[k]!];
    if (kind === 'dated') cells.push({ row: r, col: first, value: serialOf(rag.targetDate[k]!), style: 'date' });
    else cells.push({ row: r, col: first, value: kind === 'ongoing' ? 'Ongoing' : TARGET_WHYS[rag.targetWhy[k]!] === 'not-understood' ? 'Not understood' : 'No date', style: 'text' });
    const computed = computedAt(rag, k);
    cells.push({ row: r, col: first + 1, value: computed, style: ragStyle(computed) });
    const slipped = rag.slippageDays[k]!;
    if (!Number.isNaN(slipped)) cells.push({ row: r, col: first + 2, value: slipped, style: 'number' });
    // the row's issues in its own place, so the cells stay in order
    const issues = issuesByRow.get(r + 1);
    if (issues) {
      cells.push(issuesCell(r + 1, issues));
      issuesByRow.delete(r + 1);
    }
  }
  // issues on rows that are not actions' (a continuation row), put in order below: records come in row
  // order (see RecordTable), so the cells are in order as made unless there are any
  for (const [row, issues] of issuesByRow) cells.push(issuesCell(row, issues));
  if (issuesByRow.size > 0) cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    columns: { sheet: report.name, first, headers: [...TRACKER_HEADERS], widths: TRACKER_COLUMN_WIDTHS, headerRow, cells },
    rag: { sheet: report.name, col: first + 1, firstRow, lastRow },
  };
}
