import { z } from 'zod';
import { isoDateSchema } from '../dates/isoDays';
import { computedStatusSchema } from '../record';
import type { ActionRecord } from '../record';
import { ruleSetSchema, statusSchema, thresholdsSchema } from '../settings';

export const ragContextSchema = z.object({
  /** the as-at date D */
  asAt: isoDateSchema,
  ruleSet: ruleSetSchema,
  thresholds: thresholdsSchema,
  /** the latest period's normalised status, chosen by the caller */
  reportedStatus: statusSchema.nullable(),
  /** when the status was read from the progress text: the words that state it, so a reason quotes them */
  statedWords: z.string().optional(),
  /** false: leave `reason` empty. Checking a 100,000-row tracker need not word 100,000 reasons; a report
   * asks for a row's reason when it prints it (ragReason words it from the result). */
  explain: z.boolean().optional(),
});
export type RagContext = z.infer<typeof ragContextSchema>;

/**
 * The fields of an action record its RAG is judged by (and a status check words its facts from): a pass
 * over a whole table fills just these for each record, not the whole record.
 */
export type RagFields = Pick<ActionRecord, 'start' | 'target' | 'revisedTarget' | 'completed' | 'percentComplete'>;

/** What a record's target and revised target come to: a date T (with T0), no single date, or none. */
export const TARGET_KINDS = ['dated', 'ongoing', 'none'] as const;
export const targetKindSchema = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof targetKindSchema>;

/**
 * Why the target reads as it does. Dated or ongoing: the cell the reading rests on, the target or the
 * revised target (from its column or the progress text). None: no target at all (blank, "TBA"), one that
 * cannot be placed without a plan start ("Year 2"), or one not understood.
 */
export const TARGET_WHYS = ['target', 'revised-target', 'no-target', 'relative', 'not-understood'] as const;
export const targetWhySchema = z.enum(TARGET_WHYS);
export type TargetWhy = z.infer<typeof targetWhySchema>;

/**
 * Which rule gave the computed status (domain.md "Computed RAG", in its order), so a reason can be worded
 * from the result alone: reported closed or deferred; completed on a date, reported complete or 100% with
 * no date; ongoing; no date; then the rule set's verdicts.
 */
export const RAG_WHYS = [
  'closed',
  'deferred',
  'completed',
  'reported-complete',
  'percent-complete',
  'ongoing',
  'no-date',
  'overdue',
  'due-in-window',
  'revised',
  'due',
  'overdue-within-allowance',
  'overdue-beyond-allowance',
  'not-due-to-start',
  'progress',
] as const;
export const ragWhySchema = z.enum(RAG_WHYS);
export type RagWhy = z.infer<typeof ragWhySchema>;

export const ragResultSchema = z.object({
  computed: computedStatusSchema,
  /** the rule that gave `computed` */
  why: ragWhySchema,
  /** the target reading, made here once for everything after RAG (the tracker's columns, reasons, status checks) */
  targetKind: targetKindSchema,
  targetWhy: targetWhySchema,
  /** T: the revised target when it has a date, else the target; null unless the reading is dated */
  targetDate: isoDateSchema.nullable(),
  /** T0: the original target (T when there is none); null unless the reading is dated */
  originalTargetDate: isoDateSchema.nullable(),
  /** C: the completion date as a fact at the as-at date (capped at it); null when there is none yet */
  completedOn: isoDateSchema.nullable(),
  /** Complete, and completed after the original target T0 */
  late: z.boolean(),
  /** Closed because reported deferred (counted apart from closed) */
  deferred: z.boolean(),
  /** open and the as-at date is after the (revised) target */
  overdue: z.boolean(),
  /** the revised target is later than the original target */
  revised: z.boolean(),
  /** calendar days, or working days when thresholds.workingDays; null when it does not apply or is unknown */
  slippageDays: z.number().int().nullable(),
  /** calendar days from the as-at date to the (revised) target, negative when overdue; open items only */
  daysToDue: z.number().int().nullable(),
  /** expected-progress rule set only: the fraction (0..1) expected to be done by the as-at date */
  expectedPercent: z.number().min(0).max(1).optional(),
  /** expected-progress rule set only: percent complete ÷ expected (absent when nothing is expected yet) */
  performance: z.number().optional(),
  /** one plain-English sentence saying why, dates as dd/mm/yyyy ('' when the context says not to explain) */
  reason: z.string(),
});
export type RagResult = z.infer<typeof ragResultSchema>;

/**
 * A result for computeRag (or ragAt) to fill in again and again: a pass over a whole table then makes no result per
 * row (they were a tenth of what checking allocated). It has every key, the optional ones undefined, so
 * every result has one shape.
 */
export function blankRagResult(): RagResult {
  return {
    computed: 'No date', why: 'no-date', targetKind: 'none', targetWhy: 'no-target', targetDate: null, originalTargetDate: null, completedOn: null,
    late: false, deferred: false, overdue: false, revised: false, slippageDays: null, daysToDue: null, expectedPercent: undefined, performance: undefined, reason: '',
  };
}
