/** Builders for DateExpression results, so every path returns the same shape. */
import type { DateExpression, DateKind, DateWarning } from './dateExpression';
import type { IsoDate } from './isoDays';

/** A result that stands for no single date: 'none', 'recurring', 'invalid' (and unresolved 'relative'). */
export function undatedResult(
  text: string,
  kind: 'none' | 'recurring' | 'invalid' | 'relative',
  warnings: DateWarning[] = [],
): DateExpression {
  return { text, iso: null, kind, earliest: null, latest: null, warnings };
}

/** A result with a date and the interval it could mean. */
export function datedResult(
  text: string,
  kind: DateKind,
  iso: IsoDate,
  earliest: IsoDate,
  latest: IsoDate,
  warnings: DateWarning[] = [],
  dates?: IsoDate[],
): DateExpression {
  const result: DateExpression = { text, iso, kind, earliest, latest, warnings };
  if (dates) result.dates = dates;
  return result;
}
