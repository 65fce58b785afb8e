import { z } from 'zod';
import { isoDateSchema } from '../dates/isoDays';
import { computedStatusSchema } from '../record';

/**
 * What `compare OLD NEW` finds between two quarterly returns of a tracker: the `--json` shape, the Changes
 * sheet's rows and the pane's list all come from this one value. Rows are 1-based, as Excel shows them; a
 * row is a record's first row.
 */

const row = z.number().int().positive();
const ref = z.string().nullable();

/** a pair of records taken to be the same action in both returns */
export const matchedPairSchema = z.object({
  oldRow: row,
  newRow: row,
  /** 0..1: how sure the pairing is (same ref and same words → 1) */
  confidence: z.number().min(0).max(1),
  /** below the confidence a person should check, or another candidate came close */
  unsure: z.boolean(),
  /** what the pairing went by */
  by: z.enum(['ref', 'text', 'ref+text']),
});

export const addedSchema = z.object({ newRow: row, ref, action: z.string().nullable(), owner: z.string().nullable() });

/** in OLD only */
export const removedSchema = z.object({
  oldRow: row,
  ref,
  action: z.string().nullable(),
  owner: z.string().nullable(),
  /** the OLD return's computed status */
  status: computedStatusSchema,
  /** true when OLD already had it Complete or Closed: done and dropped, not lost; `removed` in the counts leaves these out */
  closedBefore: z.boolean(),
});

export const targetMovedSchema = z.object({
  oldRow: row,
  newRow: row,
  /** the target each return judged by (a revised target when there is one); null when it gave no single date */
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
  /** to − from in calendar days; null when either is null */
  days: z.number().int().nullable(),
  /** NEW records the move: its revised-target column, or a date in its progress text, gives the new target */
  explained: z.boolean(),
  how: z.enum(['revised-column', 'progress-text']).nullable(),
});

export const statusMovedSchema = z.object({ oldRow: row, newRow: row, from: computedStatusSchema, to: computedStatusSchema });

export const completedSchema = z.object({ oldRow: row, newRow: row, ref, action: z.string().nullable(), completedOn: isoDateSchema.nullable() });

export const ownerChangedSchema = z.object({ oldRow: row, newRow: row, from: z.string().nullable(), to: z.string().nullable() });

/**
 * an open action whose latest progress text is word for word the same in both returns (both empty
 * included), listed only when the later return is as at a later date: a return compared with itself, or
 * with one of the same date, has had no quarter in which to update it
 */
export const progressNotUpdatedSchema = z.object({ oldRow: row, newRow: row, text: z.string().nullable() });

export const comparisonCountsSchema = z.object({
  matched: z.number().int().min(0),
  unsure: z.number().int().min(0),
  added: z.number().int().min(0),
  /** quietly gone: in OLD only and not already Complete or Closed there */
  removed: z.number().int().min(0),
  targetMoved: z.number().int().min(0),
  quietMoves: z.number().int().min(0),
  statusMoved: z.number().int().min(0),
  completed: z.number().int().min(0),
  ownerChanged: z.number().int().min(0),
  progressNotUpdated: z.number().int().min(0),
});

export const sheetComparisonSchema = z.object({
  oldSheet: z.string(),
  newSheet: z.string(),
  matched: z.array(matchedPairSchema),
  added: z.array(addedSchema),
  removed: z.array(removedSchema),
  targetMoved: z.array(targetMovedSchema),
  /** matched pairs whose computed status differs, each at its own return's as-at date */
  statusMoved: z.array(statusMovedSchema),
  /** from (OLD) × to (NEW) counts over every matched pair, statuses in the one order (COMPUTED_STATUSES) */
  statusMatrix: z.array(z.object({ from: computedStatusSchema, to: computedStatusSchema, count: z.number().int().positive() })),
  completed: z.array(completedSchema),
  ownerChanged: z.array(ownerChangedSchema),
  progressNotUpdated: z.array(progressNotUpdatedSchema),
  counts: comparisonCountsSchema,
});

export const comparisonSchema = z.object({
  old: z.object({ file: z.string(), asAt: isoDateSchema }),
  new: z.object({ file: z.string(), asAt: isoDateSchema }),
  sheets: z.array(sheetComparisonSchema),
  /** tracker sheets with no counterpart in the other return */
  unpaired: z.object({ old: z.array(z.string()), new: z.array(z.string()) }),
});

export type MatchedPair = z.infer<typeof matchedPairSchema>;
export type SheetComparison = z.infer<typeof sheetComparisonSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparisonCounts = z.infer<typeof comparisonCountsSchema>;
