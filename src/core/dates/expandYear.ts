/**
 * Years as written in trackers: four digits (1900–2100), two digits (09 → 2009; always 20yy, these are
 * action plans from 2000 on), or one digit (6 → 2006, read but flagged: 'one-digit-year').
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface ExpandedYear {
  readonly year: number;
  /** the year was written with one digit */
  readonly oneDigit: boolean;
}

/** value and how many digits were written → the year, or null when it is not a plausible year. */
export function expandYear(value: number, digits: number, allowOneDigit = false): ExpandedYear | null {
  if (digits === 4) return value >= MIN_YEAR && value <= MAX_YEAR ? { year: value, oneDigit: false } : null;
  if (digits === 2) return { year: 2000 + value, oneDigit: false };
  if (digits === 1 && allowOneDigit) return { year: 2000 + value, oneDigit: true };
  return null;
}
