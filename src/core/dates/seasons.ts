/**
 * Seasons as UK plans use them ("Summer 2010"): meteorological seasons, so Spring is March–May, Summer June–August,
 * Autumn September–November and Winter December–February. "Winter 2010" (and "Winter 2010/11") runs from
 * December 2010 into February 2011. A season is read as a range with a 'vague-date' warning.
 */
import type { IsoInterval } from './periods';
import { monthInterval } from './periods';

const SEASON_START_MONTH = new Map<string, number>([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 12],
]);

/** Whether a lower-case word names a season. */
export function isSeasonWord(word: string): boolean {
  return SEASON_START_MONTH.has(word);
}

/** The season beginning in the given year, or null when the word is not a season. */
export function seasonInterval(word: string, year: number): IsoInterval | null {
  const start = SEASON_START_MONTH.get(word.toLowerCase());
  if (start === undefined) return null;
  const endMonth = start === 12 ? 2 : start + 2;
  const endYear = start === 12 ? year + 1 : year;
  return { earliest: monthInterval(year, start).earliest, latest: monthInterval(endYear, endMonth).latest };
}
