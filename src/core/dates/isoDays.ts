/**
 * ISO calendar days (YYYY-MM-DD) as plain strings: the one form of a day the engine passes around, its
 * conversion to and from local-time Date objects, and the arithmetic RAG and slippage do on every row.
 *
 * Dates are always built with `new Date(y, m, d)` (local midnight) and read back with getFullYear/getMonth/getDate,
 * never through toISOString(), which would shift the day in time zones east or west of UTC.
 * ISO strings compare correctly with `<` and `>`, so callers can order them without making Dates.
 * Excel's day numbers are excelSerials.ts's.
 */
import { z } from 'zod';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { isValid } from 'date-fns/isValid';

/** ISO calendar date, YYYY-MM-DD */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof isoDateSchema>;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** year, month (1–12) and day → "2011-03-31"; no check that the day exists (see periods.ts dayInterval). */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** The local calendar day of a Date, as ISO. */
export function dateToIso(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** "2011-03-31" → local midnight of that day; null when the text is not an ISO date or the day does not exist. */
export function isoToDate(iso: string): Date | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(year, month - 1, day);
  // new Date(y, m, d) treats years 0–99 as 1900–1999; setFullYear puts them back
  if (year < 100) date.setFullYear(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

/** "2011-03-31" → "31/03/2011" (en-GB, as a council officer reads it). Text that is not ISO is returned unchanged. */
export function formatUkDate(iso: string): string {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Whether a string is a real ISO calendar day. */
export function isIsoDate(text: string): text is IsoDate {
  return isoToDate(text) !== null;
}

/**
 * Days since 1970-01-01 of an ISO date: calendar arithmetic on the digits, so no time zone or clock change
 * can shift it. It runs several times on every row, where Date.UTC cost most of the RAG stage.
 */
export function isoDayNumber(iso: IsoDate): number {
  // the digits' character codes, less 48 for each digit as weighted ("0000" is 53,328; "00" is 528)
  const year = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53_328;
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  // Counting years from March puts the leap day last, so each month's start is a fixed sum of days
  // (the days-from-civil method).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** later − earlier in calendar days, or in working days (Mon–Fri) when asked; allocation-free for calendar days */
export function daysBetween(later: IsoDate, earlier: IsoDate, workingDays = false): number {
  if (workingDays) return differenceInBusinessDays(isoToDate(later)!, isoToDate(earlier)!);
  return isoDayNumber(later) - isoDayNumber(earlier);
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
