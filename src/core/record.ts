import { z } from 'zod';
import { dateExpressionSchema } from './dates/dateExpression';
import { isoDateSchema } from './dates/isoDays';
import { statusSchema } from './settings';

/** One reporting period's entry on an action row. */
export const periodEntrySchema = z.object({
  /** the period's date from its header, when it has one */
  date: isoDateSchema.nullable(),
  label: z.string(),
  progress: z.string().nullable(),
  /** the status as written ("2 - On Track"); for a status given by the cell's colour alone, "Red (cell colour)" */
  reportedStatusText: z.string().nullable(),
  /** the status as understood; null when nothing is written, 'unknown' when it is not understood */
  reportedStatus: statusSchema.nullable(),
  /** the fill colour ('RRGGBB') the status was read from, when the cell had no word in it; null otherwise */
  reportedStatusFill: z.string().nullable(),
});
export type PeriodEntry = z.infer<typeof periodEntrySchema>;

/**
 * An action as the tracker records it, continuation rows joined in. Dates are parsed but not judged:
 * validation and RAG work from this.
 */
export const actionRecordSchema = z.object({
  /** 1-based row of the record's first row */
  row: z.number().int().positive(),
  /** 1-based rows of its continuation rows */
  continuationRows: z.array(z.number().int().positive()),
  ref: z.string().nullable(),
  /** true when the ref was read from the start of the action text ("1(a). Service planning ...") */
  refFromAction: z.boolean(),
  section: z.string().nullable(),
  action: z.string().nullable(),
  outcome: z.string().nullable(),
  owner: z.string().nullable(),
  priority: z.string().nullable(),
  resources: z.string().nullable(),
  compliance: z.string().nullable(),
  start: dateExpressionSchema.nullable(),
  target: dateExpressionSchema.nullable(),
  revisedTarget: dateExpressionSchema.nullable(),
  /** where the revised target came from: its own column, or a "Revised completion date ..." in the progress text */
  revisedTargetSource: z.enum(['column', 'progress']).nullable(),
  completed: dateExpressionSchema.nullable(),
  /** 0..1 */
  percentComplete: z.number().nullable(),
  /** oldest first */
  periods: z.array(periodEntrySchema),
});
export type ActionRecord = z.infer<typeof actionRecordSchema>;

/** in the one order every face lists them (domain.md "Standard summary sheets"): the worst first, then done, then the rest */
export const COMPUTED_STATUSES = ['Red', 'Amber', 'Green', 'Complete', 'Ongoing', 'No date', 'Closed'] as const;
export const computedStatusSchema = z.enum(COMPUTED_STATUSES);
export type ComputedStatus = z.infer<typeof computedStatusSchema>;

/** The latest period's progress text: the newest period that has any. */
export function latestProgress(periods: readonly PeriodEntry[]): string | null {
  const i = latestProgressPeriod(periods);
  return i >= 0 ? periods[i]!.progress : null;
}

/** The newest period with progress text, as its index; -1 when none has any. */
export function latestProgressPeriod(periods: readonly PeriodEntry[]): number {
  let i = periods.length - 1;
  while (i >= 0 && !periods[i]!.progress) i--;
  return i;
}

/** The latest reporting period with a status written, as its index; -1 when no period has one. */
export function latestReportedPeriod(record: ActionRecord): number {
  let i = record.periods.length - 1;
  while (i >= 0 && record.periods[i]!.reportedStatus === null) i--;
  return i;
}
