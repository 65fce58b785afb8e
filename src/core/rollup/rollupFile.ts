import { z } from 'zod';
import type { CheckedSettings } from '../checkSheet';
import type { WorkbookReport } from '../checkWorkbook';
import { isoDateSchema } from '../dates/isoDays';
import { countByOwner } from '../summary/countByOwner';
import { listExceptions } from '../summary/listExceptions';
import { byOwnerModelSchema, exceptionsModelSchema, ragCountsSchema } from '../summary/summaryModels';

const count = z.number().int().min(0);

/** an exception as the roll-up lists it: the per-file Exceptions row without the progress text, which the roll-up does not show */
export const rollupExceptionSchema = exceptionsModelSchema.shape.rows.element.omit({ progress: true, revisedTarget: true, row: true });
export type RollupException = z.infer<typeof rollupExceptionSchema>;

/** one tracker sheet of a file, as the roll-up needs it: its figures (those of --json), its exceptions and its owners */
export const rollupSheetSchema = z.object({
  sheet: z.string(),
  actions: count,
  counts: ragCountsSchema,
  errors: count,
  warnings: count,
  /** the amber window the file was checked with, which titles the Amber exceptions */
  amberDays: count,
  /** most urgent first, as the file's own Exceptions sheet lists them */
  exceptions: z.array(rollupExceptionSchema),
  owners: byOwnerModelSchema.shape.owners,
  noOwner: byOwnerModelSchema.shape.noOwner,
});
export type RollupSheet = z.infer<typeof rollupSheetSchema>;

/**
 * What one file's check hands the roll-up: small, so a run over many files keeps only the roll-up's own
 * rows (a worker sends it back instead of the report). A file that could not be read, or holds no
 * tracker, is named with the reason.
 */
export const rollupFileSchema = z.union([
  z.object({ file: z.string(), asAt: isoDateSchema, sheets: z.array(rollupSheetSchema) }),
  z.object({ file: z.string(), problem: z.string() }),
]);
export type RollupFile = z.infer<typeof rollupFileSchema>;

/** A checked file's part of the roll-up: the same counts as its report, its Exceptions and By owner rows. */
export function rollupFileOf(file: string, report: WorkbookReport, settings: CheckedSettings): RollupFile {
  const amberDays = settings.thresholds.amberDays;
  return {
    file,
    asAt: settings.asAt,
    sheets: report.sheets.map((s) => {
      const { owners, noOwner } = countByOwner(s, settings.asAt);
      return {
        sheet: s.name,
        actions: s.records.length,
        counts: { ...s.counts },
        errors: s.errors,
        warnings: s.warnings,
        amberDays,
        exceptions: listExceptions(s, settings.asAt, amberDays).rows.map(({ cell, ref, action, owner, target, computed, slippageDays, group, reasons }) => ({ cell, ref, action, owner, target, computed, slippageDays, group, reasons })),
        owners,
        noOwner,
      };
    }),
  };
}
