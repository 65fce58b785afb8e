import { differenceInBusinessDays, differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from '../dates/dateExpression';
import { isoToDate } from '../dates/isoDates';

/** Day arithmetic for RAG and slippage. */

/** later − earlier in calendar days, or in working days (Mon–Fri) when asked */
export function daysBetween(later: IsoDate, earlier: IsoDate, workingDays = false): number {
  const a = isoToDate(later)!;
  const b = isoToDate(earlier)!;
  return workingDays ? differenceInBusinessDays(a, b) : differenceInCalendarDays(a, b);
}

/** "1 day", "12 days", "3 working days" */
export function dayCount(days: number, workingDays = false): string {
  return `${days} ${workingDays ? 'working ' : ''}${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
