import { addMonths } from 'date-fns/addMonths';
import type { IsoDate } from '../dates/dateExpression';
import type { ActionRecord, ComputedStatus } from '../record';
import type { Thresholds } from '../settings';
import { dayCount, daysBetween } from './isoDay';
import { dateToIso, formatUkDate, isoToDate } from '../dates/isoDates';
import { readCompletion, readTarget } from './ragDates';
import type { RagContext, RagResult } from './ragResult';
import {
  type DatedTarget,
  dueClause,
  isRevised,
  noDateClause,
  notDueToStartClause,
  ongoingClause,
  overdueClause,
  percent,
  progressClause,
  revisedClause,
  revisedDueClause,
  sentence,
} from './ragWording';

export type { RagContext, RagResult } from './ragResult';

/** performance ratios within this of a threshold count as meeting it (0.63 / 0.7 is 0.8999…) */
const EPSILON = 1e-9;

/**
 * A result for an action that is not open (Closed, Complete, Ongoing, No date). Every result is built with
 * the same keys in the same order, so the engine handles one shape of object on every row.
 */
function settled(
  context: RagContext,
  computed: RagResult['computed'],
  why: () => string,
  { revised = false, deferred = false, late = false, slippageDays = null as number | null } = {},
): RagResult {
  return { computed, late, deferred, overdue: false, revised, slippageDays, daysToDue: null, reason: say(context, why) };
}

/** The reason as a sentence, or nothing when the caller checks a whole tracker and explains rows later. */
function say(context: RagContext, clause: () => string): string {
  return context.explain === false ? '' : sentence(clause());
}

/**
 * The computed RAG of one action at the as-at date, with slippage and the reason in plain English.
 * domain.md "Computed RAG", in order: closed/deferred → Closed; complete → Complete; ongoing target →
 * Ongoing; no usable target → No date; then the rule set decides Red, Amber or Green.
 */
export function computeRag(record: ActionRecord, context: RagContext): RagResult {
  const { asAt, reportedStatus } = context;

  if (reportedStatus === 'closed' || reportedStatus === 'deferred') {
    const deferred = reportedStatus === 'deferred';
    const why = deferred ? 'reported deferred (put back by decision)' : 'reported closed';
    return settled(context, 'Closed', () => `${why}, so it is left out of the RAG count`, { deferred });
  }

  const reading = readTarget(record);
  const dated = reading.kind === 'dated' ? reading : null;
  const completedOn = readCompletion(record, asAt);
  if (reportedStatus === 'complete' || completedOn !== null || (record.percentComplete ?? 0) >= 1) {
    return complete(record, completedOn, dated, reportedStatus === 'complete', context);
  }

  if (reading.kind === 'ongoing') return settled(context, 'Ongoing', () => ongoingClause(reading.expression));
  if (reading.kind === 'none') return settled(context, 'No date', () => noDateClause(reading.expression));
  return open(record, reading, context);
}

function complete(
  record: ActionRecord,
  completedOn: IsoDate | null,
  dated: DatedTarget | null,
  reportedComplete: boolean,
  context: RagContext,
): RagResult {
  const { thresholds } = context;
  const revised = dated !== null && isRevised(dated);
  if (completedOn === null) {
    const why = (): string => (reportedComplete ? 'reported complete' : `marked ${percent(record.percentComplete ?? 1)} complete`);
    return settled(context, 'Complete', () => `${why()}, with no completion date`, { revised });
  }
  if (dated === null) return settled(context, 'Complete', () => `completed on ${formatUkDate(completedOn)}`, { revised });

  const slippageDays = Math.max(0, daysBetween(completedOn, dated.original, thresholds.workingDays));
  const late = completedOn > dated.original;
  const reason = (): string => {
    const originally = revised ? `the original target date ${formatUkDate(dated.original)} (revised to ${formatUkDate(dated.target)})` : `the target date ${formatUkDate(dated.original)}`;
    return late
      ? `completed on ${formatUkDate(completedOn)}, ${dayCount(slippageDays, thresholds.workingDays)} after ${originally}`
      : `completed on ${formatUkDate(completedOn)}, by ${originally}`;
  };
  return settled(context, 'Complete', reason, { revised, late, slippageDays });
}

interface Verdict {
  computed: Extract<ComputedStatus, 'Red' | 'Amber' | 'Green'>;
  /** worded only when asked for */
  clause: () => string;
  expectedPercent?: number;
  performance?: number;
}

