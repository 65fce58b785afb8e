import { z } from 'zod';
import { isoDateSchema } from '../dates/isoDays';
import { computedStatusSchema } from '../record';
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
   * asks for a row's reason when it prints it. */
  explain: z.boolean().optional(),
});
export type RagContext = z.infer<typeof ragContextSchema>;

export const ragResultSchema = z.object({
  computed: computedStatusSchema,
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
