/**
 * Relative targets that can only be placed once the plan's start is known:
 *   "Year 2", "Yr 3", "Years 1-3"               plan year(s), counted from the plan start
 *   "Budget cycle", "Next budget round"          the budget round of the financial year in which the plan starts
 *
 * With a plan start P: "Year N" is the year that ends the day before the Nth anniversary of P
 * (P + N years − 1 day); "Years 1-3" runs from P to P + 3 years − 1 day. "Budget cycle" (and "Next budget round":
 * the next round after the plan starts is the one that closes that financial year) ends on the 31 March that
 * closes the financial year in which P falls.
 */
import { addYears } from 'date-fns/addYears';
import { subDays } from 'date-fns/subDays';
import { dateToIso, isoToDate, type IsoDate } from './isoDays';
import { financialYearInterval, financialYearStartOf } from './financialYear';
import type { IsoInterval } from './periods';
import type { Token } from './tokenizeDateText';

export type RelativeMatch =
  | { readonly type: 'plan-years'; readonly from: number; readonly to: number; readonly first: number; readonly last: number }
  | { readonly type: 'budget'; readonly first: number; readonly last: number };

const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);
const YEAR_JOINTS = new Set(['-', 'to', '&', 'and', '/']);
const BUDGET_WORDS = new Set(['cycle', 'round', 'setting', 'process', 'year', 'period']);
const MAX_PLAN_YEAR = 50;

function planYear(t: Token | undefined): number | undefined {
  return t && t.type === 'num' && t.value >= 1 && t.value <= MAX_PLAN_YEAR ? t.value : undefined;
}

/** The first relative expression in the tokens, or null. */
export function findRelativeDate(tokens: readonly Token[]): RelativeMatch | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') continue;
    if (YEAR_WORDS.has(t.lower)) {
      const from = planYear(tokens[i + 1]);
      if (from === undefined) continue;
      const joint = tokens[i + 2];
      const to = joint && YEAR_JOINTS.has(joint.lower) ? planYear(tokens[i + 3]) : undefined;
      if (to !== undefined && to >= from) return { type: 'plan-years', from, to, first: i, last: i + 3 };
      return { type: 'plan-years', from, to: from, first: i, last: i + 1 };
    }
    if (t.lower === 'budget') {
      const first = tokens[i - 1]?.lower === 'next' ? i - 1 : i;
      let last = i;
      while (tokens[last + 1] && BUDGET_WORDS.has(tokens[last + 1]!.lower)) last++;
      return { type: 'budget', first, last };
    }
  }
  return null;
}

/** The interval a relative expression stands for, given the plan start; null when it cannot be placed. */
export function resolveRelativeDate(match: RelativeMatch, planStart: IsoDate | undefined): IsoInterval | null {
  if (!planStart) return null;
  const start = isoToDate(planStart);
  if (!start) return null;
  if (match.type === 'plan-years') {
    return {
      earliest: dateToIso(addYears(start, match.from - 1)),
      latest: dateToIso(subDays(addYears(start, match.to), 1)),
    };
  }
  const fyStart = financialYearStartOf(planStart);
  return fyStart === null ? null : financialYearInterval(fyStart);
}
