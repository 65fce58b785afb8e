import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './isoDays';

export const DATE_KINDS = [
  'exact',
  'month',
  'year',
  'financial-year',
  'quarter',
  'range',
  'multiple',
  'recurring',
  'relative',
  'none',
  'invalid',
  // "As above", "See 7.7": the date of another record, until resolveDateReferences puts that date in its place
  'reference',
] as const;
export const dateKindSchema = z.enum(DATE_KINDS);
export type DateKind = z.infer<typeof dateKindSchema>;

/** Each code is also the validation issue code it raises. */
export const DATE_WARNING_CODES = [
  'vague-date',
  'uncertain-date',
  'several-dates',
  'relative-date',
  'one-digit-year',
  'surrounding-text',
  // a date taken from another record ("As above", "See 7.7"), naming the record whose date it is
  'cross-referenced-date',
] as const;
export const dateWarningSchema = z.object({
  code: z.enum(DATE_WARNING_CODES),
  message: z.string(),
});
export type DateWarning = z.infer<typeof dateWarningSchema>;

export const dateExpressionSchema = z.object({
  /** what the cell showed, as quoted to the user */
  text: z.string(),
  /** the date the expression stands for (the target: end of a month, range or financial year; latest milestone) */
  iso: isoDateSchema.nullable(),
  kind: dateKindSchema,
  /** the interval the expression could mean: "Aug 2010" is 2010-08-01 to 2010-08-31 */
  earliest: isoDateSchema.nullable(),
  latest: isoDateSchema.nullable(),
  warnings: z.array(dateWarningSchema),
  /** every date found, for kind 'multiple' (milestones) */
  dates: z.array(isoDateSchema).optional(),
  /** the record whose date the cell gives instead of its own: the one above ("As above", "Ditto"), or the one with a ref
   * ("See 7.7"); kept once that date is in its place, to show the date is another record's */
  refersTo: z.union([z.object({ above: z.literal(true) }), z.object({ ref: z.string() })]).optional(),
});
export type DateExpression = z.infer<typeof dateExpressionSchema>;

export interface DateParseOptions {
  /** the workbook uses the 1904 date system */
  date1904?: boolean;
  /** start of the plan, to place relative expressions such as "Year 2" */
  planStart?: IsoDate;
}
