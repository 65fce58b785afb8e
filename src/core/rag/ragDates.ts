import type { DateExpression } from '../dates/dateExpression';
import { minIso, type IsoDate } from '../dates/isoDays';
import type { ActionRecord } from '../record';

/** What a record's target and revised target come to. */
export type TargetReading =
  /** T0 is the original target (T when there is no original), T the revised target (T0 when none) */
  | { readonly kind: 'dated'; readonly original: IsoDate; readonly target: IsoDate }
  /** no single target: the expression that says so */
  | { readonly kind: 'ongoing'; readonly expression: DateExpression }
  /** no target, or one that is not understood or cannot be placed */
  | { readonly kind: 'none'; readonly expression: DateExpression | null };

function datedIso(expression: DateExpression | null): IsoDate | null {
  return expression !== null && expression.kind !== 'recurring' ? expression.iso : null;
}

/**
 * A revised target with a date wins; a revised target that is ongoing makes the action ongoing; an ongoing
 * original target with no dated revision is ongoing. A revised target that is blank or not understood is
 * ignored here (validation reports it) and the original target stands.
 */
export function readTarget(record: ActionRecord): TargetReading {
  const revisedIso = datedIso(record.revisedTarget);
  if (revisedIso === null) {
    if (record.revisedTarget?.kind === 'recurring') return { kind: 'ongoing', expression: record.revisedTarget };
    if (record.target?.kind === 'recurring') return { kind: 'ongoing', expression: record.target };
  }
  const originalIso = datedIso(record.target);
  const target = revisedIso ?? originalIso;
  if (target === null) return { kind: 'none', expression: record.target };
  return { kind: 'dated', original: originalIso ?? target, target };
}

/**
 * The completion date C as a fact at the as-at date: a date that could fall on or before the as-at date
 * ("Feb 11" read on 15/02/2011 counts), capped at the as-at date. A completion date wholly after the as-at
 * date is not yet a fact: null.
 */
export function readCompletion(record: ActionRecord, asAt: IsoDate): IsoDate | null {
  const completed = record.completed;
  if (completed === null || completed.iso === null) return null;
  if ((completed.earliest ?? completed.iso) > asAt) return null;
  return minIso(completed.iso, asAt);
}
