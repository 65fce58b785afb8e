import { isoToSerial as isoToDaySerial } from '../../core/dates/serialToIso';

/**
 * `t="d"` cells hold an ISO 8601 date or time as text; the grid holds dates as Excel serials. The serial is
 * in the workbook's own date system, like every other date cell (the date parser applies the system).
 */

const ISO = /^\s*(?:(-?\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * "2024-03-05" → 45356; "2024-03-05T12:00:00" → 45356.5; "12:00" → 0.5. Undefined for anything else.
 * The day is counted by the engine's own conversion (Excel's phantom 29 February 1900 included); the
 * offset of a zoned time is ignored: Excel has no time zones.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const serial = isoToDaySerial(`${m[1]}-${m[2]}-${m[3]}`, date1904);
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
