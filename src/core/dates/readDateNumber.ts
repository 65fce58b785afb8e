/**
 * Numbers in date columns.
 *
 * - A real date cell (a serial with a date format) is that day, in the workbook's date system.
 * - A plain number that is a whole year 1900–2100 is that year (kind 'year', 'vague-date').
 * - A plain number between 20000 and 80000 (1954 to 2119 as a serial) is most likely a date that lost its
 *   format: read as an Excel date with warning 'uncertain-date'.
 * - Any other number is not a date ('invalid').
 */
import type { DateExpression, DateParseOptions } from './dateExpression';
import { datedResult, undatedResult } from './dateResult';
import { plainNumberWarning, vagueDateWarning } from './dateWarnings';
import { MAX_YEAR, MIN_YEAR } from './expandYear';
import { formatUkDate } from './isoDays';
import { monthInterval, yearInterval } from './periods';
import { MONTH_FULL_NAMES } from './monthNames';
import { serialToIso } from './excelSerials';

export const MIN_PLAUSIBLE_SERIAL = 20000;
export const MAX_PLAUSIBLE_SERIAL = 80000;

/**
 * A format that shows a month and year but no day ("mmm yy", "mmmm yyyy"). Excel turns "Feb 2011" typed
 * into a cell into 01/02/2011 shown as "Feb-11": the officer meant "by the end of February".
 */
export function isMonthOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
  return codes.includes('m') && codes.includes('y') && !/[dhs]/.test(codes);
}

/** A date cell's serial → that day (text as dd/mm/yyyy); or that month, when its format shows only a month. */
export function dateFromSerial(serial: number, options?: DateParseOptions, format?: string): DateExpression {
  const date1904 = options?.date1904 === true;
  const iso = serialToIso(serial, date1904);
  if (iso === null) {
    // Excel shows the 1900 system's fictional serial 60 as 29/02/1900
    const shown = !date1904 && Math.floor(serial) === 60 ? '29/02/1900' : String(serial);
    return undatedResult(shown, 'invalid');
  }
  if (isMonthOnlyFormat(format)) {
    const year = Number(iso.slice(0, 4));
    const month = Number(iso.slice(5, 7));
    const { earliest, latest } = monthInterval(year, month);
    return datedResult(`${MONTH_FULL_NAMES[month - 1]!.slice(0, 3)} ${year}`, 'month', latest, earliest, latest);
  }
  return datedResult(formatUkDate(iso), 'exact', iso, iso, iso);
}

/** A plain number (not formatted as a date); text is how it is quoted. */
export function dateFromPlainNumber(value: number, text: string, options?: DateParseOptions): DateExpression {
  if (!Number.isFinite(value)) return undatedResult(text, 'invalid');
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
    const { earliest, latest } = yearInterval(value);
    return datedResult(text, 'year', latest, earliest, latest, [vagueDateWarning(text, 'year', latest)]);
  }
  if (value >= MIN_PLAUSIBLE_SERIAL && value <= MAX_PLAUSIBLE_SERIAL) {
    const iso = serialToIso(value, options?.date1904 === true);
    if (iso !== null) return datedResult(text, 'exact', iso, iso, iso, [plainNumberWarning(text, iso)]);
  }
  return undatedResult(text, 'invalid');
}
