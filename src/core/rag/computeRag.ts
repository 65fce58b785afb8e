import { addMonths } from 'date-fns/addMonths';
import { dateToIso, daysBetween, isoDayNumber, isoToDate, type IsoDate } from '../dates/isoDays';
import type { Thresholds } from '../settings';
import { readCompletion, readTarget } from './ragDates';
import { ragReason } from './ragReason';
import { blankRagResult, type RagContext, type RagFields, type RagResult, type RagWhy } from './ragResult';

export { blankRagResult, type RagContext, type RagFields, type RagResult } from './ragResult';

/** performance ratios within this of a threshold count as meeting it (0.63 / 0.7 is 0.8999…) */
const EPSILON = 1e-9;

/** The status part of the result, every field written each time in the same order. */
function judged(
  r: RagResult,
  computed: RagResult['computed'],
  why: RagWhy,
  revised = false,
  deferred = false,
  late = false,
  slippageDays: number | null = null,
  overdue = false,
  daysToDue: number | null = null,
  verdict?: Verdict,
): void {
  r.computed = computed;
  r.why = why;
  r.late = late;
  r.deferred = deferred;
  r.overdue = overdue;
  r.revised = revised;
  r.slippageDays = slippageDays;
  r.daysToDue = daysToDue;
  r.expectedPercent = verdict?.expectedPercent;
  r.performance = verdict?.performance;
}

/**
 * The computed RAG of one action at the as-at date, with the target reading it rests on (T, T0, its kind
 * and why), the completion date C, slippage and the reason in plain English. Everything after RAG reads
 * the target from this result, never from the record again.
 * domain.md "Computed RAG", in order: closed/deferred → Closed; complete → Complete; ongoing target →
 * Ongoing; no usable target → No date; then the rule set decides Red, Amber or Green.
 * A reason is worded only when the context asks (explain is not false): checking a whole tracker words
 * none, and ragReason words any row's later from its result.
 * Given `into` (from blankRagResult), the result is written there and returned.
 */
export function computeRag(record: RagFields, context: RagContext, into: RagResult = blankRagResult()): RagResult {
  const r = into;
  readTarget(record, r);
  r.completedOn = readCompletion(record, context.asAt);
  judge(r, record, context);
  r.reason = context.explain !== false ? ragReason(r, record, context) : '';
  return r;
}

function judge(r: RagResult, record: RagFields, context: RagContext): void {
  const { reportedStatus } = context;
  if (reportedStatus === 'closed' || reportedStatus === 'deferred') {
    const deferred = reportedStatus === 'deferred';
    return judged(r, 'Closed', deferred ? 'deferred' : 'closed', false, deferred);
  }
  if (reportedStatus === 'complete' || r.completedOn !== null || (record.percentComplete ?? 0) >= 1) {
    return complete(r, reportedStatus === 'complete', context.thresholds);
  }
  if (r.targetKind === 'ongoing') return judged(r, 'Ongoing', 'ongoing');
  if (r.targetKind === 'none') return judged(r, 'No date', 'no-date');
  return open(r, record, r.targetDate!, r.originalTargetDate!, context);
}

function complete(r: RagResult, reportedComplete: boolean, thresholds: Thresholds): void {
  const dated = r.targetKind === 'dated';
  const revised = dated && r.targetDate! > r.originalTargetDate!;
  const completedOn = r.completedOn;
  if (completedOn === null) return judged(r, 'Complete', reportedComplete ? 'reported-complete' : 'percent-complete', revised);
  if (!dated) return judged(r, 'Complete', 'completed', revised);
  const original = r.originalTargetDate!;
  const slippageDays = Math.max(0, daysBetween(completedOn, original, thresholds.workingDays));
  judged(r, 'Complete', 'completed', revised, false, completedOn > original, slippageDays);
}

interface Verdict {
  readonly computed: 'Red' | 'Amber' | 'Green';
  readonly why: RagWhy;
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

/** An open action with a target date T (T0 the original): the rule set decides. */
function open(r: RagResult, record: RagFields, target: IsoDate, original: IsoDate, context: RagContext): void {
  const { asAt, thresholds } = context;
  const overdue = asAt > target;
  const revised = target > original;
  // Calendar days from day numbers, each date's counted once and the as-at date's once a check: an overdue
  // action had its dates' day numbers counted four times over (computeRag over the 100,000 bench records,
  // min of 30: 8.2-9.5 ms before, 6.8-7.6 after)
  const calendar = !thresholds.workingDays;
  const targetDay = isoDayNumber(target);
  const asAtDay = asAtDayNumber(asAt);
  const slippageDays = overdue
    ? Math.max(0, calendar ? asAtDay - isoDayNumber(original) : daysBetween(asAt, original, true))
    : revised
      ? calendar ? targetDay - isoDayNumber(original) : daysBetween(target, original, true)
      : 0;
  // counted once: the date rules ask it too
  const daysToDue = targetDay - asAtDay;
  const verdict = byRuleSet(record, target, original, daysToDue, context);
  judged(r, verdict.computed, verdict.why, revised, false, false, slippageDays, overdue, daysToDue, verdict);
}

/** the as-at date last asked and its day number: a check judges every action as at one date */
let lastAsAt: IsoDate | null = null;
let lastAsAtDay = 0;

function asAtDayNumber(asAt: IsoDate): number {
  if (asAt !== lastAsAt) {
    lastAsAtDay = isoDayNumber(asAt);
    lastAsAt = asAt;
  }
  return lastAsAtDay;
}

function byRuleSet(record: RagFields, target: IsoDate, original: IsoDate, daysToDue: number, context: RagContext): Verdict {
  const start = record.start?.iso ?? null;
  if (context.ruleSet === 'expected-progress' && record.percentComplete !== null && start !== null) {
    return byExpectedProgress(record.percentComplete, start, target, context.asAt, context.thresholds);
  }
  if (context.ruleSet === 'months-behind') return byMonthsBehind(target, context.asAt, context.thresholds);
  return byDates(target, original, daysToDue, context.asAt, context.thresholds);
}

/** D > T → Red; T − D ≤ W, or T > T0 → Amber; otherwise Green (`daysToDue` is T − D) */
function byDates(target: IsoDate, original: IsoDate, daysToDue: number, asAt: IsoDate, thresholds: Thresholds): Verdict {
  if (asAt > target) return VERDICTS.redOverdue;
  if (daysToDue <= thresholds.amberDays) return VERDICTS.amberInWindow;
  if (target > original) return VERDICTS.amberRevised;
  return VERDICTS.greenDue;
}

/** up to monthsBehindAmber months past the target → Amber; more → Red; not yet due → Green */
function byMonthsBehind(target: IsoDate, asAt: IsoDate, thresholds: Thresholds): Verdict {
  if (asAt <= target) return VERDICTS.greenDue;
  const limit = dateToIso(addMonths(isoToDate(target)!, thresholds.monthsBehindAmber));
  return asAt <= limit ? VERDICTS.amberWithinAllowance : VERDICTS.redBeyondAllowance;
}

/** expected % rises linearly from start to target; performance = % complete ÷ expected */
function byExpectedProgress(percentComplete: number, start: IsoDate, target: IsoDate, asAt: IsoDate, thresholds: Thresholds): Verdict {
  const expectedPercent = expectedBy(start, target, asAt);
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

/** 0 until the start, 1 from the target on, linear between */
export function expectedBy(start: IsoDate, target: IsoDate, asAt: IsoDate): number {
  if (asAt >= target) return 1;
  if (asAt <= start) return 0;
  return Math.min(1, Math.max(0, daysBetween(asAt, start) / daysBetween(target, start)));
}
