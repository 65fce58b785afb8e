import type { DateExpression } from '../dates/dateExpression';
import { daysBetween, formatUkDate, type IsoDate } from '../dates/isoDays';

/**
 * The clauses RAG reasons and status-check messages are made of, so both say the same thing the same way.
 * Clauses start in lower case with no full stop; `sentence` makes one a sentence.
 */

export interface DatedTarget {
  readonly original: IsoDate;
  readonly target: IsoDate;
}

export function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1) + '.';
}

/** "1 day", "12 days", "3 working days" */
export function dayCount(days: number, workingDays = false): string {
  return `${days} ${workingDays ? 'working ' : ''}${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function percent(fraction: number): string {
  // to a millionth first: a fraction the sheet holds as 0.285 is 28.5%, not the 28.4999… binary makes of it
  return `${Math.round(Math.round(fraction * 1e6) / 1e4)}%`;
}

export function isRevised(t: DatedTarget): boolean {
  return t.target > t.original;
}

function targetDate(t: DatedTarget): string {
  return `${isRevised(t) ? 'the revised target date' : 'the target date'} ${formatUkDate(t.target)}`;
}

/** "the target date 31/03/2011 passed 230 days before the as-at date 16/11/2011" */
export function overdueClause(t: DatedTarget, asAt: IsoDate): string {
  return `${targetDate(t)} passed ${dayCount(daysBetween(asAt, t.target))} before the as-at date ${formatUkDate(asAt)}`;
}

function away(t: DatedTarget, asAt: IsoDate): string {
  const days = daysBetween(t.target, asAt);
  return days === 0 ? 'falls on the as-at date' : `is ${dayCount(days)} away`;
}

/** "the target date 31/03/2011 is 12 days away" */
export function dueClause(t: DatedTarget, asAt: IsoDate): string {
  return `${targetDate(t)} ${away(t, asAt)}`;
}

/** "the target was revised from 28/02/2011 to 31/07/2011" */
export function revisedClause(t: DatedTarget): string {
  return `the target was revised from ${formatUkDate(t.original)} to ${formatUkDate(t.target)}`;
}

/** "the target was revised from 28/02/2011 to 31/03/2011, which is 12 days away" */
export function revisedDueClause(t: DatedTarget, asAt: IsoDate): string {
  return `${revisedClause(t)}, which ${away(t, asAt)}`;
}

/** "it is 40% complete against 50% expected by the as-at date 16/11/2011" */
export function progressClause(percentComplete: number, expected: number, asAt: IsoDate): string {
  return `it is ${percent(percentComplete)} complete against ${percent(expected)} expected by the as-at date ${formatUkDate(asAt)}`;
}

/** "no progress is expected yet: work starts on 01/04/2011" */
export function notDueToStartClause(start: IsoDate): string {
  return `no progress is expected yet: work starts on ${formatUkDate(start)}`;
}

/** why an action has no usable target */
export function noDateClause(target: DateExpression | null): string {
  if (target === null || target.kind === 'none') {
    return target === null || target.text.trim() === '' ? 'there is no target date' : `there is no target date ("${target.text}")`;
  }
  if (target.kind === 'relative') return `the target "${target.text}" cannot be placed without a plan start`;
  return `the target date "${target.text}" is not understood`;
}

/** "the target "Quarterly" is ongoing, with no single date" */
export function ongoingClause(target: DateExpression): string {
  return `the target "${target.text}" is ongoing, with no single date`;
}
