import type { IsoDate } from '../dates/isoDays';

/** The local date where the run is, as a host supplies it: the as-at date when neither the run nor the workbook sets one. */
export function todayIso(now: Date = new Date()): IsoDate {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
