import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import type { IsoDate } from '../dates/dateExpression';
import { isoToDate } from '../dates/isoDates';

/** Day arithmetic for RAG and slippage, on every row of large trackers: kept allocation-free. */

/**
 * Days since 1970-01-01 of an ISO date: calendar arithmetic on the digits, so no time zone or clock change
 * can shift it. It runs several times on every row; Date.UTC cost most of the RAG stage.
 */
export function isoDayNumber(iso: IsoDate): number {
  const d = (i: number): number => iso.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const month = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  // Counting years from March puts the leap day last, so each month's start is a fixed sum of days
  // (the days-from-civil method).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
