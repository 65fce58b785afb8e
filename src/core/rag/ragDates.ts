import type { DateExpression } from '../dates/dateExpression';
import { minIso, type IsoDate } from '../dates/isoDays';
import type { ActionRecord } from '../record';
import type { TargetKind, TargetWhy } from './ragResult';

/** What a record's target and revised target come to (the fields of a RagResult that hold it). */
export interface TargetReading {
  targetKind: TargetKind;
  targetWhy: TargetWhy;
  /** T: null unless dated */
  targetDate: IsoDate | null;
  /** T0 (T when there is no original): null unless dated */
  originalTargetDate: IsoDate | null;
}

function datedIso(expression: DateExpression | null): IsoDate | null {
  return expression !== null && expression.kind !== 'recurring' ? expression.iso : null;
}

/** why a target with no date has none */
function undatedWhy(target: DateExpression | null): TargetWhy {
  if (target === null || target.kind === 'none') return 'no-target';
  return target.kind === 'relative' ? 'relative' : 'not-understood';
}

function set(into: TargetReading, kind: TargetKind, why: TargetWhy, target: IsoDate | null, original: IsoDate | null): TargetReading {
  into.targetKind = kind;
  into.targetWhy = why;
  into.targetDate = target;
  into.originalTargetDate = original;
  return into;
}

/**
 * A revised target with a date wins; a revised target that is ongoing makes the action ongoing; an ongoing
 * original target with no dated revision is ongoing. A revised target that is blank or not understood is
 * ignored here (validation reports it) and the original target stands. Written into `into` (a RagResult
 * being filled, on every row) when given.
 */
export function readTarget(record: Pick<ActionRecord, 'target' | 'revisedTarget'>, into: TargetReading = { targetKind: 'none', targetWhy: 'no-target', targetDate: null, originalTargetDate: null }): TargetReading {
  const revisedIso = datedIso(record.revisedTarget);
  if (revisedIso === null) {
    if (record.revisedTarget?.kind === 'recurring') return set(into, 'ongoing', 'revised-target', null, null);
    if (record.target?.kind === 'recurring') return set(into, 'ongoing', 'target', null, null);
  }
  const originalIso = datedIso(record.target);
  if (revisedIso !== null) return set(into, 'dated', 'revised-target', revisedIso, originalIso ?? revisedIso);
  if (originalIso !== null) return set(into, 'dated', 'target', originalIso, originalIso);
  return set(into, 'none', undatedWhy(record.target), null, null);
}

/** The expression an undated reading rests on, as its reason quotes it. */
export function readingExpression(record: Pick<ActionRecord, 'target' | 'revisedTarget'>, reading: Pick<TargetReading, 'targetWhy'>): DateExpression | null {
  return reading.targetWhy === 'revised-target' ? record.revisedTarget : record.target;
}

/**
 * The completion date C as a fact at the as-at date: a date that could fall on or before the as-at date
 * ("Feb 11" read on 15/02/2011 counts), capped at the as-at date. A completion date wholly after the as-at
 * date is not yet a fact: null.
 */
export function readCompletion(record: Pick<ActionRecord, 'completed'>, asAt: IsoDate): IsoDate | null {
  const completed = record.completed;
  if (completed === null || completed.iso === null) return null;
  if ((completed.earliest ?? completed.iso) > asAt) return null;
  return minIso(completed.iso, asAt);
}
