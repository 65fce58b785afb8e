import { addMonths } from 'date-fns/addMonths';
import { dateToIso, daysBetween, formatUkDate, isoToDate, type IsoDate } from '../dates/isoDays';
import type { ActionRecord, ComputedStatus } from '../record';
import type { Thresholds } from '../settings';
import {
  type DatedTarget,
  dayCount,
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
import { readCompletion, readTarget } from './ragDates';
import type { RagContext, RagResult } from './ragResult';

export type { RagContext, RagResult } from './ragResult';

/** performance ratios within this of a threshold count as meeting it (0.63 / 0.7 is 0.8999…) */
const EPSILON = 1e-9;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A result for computeRag to fill in again and again: a pass over a whole table then makes no result per
 * row (they were a tenth of what checking allocated). It has every key, the optional ones undefined.
 */
export function blankRagResult(): RagResult {
  return { computed: 'No date', late: false, deferred: false, overdue: false, revised: false, slippageDays: null, daysToDue: null, reason: '', expectedPercent: undefined, performance: undefined };
}

/**
 * The result, into `into` when given. Every result is built with the same keys in the same order, so the
 * engine handles one shape of object on every row; a new one has the optional keys only when they are set.
 */
function result(
  into: RagResult | undefined,
  computed: RagResult['computed'],
  reason: string,
  revised = false,
  deferred = false,
  late = false,
  slippageDays: number | null = null,
  overdue = false,
  daysToDue: number | null = null,
  verdict?: Verdict,
): RagResult {
  if (into === undefined) {
    const made: RagResult = { computed, late, deferred, overdue, revised, slippageDays, daysToDue, reason };
    if (verdict?.expectedPercent !== undefined) made.expectedPercent = verdict.expectedPercent;
    if (verdict?.performance !== undefined) made.performance = verdict.performance;
    return made;
  }
  const r = into as Mutable<RagResult>;
  r.computed = computed;
  r.late = late;
  r.deferred = deferred;
  r.overdue = overdue;
  r.revised = revised;
  r.slippageDays = slippageDays;
  r.daysToDue = daysToDue;
  r.reason = reason;
  r.expectedPercent = verdict?.expectedPercent;
  r.performance = verdict?.performance;
  return r;
}

/**
 * The computed RAG of one action at the as-at date, with slippage and the reason in plain English.
 * domain.md "Computed RAG", in order: closed/deferred → Closed; complete → Complete; ongoing target →
 * Ongoing; no usable target → No date; then the rule set decides Red, Amber or Green.
 * A reason is worded only when the context asks (explain is not false): checking a whole tracker words
 * none, and each is worded where it is written, without a function made per row to word it later.
 * Given `into` (from blankRagResult), the result is written there and returned.
 */
export function computeRag(record: ActionRecord, context: RagContext, into?: RagResult): RagResult {
  const { asAt, reportedStatus } = context;
  const explaining = context.explain !== false;

  if (reportedStatus === 'closed' || reportedStatus === 'deferred') {
    const deferred = reportedStatus === 'deferred';
    const said = context.statedWords === undefined ? null : `the progress text says "${context.statedWords}"`;
    const why = deferred ? `${said ?? 'reported deferred'} (put back by decision)` : (said ?? 'reported closed');
    return result(into, 'Closed', explaining ? sentence(`${why}, so it is left out of the RAG count`) : '', false, deferred);
  }

  const reading = readTarget(record);
  const dated = reading.kind === 'dated' ? reading : null;
  const completedOn = readCompletion(record, asAt);
  if (reportedStatus === 'complete' || completedOn !== null || (record.percentComplete ?? 0) >= 1) {
    return complete(record, completedOn, dated, reportedStatus === 'complete', context, explaining, into);
  }

  if (reading.kind === 'ongoing') return result(into, 'Ongoing', explaining ? sentence(ongoingClause(reading.expression)) : '');
  if (reading.kind === 'none') return result(into, 'No date', explaining ? sentence(noDateClause(reading.expression)) : '');
  return open(record, reading, context, explaining, into);
}

function complete(
  record: ActionRecord,
  completedOn: IsoDate | null,
  dated: DatedTarget | null,
  reportedComplete: boolean,
  context: RagContext,
  explaining: boolean,
  into: RagResult | undefined,
): RagResult {
  const { thresholds } = context;
  const revised = dated !== null && isRevised(dated);
  if (completedOn === null) {
    const why = reportedComplete
      ? context.statedWords === undefined ? 'reported complete' : `the progress text says "${context.statedWords}"`
      : `marked ${percent(record.percentComplete ?? 1)} complete`;
    return result(into, 'Complete', explaining ? sentence(`${why}, with no completion date`) : '', revised);
  }
  if (dated === null) return result(into, 'Complete', explaining ? sentence(`completed on ${formatUkDate(completedOn)}`) : '', revised);

  const slippageDays = Math.max(0, daysBetween(completedOn, dated.original, thresholds.workingDays));
  const late = completedOn > dated.original;
  let reason = '';
  if (explaining) {
    const originally = revised ? `the original target date ${formatUkDate(dated.original)} (revised to ${formatUkDate(dated.target)})` : `the target date ${formatUkDate(dated.original)}`;
    reason = sentence(
      late
        ? `completed on ${formatUkDate(completedOn)}, ${dayCount(slippageDays, thresholds.workingDays)} after ${originally}`
        : `completed on ${formatUkDate(completedOn)}, by ${originally}`,
    );
  }
  return result(into, 'Complete', reason, revised, false, late, slippageDays);
}

/** Why a rule set gave its status: the words are chosen from this when a reason is asked for. */
type Why =
  | 'overdue'
  | 'due-in-window'
  | 'revised'
  | 'due'
  | 'overdue-within-allowance'
  | 'overdue-beyond-allowance'
  | 'not-due-to-start'
  | 'progress';

interface Verdict {
  readonly computed: Extract<ComputedStatus, 'Red' | 'Amber' | 'Green'>;
  readonly why: Why;
  readonly expectedPercent?: number;
  readonly performance?: number;
}

// the verdicts that carry no figures are made once, not for every row
const VERDICTS = {
  redOverdue: { computed: 'Red', why: 'overdue' },
  amberInWindow: { computed: 'Amber', why: 'due-in-window' },
  amberRevised: { computed: 'Amber', why: 'revised' },
  greenDue: { computed: 'Green', why: 'due' },
  amberWithinAllowance: { computed: 'Amber', why: 'overdue-within-allowance' },
  redBeyondAllowance: { computed: 'Red', why: 'overdue-beyond-allowance' },
} as const satisfies Record<string, Verdict>;

function open(record: ActionRecord, t: DatedTarget, context: RagContext, explaining: boolean, into: RagResult | undefined): RagResult {
  const { asAt, thresholds } = context;
  const overdue = asAt > t.target;
  const revised = isRevised(t);
  const slippageDays = overdue
    ? Math.max(0, daysBetween(asAt, t.original, thresholds.workingDays))
    : revised
      ? daysBetween(t.target, t.original, thresholds.workingDays)
      : 0;
  const verdict = judge(record, t, context);
  const reason = explaining ? sentence(verdictClause(verdict, record, t, context)) : '';
  return result(into, verdict.computed, reason, revised, false, false, slippageDays, overdue, daysBetween(t.target, asAt), verdict);
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
  if (asAt > t.target) return VERDICTS.redOverdue;
  if (daysBetween(t.target, asAt) <= thresholds.amberDays) return VERDICTS.amberInWindow;
  if (isRevised(t)) return VERDICTS.amberRevised;
  return VERDICTS.greenDue;
}

/** up to monthsBehindAmber months past the target → Amber; more → Red; not yet due → Green */
function byMonthsBehind(t: DatedTarget, asAt: IsoDate, thresholds: Thresholds): Verdict {
  if (asAt <= t.target) return VERDICTS.greenDue;
  const limit = dateToIso(addMonths(isoToDate(t.target)!, thresholds.monthsBehindAmber));
  return asAt <= limit ? VERDICTS.amberWithinAllowance : VERDICTS.redBeyondAllowance;
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
  if (expectedPercent === 0) return { computed: 'Green', why: 'not-due-to-start', expectedPercent };
  const performance = percentComplete / expectedPercent;
  const computed =
    performance >= thresholds.expectedGreen - EPSILON
      ? 'Green'
      : performance >= thresholds.expectedAmber - EPSILON
        ? 'Amber'
        : 'Red';
  return { computed, why: 'progress', expectedPercent, performance };
}

/** The verdict in words, as a clause. */
function verdictClause(verdict: Verdict, record: ActionRecord, t: DatedTarget, context: RagContext): string {
  const { asAt, thresholds } = context;
  const months = thresholds.monthsBehindAmber;
  const allowance = `${months} ${months === 1 ? 'month' : 'months'}`;
  switch (verdict.why) {
    case 'overdue':
      return overdueClause(t, asAt);
    case 'due-in-window':
      return isRevised(t) ? revisedDueClause(t, asAt) : `${dueClause(t, asAt)}, within the ${thresholds.amberDays}-day amber window`;
    case 'revised':
      return revisedClause(t);
    case 'due':
      return isRevised(t) ? revisedDueClause(t, asAt) : dueClause(t, asAt);
    case 'overdue-within-allowance':
      return `${overdueClause(t, asAt)}, within ${allowance}`;
    case 'overdue-beyond-allowance':
      return `${overdueClause(t, asAt)}, more than ${allowance} behind`;
    case 'not-due-to-start':
      return notDueToStartClause(record.start!.iso!);
    case 'progress':
      return `${progressClause(record.percentComplete!, verdict.expectedPercent!, asAt)} (performance ${percent(verdict.performance!)})`;
  }
}

/** 0 until the start, 1 from the target on, linear between */
export function expectedBy(start: IsoDate, target: IsoDate, asAt: IsoDate): number {
  if (asAt >= target) return 1;
  if (asAt <= start) return 0;
  return Math.min(1, Math.max(0, daysBetween(asAt, start) / daysBetween(target, start)));
}
