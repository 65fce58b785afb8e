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
  return statusChecker(asAt)(reported, reportedText, rag, record);
}

/**
 * checkReportedStatus as at one date, each distinct finding worded once and then given again (the same
 * object: a finding is read, never changed). A tracker's statuses and dates repeat down its rows, and on the
 * 100,000-row bench tracker its 21,000 status findings come to a few hundred wordings: wording each one made
 * some 9 MB of strings a check, most of it the clauses' pieces.
 */
export function statusChecker(asAt: IsoDate): (reported: Status | null, reportedText: string | null, rag: RagResult, record: RagFields) => StatusCheck | null {
  // by kind of clause, target and original target; and by severity (or computed status), quote and clause
  const clauses = new Memo<string>();
  const findings = new Memo<StatusCheck>();
  /** the facts behind the computed status, as a clause: from the result, which holds the dates it was judged by */
  const explain = (rag: RagResult, record: RagFields): string => {
    if (rag.computed === 'Complete') {
      if (rag.completedOn === null) return `it is marked ${percent(record.percentComplete ?? 1)} complete`;
      return clauses.get('completed', rag.completedOn, '') ?? clauses.set('completed', rag.completedOn, '', `it was completed on ${formatUkDate(rag.completedOn)}`);
    }
    if (rag.targetKind !== 'dated') return `the computed status is ${rag.computed}`;
    if (rag.expectedPercent !== undefined) {
      const start = record.start?.iso;
      if (rag.expectedPercent === 0 && start) return notDueToStartClause(start);
      return progressClause(record.percentComplete ?? 0, rag.expectedPercent, asAt);
    }
    const kind = rag.overdue ? 'overdue' : rag.computed === 'Amber' && rag.revised ? 'revised' : 'due';
    const target = rag.targetDate!;
    const original = rag.originalTargetDate!;
    const known = clauses.get(kind, target, original);
    if (known !== undefined) return known;
    const dated = { original, target };
    return clauses.set(kind, target, original, kind === 'overdue' ? overdueClause(dated, asAt) : kind === 'revised' ? revisedClause(dated) : dueClause(dated, asAt));
  };
  return (reported, reportedText, rag, record) => {
    if (reported === null) return null;
    const said = reportedRank(reported);
    const dates = computedRank(rag.computed);
    if (said === undefined || dates === undefined || said === dates) return null;
    const clause = explain(rag, record);
    const quoted = quote(reportedText, reported);
    const worse = said < dates;
    const known = findings.get(worse ? rag.computed : 'better', quoted, clause);
    if (known !== undefined) return known;
    // Joined, not written as a template: the message is kept (it is an issue's), and a template leaves a
    // tree of a dozen string pieces where join leaves one string.
    return findings.set(worse ? rag.computed : 'better', quoted, clause, worse
      ? { severity: 'info', message: ['reported "', quoted, '", worse than the dates show (computed ', rag.computed, ': ', clause, ')'].join('') }
      : { severity: 'warning', message: ['reported "', quoted, '", but ', clause].join('') });
  };
}

/** Values remembered by three texts, in maps nested by them: looking one up makes no key string. */
class Memo<T> {
  private readonly known = new Map<string, Map<string, Map<string, T>>>();

  get(a: string, b: string, c: string): T | undefined {
    return this.known.get(a)?.get(b)?.get(c);
  }

  set(a: string, b: string, c: string, value: T): T {
    let byB = this.known.get(a);
    if (byB === undefined) this.known.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (byC === undefined) byB.set(b, (byC = new Map()));
    byC.set(c, value);
    return value;
  }
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
