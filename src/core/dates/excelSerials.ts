/**
 * Excel's day numbers (date serials) ↔ ISO days and ISO 8601 date-times, for both of Excel's date systems.
 *
 * 1900 system (the Windows default): serial 1 is 1900-01-01. Excel copies Lotus 1-2-3 in treating 1900 as a leap
 * year, so serial 60 is the fictional 29 February 1900 and every serial from 61 on is one more than the true day
 * count: serial 61 is 1900-03-01 and 40633 is 2011-03-31. Serials 1–59 are counted from 1899-12-31, serials 61 and
 * above from 1899-12-30.
 * Decision: serial 60 (the day that never was) has no ISO date — serialToIso returns null and the parser calls the
 * cell invalid, the same as 31/02/2010 typed as text — rather than quietly moving it to 28 February.
 * Serial 0 (shown by Excel as 00/01/1900) and time-only values below 1 are not dates either.
 *
 * 1904 system (old Mac workbooks; the workbook's date1904 flag): serial 0 is 1904-01-01, no fictional day,
 * so the same day is 1462 less than in the 1900 system (2011-03-31 is 39171).
 *
 * A fractional serial carries a time of day; the time is dropped.
 */
import { addDays } from 'date-fns/addDays';
import { dateToIso, isoDayNumber, isoToDate, type IsoDate } from './isoDays';

/** Excel's last date, 9999-12-31, in each system. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = 2957003;

// Trackers repeat the same few hundred dates; remember conversions (bounded).
const cache1900 = new Map<number, IsoDate | null>();
const cache1904 = new Map<number, IsoDate | null>();
const CACHE_LIMIT = 20000;

function convert(day: number, date1904: boolean): IsoDate | null {
  if (date1904) {
    if (day < 0 || day > MAX_SERIAL_1904) return null;
    return dateToIso(addDays(new Date(1904, 0, 1), day));
  }
  if (day < 1 || day === 60 || day > MAX_SERIAL_1900) return null;
  return dateToIso(addDays(day < 60 ? new Date(1899, 11, 31) : new Date(1899, 11, 30), day));
}

/** Excel serial → ISO day, or null when the serial is not a real day (see the notes above). */
export function serialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  const cache = date1904 ? cache1904 : cache1900;
  let iso = cache.get(day);
  if (iso === undefined) {
    iso = convert(day, date1904);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(day, iso);
  }
  return iso;
}

/** ISO day → Excel serial (the inverse of serialToIso); null for days Excel cannot show. */
export function isoToSerial(iso: string, date1904 = false): number | null {
  if (!isoToDate(iso)) return null;
  // day 0 is 1970-01-01, serial 25569 in the 1900 system (24107 in the 1904 one)
  const day = isoDayNumber(iso);
  if (date1904) {
    const serial = day + 24_107;
    return serial >= 0 && serial <= MAX_SERIAL_1904 ? serial : null;
  }
  const serial = day + 25_569;
  // before 1 March 1900 the fictional 29 February is not yet counted; before 1900 there is no serial
  if (serial < 61) return serial >= 2 ? serial - 1 : null;
  return serial <= MAX_SERIAL_1900 ? serial : null;
}

/**
 * `t="d"` cells of an .xlsx hold an ISO 8601 date or time as text; the grid holds dates as Excel serials. The
 * serial is in the workbook's own date system, like every other date cell (the date parser applies the system).
 */
const ISO_DATE_TIME = /^\s*(?:(-?\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * "2024-03-05" → 45356; "2024-03-05T12:00:00" → 45356.5; "12:00" → 0.5. Undefined for anything else.
 * The day is counted by isoToSerial (Excel's phantom 29 February 1900 included); the offset of a zoned
 * time is ignored: Excel has no time zones.
 */
export function isoDateTimeToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const serial = isoToSerial(`${m[1]}-${m[2]}-${m[3]}`, date1904);
    if (serial === null) return undefined;
    days = serial;
  }
  let fraction = 0;
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const s = m[6] !== undefined ? Number(m[6]) : 0;
    const frac = m[7] !== undefined ? Number(`0.${m[7]}`) : 0;
    if (h > 24 || mi > 59 || s > 60) return undefined;
    fraction = (h * 3600 + mi * 60 + s + frac) / 86400;
  }
  return days + fraction;
}
