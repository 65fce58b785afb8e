/**
 * Calendar periods as ISO intervals: a day, a month, a calendar quarter, a year.
 * Month and quarter ends come from date-fns (no hand-written month-length tables).
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { lastDayOfQuarter } from 'date-fns/lastDayOfQuarter';
import { dateToIso, isoFromParts, type IsoDate } from './isoDays';

export interface IsoInterval {
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
}

// Month lengths are asked for on every "Mar 11"; remember them (a few hundred entries at most).
const monthLengthCache = new Map<number, number>();

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const key = year * 16 + month;
  let days = monthLengthCache.get(key);
  if (days === undefined) {
    days = getDaysInMonth(new Date(year, month - 1, 1));
    if (monthLengthCache.size > 5000) monthLengthCache.clear();
    monthLengthCache.set(key, days);
  }
  return days;
}

/** Whether year-month-day is a real calendar day (31/02/2010 is not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The ISO day, or null when it does not exist. */
export function dayIso(year: number, month: number, day: number): IsoDate | null {
  return isRealDay(year, month, day) ? isoFromParts(year, month, day) : null;
}

/** "Aug 2010" → 2010-08-01 … 2010-08-31 (month 1–12). */
export function monthInterval(year: number, month: number): IsoInterval {
  return { earliest: isoFromParts(year, month, 1), latest: isoFromParts(year, month, daysInMonth(year, month)) };
}

/** Calendar quarter q (1–4) of a year: Q1 2011 → 2011-01-01 … 2011-03-31. */
export function calendarQuarterInterval(year: number, quarter: number): IsoInterval {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    earliest: isoFromParts(year, firstMonth, 1),
    latest: dateToIso(lastDayOfQuarter(new Date(year, firstMonth - 1, 1))),
  };
}

/** 2013 → 2013-01-01 … 2013-12-31. */
export function yearInterval(year: number): IsoInterval {
  return { earliest: isoFromParts(year, 1, 1), latest: isoFromParts(year, 12, 31) };
}
