import { z } from 'zod';
import { formatUkDate, type IsoDate } from '../dates/isoDays';
import type { ComputedStatus } from '../record';
import type { Status } from '../settings';
import type { RagFields, RagResult } from './ragResult';
import {
  dueClause,
  notDueToStartClause,
  overdueClause,
  percent,
  progressClause,
  revisedClause,
} from './ragWording';

export const statusCheckSchema = z.object({
  severity: z.enum(['warning', 'info']),
  message: z.string(),
});
export type StatusCheck = z.infer<typeof statusCheckSchema>;

/**
 * Best first: complete > on-track (Green) > at-risk (Amber) > off-track (Red); undefined for a status
 * that is not ranked. A switch, not a lookup table: on most rows the status is one a table lacks, and
 * missing a key costs a walk up the prototype chain on every row of a large tracker.
 */
export function reportedRank(status: Status): number | undefined {
  switch (status) {
    case 'complete':
      return 4;
    case 'on-track':
      return 3;
    case 'at-risk':
      return 2;
    case 'off-track':
      return 1;
    default:
      return undefined;
  }
}

function computedRank(status: ComputedStatus): number | undefined {
  switch (status) {
    case 'Complete':
      return 4;
    case 'Green':
      return 3;
    case 'Amber':
      return 2;
    case 'Red':
      return 1;
    default:
      return undefined;
  }
}
const STATUS_LABEL: Partial<Record<Status, string>> = {
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};
const QUOTE_LIMIT = 40;

/**
 * Compares the reported status with the computed one (domain.md "Status check"). Reported better than
 * computed (On Track on a Red row) → warning; reported worse (Red on a Green row) → info; the same → null.
 * Nothing to check when nothing usable is reported (null, unknown, not-started, closed, deferred) or when the
 * computed status is Closed, Ongoing or No date.
 */
export function checkReportedStatus(
  reported: Status | null,
  reportedText: string | null,
  rag: RagResult,
  record: RagFields,
  asAt: IsoDate,
): StatusCheck | null {
  if (reported === null) return null;
  const said = reportedRank(reported);
  const dates = computedRank(rag.computed);
  if (said === undefined || dates === undefined || said === dates) return null;
  return worded(said, dates, opening(said, dates, reported, reportedText, rag.computed), explain(rag, record, asAt));
}

/** What was reported, as a finding on a status ranked `said` opens where the dates rank the action `dates`. */
function opening(said: number, dates: number, reported: Status, reportedText: string | null, computed: ComputedStatus): string {
  const quoted = quote(reportedText, reported);
  return said > dates ? `reported "${quoted}", but ` : `reported "${quoted}", worse than the dates show (computed ${computed}: `;
}

/** The finding: its opening, then the facts behind the computed status. */
function worded(said: number, dates: number, opening: string, clause: string): StatusCheck {
  return said > dates ? { severity: 'warning', message: opening + clause } : { severity: 'info', message: `${opening}${clause})` };
}

/**
 * checkReportedStatus for the records of one check, as at one date, its words made once and shared: a
 * tracker's status texts repeat, and so do its dates, and on the 100,000-row bench tracker wording each
 * of its 21,000 findings afresh took some 16 ms a check. A message is then its two shared parts, the
 * opening (by status text and the two ranks) and the clause. The clause of a completed action rests only on
 * its completion date, or failing that its % complete; that of a dated target, open and not judged by
 * expected progress, only on the target date, the original target date and whether the action is Amber
 * (overdue and revised follow from the dates and the as-at date). Any other is worded each time.
 */
export function makeStatusChecker(asAt: IsoDate): (reported: Status | null, reportedText: string | null, rag: RagResult, record: RagFields) => StatusCheck | null {
  // by status text, then said * 5 + dates
  const openings = new Map<string | null, string[]>();
  const completedOn = new Map<IsoDate, string>();
  const percentComplete = new Map<number, string>();
  // for actions not Amber, then Amber: by target date, then original target date
  const dated = [new Map<IsoDate, Map<IsoDate, string>>(), new Map<IsoDate, Map<IsoDate, string>>()] as const;
  const clauseOf = (rag: RagResult, record: RagFields): string => {
    let clause: string | undefined;
    if (rag.computed === 'Complete') {
      const on = rag.completedOn;
      const percent = record.percentComplete ?? 1;
      clause = on !== null ? completedOn.get(on) : percentComplete.get(percent);
      if (clause === undefined) {
        clause = explain(rag, record, asAt);
        if (on !== null) completedOn.set(on, clause);
        else percentComplete.set(percent, clause);
      }
      return clause;
    }
    if (rag.targetKind !== 'dated' || rag.expectedPercent !== undefined) return explain(rag, record, asAt);
    const byTarget = dated[rag.computed === 'Amber' ? 1 : 0];
    let byOriginal = byTarget.get(rag.targetDate!);
    if (byOriginal === undefined) byTarget.set(rag.targetDate!, (byOriginal = new Map()));
    clause = byOriginal.get(rag.originalTargetDate!);
    if (clause === undefined) byOriginal.set(rag.originalTargetDate!, (clause = explain(rag, record, asAt)));
    return clause;
  };
  return (reported, reportedText, rag, record) => {
    if (reported === null) return null;
    const said = reportedRank(reported);
    const dates = computedRank(rag.computed);
    if (said === undefined || dates === undefined || said === dates) return null;
    let byRanks = openings.get(reportedText);
    if (byRanks === undefined) openings.set(reportedText, (byRanks = []));
    const opened = (byRanks[said * 5 + dates] ??= opening(said, dates, reported, reportedText, rag.computed));
    return worded(said, dates, opened, clauseOf(rag, record));
  };
}

/** the facts behind the computed status, as a clause: from the result, which holds the dates it was judged by */
function explain(rag: RagResult, record: RagFields, asAt: IsoDate): string {
  if (rag.computed === 'Complete') {
    if (rag.completedOn !== null) return `it was completed on ${formatUkDate(rag.completedOn)}`;
    return `it is marked ${percent(record.percentComplete ?? 1)} complete`;
  }
  if (rag.targetKind !== 'dated') return `the computed status is ${rag.computed}`;
  const target = { original: rag.originalTargetDate!, target: rag.targetDate! };
  if (rag.expectedPercent !== undefined) {
    const start = record.start?.iso;
    if (rag.expectedPercent === 0 && start) return notDueToStartClause(start);
    return progressClause(record.percentComplete ?? 0, rag.expectedPercent, asAt);
  }
  if (rag.overdue) return overdueClause(target, asAt);
  if (rag.computed === 'Amber' && rag.revised) return revisedClause(target);
  return dueClause(target, asAt);
}

/** Printable ASCII with single spaces between words: the usual status ("G", "On track"), quoted as it is. */
function isOneLine(text: string): boolean {
  let last = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && last === 32)) return false;
    last = c;
  }
  return last !== 32;
}

/** the status as written, on one line and not too long; its label when nothing was written */
function quote(text: string | null, status: Status): string {
  const oneLine = text !== null && isOneLine(text) ? text : (text ?? '').replace(/\s+/g, ' ').trim();
  if (oneLine === '') return STATUS_LABEL[status] ?? status;
  return oneLine.length <= QUOTE_LIMIT ? oneLine : `${oneLine.slice(0, QUOTE_LIMIT - 1)}…`;
}
