import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import type { IsoDate } from '../dates/dateExpression';
import { isoToDate } from '../dates/isoDates';

/** Day arithmetic for RAG and slippage, on every row of large trackers: kept allocation-free. */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, by UTC so no clock change ever shifts it. */
export function isoDayNumber(iso: IsoDate): number {
  // read the digits straight from the string: this runs several times on every row
  const d = (i: number): number => iso.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  return Date.UTC(year, d(5) * 10 + d(6) - 1, d(8) * 10 + d(9)) / MS_PER_DAY;
}

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
