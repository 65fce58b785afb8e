/**
 * The UK public-sector financial year runs from 1 April to 31 March. "2010/11" is 2010-04-01 … 2011-03-31;
 * its Q1 is April–June 2010 and its Q4 is January–March 2011.
 */
import { lastDayOfQuarter } from 'date-fns/lastDayOfQuarter';
import { dateToIso, isoFromParts, isoToDate, type IsoDate } from './isoDays';
import type { IsoInterval } from './periods';

/** The financial year that starts on 1 April of startYear. */
export function financialYearInterval(startYear: number): IsoInterval {
  return { earliest: isoFromParts(startYear, 4, 1), latest: isoFromParts(startYear + 1, 3, 31) };
}

/** Quarter q (1–4) of the financial year starting in startYear: Q3 2010/11 → 2010-10-01 … 2010-12-31. */
export function financialQuarterInterval(startYear: number, quarter: number): IsoInterval {
  // Q1–Q3 fall in the first calendar year (from April), Q4 in January–March of the next.
  const year = quarter === 4 ? startYear + 1 : startYear;
  const firstMonth = quarter === 4 ? 1 : quarter * 3 + 1;
  return {
    earliest: isoFromParts(year, firstMonth, 1),
    latest: dateToIso(lastDayOfQuarter(new Date(year, firstMonth - 1, 1))),
  };
}

/** The year in which the financial year holding this day began: 2011-03-31 → 2010, 2011-04-01 → 2011. */
export function financialYearStartOf(iso: IsoDate): number | null {
  const date = isoToDate(iso);
  if (!date) return null;
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/**
 * Whether a written pair of years is one financial year: 2009/2010, 2009/10, 1999/00 (the later year written with
 * two digits is the one after the first). Returns the start year, or null when the years do not follow on.
 */
export function financialYearFromPair(firstYear: number, second: number, secondDigits: number): number | null {
  if (secondDigits === 4) return second === firstYear + 1 ? firstYear : null;
  if (secondDigits === 2) return second === (firstYear + 1) % 100 ? firstYear : null;
  return null;
}
