import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import type { IsoDate } from '../dates/dateExpression';
import { isoDayNumber, isoToDate } from '../dates/isoDates';

/** Day arithmetic for RAG and slippage, on every row of large trackers: kept allocation-free. */

/** later − earlier in calendar days, or in working days (Mon–Fri) when asked */
export function daysBetween(later: IsoDate, earlier: IsoDate, workingDays = false): number {
  if (workingDays) return differenceInBusinessDays(isoToDate(later)!, isoToDate(earlier)!);
  return isoDayNumber(later) - isoDayNumber(earlier);
}

/** "1 day", "12 days", "3 working days" */
export function dayCount(days: number, workingDays = false): string {
  return `${days} ${workingDays ? 'working ' : ''}${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
