/**
 * `compare`: two returns of a tracker checked, each as at its own date, their actions paired and what
 * changed said; with --out, the later return written with a Changes sheet. Runs where checkFile runs (a
 * worker, or the main thread for two small files), so the same limits hold.
 */

import { compareWorkbooks, fail, listChanges, now, ok, openTracker, todayIso, type Comparison, type IsoDate, type Result, type RunRequest } from '../core';
import { checkReturn, type CheckedReturn } from '../workbook/xlsx/checkReturn';
import { readWorkbookBytes } from '../workbook/xlsx/readXlsxFile';
import { WorkbookReadError } from '../workbook/xlsx/readXlsx';
import { xlsxSource } from '../workbook/xlsx/xlsxSource';
import type { Emit, FileOutcome, FileTask } from './checkFile';
import { formatChanges } from './formatChanges';
import { unreadableText } from './unreadableText';
import { WriteFailure, writeWorkbookFile } from './writeWorkbookFile';

export interface CompareTask {
  /** the earlier return; the task's file is the later one */
  readonly earlier: string;
  readonly asAtOld?: IsoDate;
  readonly asAtNew?: IsoDate;
}

function read(file: string): Result<Uint8Array> {
  try {
    return ok(readWorkbookBytes(file).bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail('unreadable', e.message, file);
    throw e;
  }
}

/** the later return written with its Changes sheet, and the sheets it owned before kept; or why not */
function written(later: CheckedReturn, earlier: CheckedReturn, request: RunRequest, comparison: Comparison): { bytes?: Uint8Array; notes: readonly string[]; notWritten?: string } {
  const tracker = openTracker(xlsxSource(later.file, later.bytes), { today: todayIso });
  const summaries = later.run.ownedSummaries;
  const changes = { comparison, oldSheets: earlier.run.report.sheets, newSheets: later.run.report.sheets };
  const attempt = now(tracker.write({ ...request, asAt: later.run.settings.asAt, summaries, changes }));
  if (!attempt.ok) return { notes: [], notWritten: attempt.problem.message };
  const { done } = attempt.value;
  if (done.ok) return { bytes: done.value.output.bytes, notes: done.value.notes };
  // refused (someone typed into the product's output since) or failed: nothing is written, and the reason is said
  return { notes: [], notWritten: done.problem.message };
}

export async function compareFile(task: FileTask & { compare: CompareTask }, emit: Emit): Promise<FileOutcome> {
  const { options } = task;
  const { earlier: earlierFile, asAtOld, asAtNew } = task.compare;
  const unreadable = (file: string, reason: string): FileOutcome => {
    emit(unreadableText(file, reason, options.json));
    return { file, exitCode: 2, errors: 0 };
  };
  const request: RunRequest = { ruleSet: options.ruleSet, amberDays: options.amberDays, planStart: options.planStart, sheet: options.sheet };
  const sides: CheckedReturn[] = [];
  for (const [file, given] of [[earlierFile, asAtOld], [task.file, asAtNew]] as const) {
    const bytes = read(file);
    if (!bytes.ok) return unreadable(file, bytes.problem.message);
    const checked = checkReturn(file, bytes.value, request, given, todayIso);
    if (!checked.ok) return unreadable(file, checked.problem.message);
    sides.push(checked.value);
  }
  const [earlier, later] = sides as [CheckedReturn, CheckedReturn];
  const comparison = compareWorkbooks({ file: earlier.file, report: earlier.run.report }, { file: later.file, report: later.run.report });
  let notes: readonly string[] = [];
  let wrote: string | null = null;
  let notWritten: string | undefined;
  if (task.target !== undefined) {
    const out = written(later, earlier, request, comparison);
    ({ notes, notWritten } = out);
    if (out.bytes) {
      try {
        await writeWorkbookFile(task.target, out.bytes);
        wrote = task.target;
      } catch (e) {
        if (!(e instanceof WriteFailure)) throw e;
        notWritten = e.message;
      }
    }
  }
  const quiet = comparison.sheets.reduce((n, s) => n + s.counts.removed + s.counts.quietMoves, 0);
  const asAtFrom = { old: earlier.asAtFrom, new: later.asAtFrom };
  if (options.json) {
    emit(JSON.stringify({ ...comparison, asAtFrom, written: wrote, notes, ...(notWritten === undefined ? {} : { notWritten }) }));
  } else {
    const model = listChanges({ comparison, oldSheets: earlier.run.report.sheets, newSheets: later.run.report.sheets });
    const after = [...notes.map((n) => `  Note: ${n}`), ...(wrote ? [`  Written: ${wrote}`] : []), ...(notWritten === undefined ? [] : [`  Not written: ${task.target}: ${notWritten}`])];
    emit(formatChanges(model, { old: { asAtFrom: earlier.asAtFrom }, new: { asAtFrom: later.asAtFrom } }, { color: task.color, width: task.width }) + (after.length ? `\n${after.join('\n')}` : ''));
  }
  return { file: task.file, exitCode: notWritten !== undefined ? 2 : quiet > 0 ? 1 : 0, errors: 0 };
}
