/**
 * `t="d"` cells hold an ISO 8601 date or time as text; the grid holds dates as Excel serials. The serial is
 * in the workbook's own date system, like every other date cell (the date parser applies the system).
 */

const ISO = /^\s*(?:(-?\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * "2024-03-05" → 45356; "2024-03-05T12:00:00" → 45356.5; "12:00" → 0.5. Undefined for anything else.
 * In the 1900 system, dates before 1 March 1900 are one less, as Excel counts a 29 February 1900 that
 * never was. The offset of a zoned time is ignored: Excel has no time zones.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    const ms = Date.UTC(y, mo - 1, d);
    const check = new Date(ms);
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
    if (date1904) {
      days = Math.round((ms - EPOCH_1904) / DAY_MS);
    } else {
      days = Math.round((ms - EPOCH_1900) / DAY_MS);
      if (days < 61) days -= 1;
    }
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
