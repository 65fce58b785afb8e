/**
 * One workbook's bytes start to finish through the front (src/core/front/openTracker.ts): checked, and
 * written into a copy of its package when asked, in one call (the CLI's, and scripts' and tests'). The
 * browser's host uses the front step by step.
 */

import { type Attempt, type IsoDate, now, openTracker, ok, type Result, isChecked, type PreparedRun, type RunRequest, type Step, type SummaryKind, type TrackerSource, type Written } from '../../core';
import { WorkbookReadError, type WorkbookReadErrorCode } from './errors';
import { xlsxSource, type WrittenXlsx } from './xlsxSource';

export interface ProcessOptions {
  /** write the results into a copy of the package */
  readonly write: boolean;
  /** store this run's settings, not only the mappings confirmed */
  readonly save: boolean;
  readonly summaries?: readonly SummaryKind[];
  /** the as-at date when neither the run nor the workbook sets one */
  readonly today: IsoDate;
}

export type Processed = PreparedRun & {
  /** the written workbook, when one was written */
  readonly bytes?: Uint8Array;
  /** why the workbook, checked, could not be written into: one line */
  readonly notWritten?: string;
  /** what was thrown, when that was the product's fault */
  readonly notWrittenCause?: unknown;
};

/**
 * One workbook's bytes through the front: its check, and, when asked to write, the written copy or why
 * there is none (a refusal is one more note; a failure is `notWritten`, and the check still stands).
 */
export function runXlsx(name: string, bytes: Uint8Array, request: RunRequest, options: ProcessOptions): Result<Processed> {
  return now(run(xlsxSource(name, bytes), request, options));
}

/**
 * runXlsx with the written package's changed parts deflated on other threads while the next is made
 * (see XlsxPackage.toBytesLater): the same outcome and bytes, sooner where there is a core to spare.
 */
export function runXlsxLater(name: string, bytes: Uint8Array, request: RunRequest, options: ProcessOptions): Promise<Result<Processed>> {
  return Promise.resolve(run(xlsxSource(name, bytes, { deflateLater: true }), request, options));
}

function run(source: TrackerSource<WrittenXlsx>, request: RunRequest, options: ProcessOptions): Step<Result<Processed>> {
  const tracker = openTracker(source, { today: () => options.today });
  if (!options.write) return tracker.check(request);
  const attempt = tracker.write({ ...request, save: options.save, summaries: options.summaries });
  return attempt instanceof Promise ? attempt.then(processed) : processed(attempt);
}

function processed(attempt: Result<Attempt<Written<WrittenXlsx>>>): Result<Processed> {
  if (!attempt.ok) return attempt;
  const { run, done } = attempt.value;
  if (!isChecked(run)) return ok(run);
  if (done.ok) return ok({ ...run, notes: done.value.notes, bytes: done.value.output.bytes });
  if (done.problem.code !== 'write-failed') return ok({ ...run, notes: [...run.notes, done.problem.message] });
  return ok(done.problem.cause === undefined ? { ...run, notWritten: done.problem.message } : { ...run, notWritten: done.problem.message, notWrittenCause: done.problem.cause });
}

/** runXlsx for scripts and tests that only give it workbooks: one that cannot be read throws WorkbookReadError. */
export function processWorkbook(bytes: Uint8Array, request: RunRequest, options: ProcessOptions): Processed {
  const processed = runXlsx('', bytes, request, options);
  if (!processed.ok) throw new WorkbookReadError(processed.problem.code as WorkbookReadErrorCode, processed.problem.message);
  return processed.value;
}