function open(record: ActionRecord, t: DatedTarget, context: RagContext): RagResult {
  const { asAt, thresholds } = context;
  const overdue = asAt > t.target;
  const revised = isRevised(t);
  const slippageDays = overdue
    ? Math.max(0, daysBetween(asAt, t.original, thresholds.workingDays))
    : revised
      ? daysBetween(t.target, t.original, thresholds.workingDays)
      : 0;
  const verdict = judge(record, t, context);
  const result: RagResult = {
    computed: verdict.computed,
    late: false,
    deferred: false,
    overdue,
    revised,
    slippageDays,
    daysToDue: daysBetween(t.target, asAt),
    reason: say(context, verdict.clause),
  };
  if (verdict.expectedPercent !== undefined) result.expectedPercent = verdict.expectedPercent;
  if (verdict.performance !== undefined) result.performance = verdict.performance;
  return result;
}

function judge(record: ActionRecord, t: DatedTarget, context: RagContext): Verdict {
  const start = record.start?.iso ?? null;
  if (context.ruleSet === 'expected-progress' && record.percentComplete !== null && start !== null) {
    return byExpectedProgress(record.percentComplete, start, t, context.asAt, context.thresholds);
  }
  if (context.ruleSet === 'months-behind') return byMonthsBehind(t, context.asAt, context.thresholds);
  return byDates(t, context.asAt, context.thresholds);
}

/** D > T → Red; T − D ≤ W, or T > T0 → Amber; otherwise Green */
function byDates(t: DatedTarget, asAt: IsoDate, thresholds: Thresholds): Verdict {
  if (asAt > t.target) return { computed: 'Red', clause: () => overdueClause(t, asAt) };
  const withinWindow = daysBetween(t.target, asAt) <= thresholds.amberDays;
  if (withinWindow) {
    const clause = (): string =>
      isRevised(t) ? revisedDueClause(t, asAt) : `${dueClause(t, asAt)}, within the ${thresholds.amberDays}-day amber window`;
    return { computed: 'Amber', clause };
  }
  if (isRevised(t)) return { computed: 'Amber', clause: () => revisedClause(t) };
  return { computed: 'Green', clause: () => dueClause(t, asAt) };
}

/** up to monthsBehindAmber months past the target → Amber; more → Red; not yet due → Green */
function byMonthsBehind(t: DatedTarget, asAt: IsoDate, thresholds: Thresholds): Verdict {
  if (asAt <= t.target) {
    return { computed: 'Green', clause: () => isRevised(t) ? revisedDueClause(t, asAt) : dueClause(t, asAt) };
  }
  const months = thresholds.monthsBehindAmber;
  const allowance = `${months} ${months === 1 ? 'month' : 'months'}`;
  const limit = dateToIso(addMonths(isoToDate(t.target)!, months));
  return asAt <= limit
    ? { computed: 'Amber', clause: () => `${overdueClause(t, asAt)}, within ${allowance}` }
    : { computed: 'Red', clause: () => `${overdueClause(t, asAt)}, more than ${allowance} behind` };
}

/** expected % rises linearly from start to target; performance = % complete ÷ expected */
function byExpectedProgress(
  percentComplete: number,
  start: IsoDate,
  t: DatedTarget,
  asAt: IsoDate,
  thresholds: Thresholds,
): Verdict {
  const expectedPercent = expectedBy(start, t.target, asAt);
  if (expectedPercent === 0) return { computed: 'Green', clause: () => notDueToStartClause(start), expectedPercent };
  const performance = percentComplete / expectedPercent;
  const computed =
    performance >= thresholds.expectedGreen - EPSILON
      ? 'Green'
      : performance >= thresholds.expectedAmber - EPSILON
        ? 'Amber'
        : 'Red';
  const clause = (): string => `${progressClause(percentComplete, expectedPercent, asAt)} (performance ${percent(performance)})`;
  return { computed, clause, expectedPercent, performance };
}

/** 0 until the start, 1 from the target on, linear between */
export function expectedBy(start: IsoDate, target: IsoDate, asAt: IsoDate): number {
  if (asAt >= target) return 1;
  if (asAt <= start) return 0;
  return Math.min(1, Math.max(0, daysBetween(asAt, start) / daysBetween(target, start)));
}
