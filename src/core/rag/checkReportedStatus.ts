import { z } from 'zod';
import type { IsoDate } from '../dates/dateExpression';
import type { ActionRecord, ComputedStatus } from '../record';
import type { Status } from '../settings';
import { formatUkDate } from '../dates/isoDates';
import { readCompletion, readTarget } from './ragDates';
import type { RagResult } from './ragResult';
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

/** best first: complete > on-track (Green) > at-risk (Amber) > off-track (Red) */
export const REPORTED_RANK: Partial<Record<Status, number>> = { complete: 4, 'on-track': 3, 'at-risk': 2, 'off-track': 1 };
const COMPUTED_RANK: Partial<Record<ComputedStatus, number>> = { Complete: 4, Green: 3, Amber: 2, Red: 1 };
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
  record: ActionRecord,
  asAt: IsoDate,
): StatusCheck | null {
  if (reported === null) return null;
  const reportedRank = REPORTED_RANK[reported];
  const computedRank = COMPUTED_RANK[rag.computed];
  if (reportedRank === undefined || computedRank === undefined || reportedRank === computedRank) return null;
  const clause = explain(rag, record, asAt);
  const said = `reported "${quote(reportedText, reported)}"`;
  if (reportedRank > computedRank) return { severity: 'warning', message: `${said}, but ${clause}` };
  return { severity: 'info', message: `${said}, worse than the dates show (computed ${rag.computed}: ${clause})` };
}

/** the facts behind the computed status, as a clause */
function explain(rag: RagResult, record: ActionRecord, asAt: IsoDate): string {
  if (rag.computed === 'Complete') {
    const completedOn = readCompletion(record, asAt);
    if (completedOn !== null) return `it was completed on ${formatUkDate(completedOn)}`;
    return `it is marked ${percent(record.percentComplete ?? 1)} complete`;
  }
  const target = readTarget(record);
  if (target.kind !== 'dated') return `the computed status is ${rag.computed}`;
  if (rag.expectedPercent !== undefined) {
    const start = record.start?.iso;
    if (rag.expectedPercent === 0 && start) return notDueToStartClause(start);
    return progressClause(record.percentComplete ?? 0, rag.expectedPercent, asAt);
  }
  if (rag.overdue) return overdueClause(target, asAt);
  if (rag.computed === 'Amber' && rag.revised) return revisedClause(target);
  return dueClause(target, asAt);
}

/** the status as written, on one line and not too long; its label when nothing was written */
function quote(text: string | null, status: Status): string {
  const oneLine = (text ?? '').replace(/\s+/g, ' ').trim();
  if (oneLine === '') return STATUS_LABEL[status] ?? status;
  return oneLine.length <= QUOTE_LIMIT ? oneLine : `${oneLine.slice(0, QUOTE_LIMIT - 1)}…`;
}
