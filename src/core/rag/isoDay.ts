import { differenceInBusinessDays, differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from '../dates/dateExpression';

/** Small ISO-date helpers for RAG, kept here so RAG depends only on the DateExpression schema. */

/** local midnight of an ISO date (never through toISOString, which shifts by the time zone) */
export function isoToDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function dateToIso(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** dd/mm/yyyy, as dates are quoted to the user */
export function ukDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** later − earlier in calendar days, or in working days (Mon–Fri) when asked */
export function daysBetween(later: IsoDate, earlier: IsoDate, workingDays = false): number {
  const a = isoToDate(later);
  const b = isoToDate(earlier);
  return workingDays ? differenceInBusinessDays(a, b) : differenceInCalendarDays(a, b);
}

/** "1 day", "12 days", "3 working days" */
export function dayCount(days: number, workingDays = false): string {
  return `${days} ${workingDays ? 'working ' : ''}${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
