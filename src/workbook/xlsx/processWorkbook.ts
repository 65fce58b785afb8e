/**
 * The engine's run (src/core/run) over a workbook's bytes: read its grids, check them, and, when asked,
 * plan the writes and apply them to a copy of its package. The CLI runs a workbook start to finish with
 * processWorkbook; the browser's host (xlsxHost.ts) runs the same steps one at a time.
 */

import type { IsoDate } from '../../core/dates/isoDays';
import type { WritePlan } from '../../core/plan/writePlan';
import { editedOutput } from '../../core/run/editedOutput';
import { planRun, settingsOnlyRows, type RunPlanOptions } from '../../core/run/planRun';
import { isChecked, prepareRun, type CheckedRun, type PreparedRun } from '../../core/run/prepareRun';
import { editedNote, lockedNote } from '../../core/run/refusals';
import type { RunRequest } from '../../core/run/workbookHost';
import { readProductSheets, readUserGrid } from './userGrid';
import { isStructureLocked, readSheetList } from './workbookEdits';
import { duplicateEntriesNote, XlsxPackage } from './xlsxPackage';
import { FAULT_ADVICE, WorkbookReadError, WorkbookWriteError } from './errors';
import { applyWritePlan, isProtected, removeProductOutput, replaceSettingsSheet, SheetScans, sheetParts, userColumns } from './writeResults';

export interface ProcessOptions extends RunPlanOptions {
  /** write the results into a copy of the package */
  readonly write: boolean;
  /** the as-at date when neither the run nor the workbook sets one */
  readonly today: IsoDate;
}

export type Processed = PreparedRun & {
  /** the written workbook, when one was written */
  readonly bytes?: Uint8Array;
  /** why the workbook, checked, could not be written into: one line (see writeFailure) */
  readonly notWritten?: string;
};

/**
 * Why writing failed, in a line for the person running the check. A workbook the product cannot write
 * into says why in its own words (WorkbookWriteError); anything else is a fault of the product's, said as
 * one, with what to do about it.
 */
export function writeFailure(error: unknown): string {
  if (error instanceof WorkbookWriteError || error instanceof WorkbookReadError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `internal error while writing (${detail}): the check above stands, but ${FAULT_ADVICE}`;
}

/** A checked run and, when it is to be written, where what the product wrote has changed since. */
export interface XlsxRun {
  readonly run: PreparedRun;
  readonly edited: readonly string[];
}

/** Checks a workbook's bytes. The grid is not kept: it can be collected before anything is written. */
export function checkXlsx(bytes: Uint8Array, request: RunRequest, today: IsoDate, forWrite: boolean): XlsxRun {
  const grid = readUserGrid(bytes);
  const prepared = prepareRun(grid, request, today);
  // a write says so itself, refusing such a package
  const twice = forWrite ? undefined : duplicateEntriesNote(bytes);
  const run = twice === undefined ? prepared : { ...prepared, notes: [...prepared.notes, twice] };
  const edited = forWrite ? editedOutput(grid, run.owned, run.placed, readProductSheets(bytes, run.owned)) : [];
  return { run, edited };
}

export interface PlannedXlsx {
  /** the package with the product's previous output taken out, for the plan to be applied to */
  readonly pkg: XlsxPackage;
  readonly plan: WritePlan;
  readonly scans: SheetScans;
  /** what a person should know: what taking out the previous output found, then the plan's notes */
  readonly notes: readonly string[];
}

export type Refused = { readonly refused: string };

/** A copy of the package to write into; or, when its structure is locked, why nothing may be written. */
function openUnlocked(bytes: Uint8Array): XlsxPackage | Refused {
  const pkg = XlsxPackage.open(bytes);
  return isStructureLocked(pkg.text(pkg.workbookPart)) ? { refused: lockedNote('wrote nothing into it') } : pkg;
}

/** Takes the product's previous output out of a copy of the package and plans the new; or says why nothing may be written. */
export function planXlsx(bytes: Uint8Array, run: CheckedRun, edited: readonly string[], options: RunPlanOptions): PlannedXlsx | Refused {
  if (edited.length > 0) return { refused: editedNote(edited, 'nothing was written') };
  const pkg = openUnlocked(bytes);
  if ('refused' in pkg) return pkg;
  const removed = removeProductOutput(pkg, run.owned, run.placed);
  const parts = sheetParts(pkg);
  const scans = new SheetScans();
  const plan = planRun(run, {
    sheetNames: readSheetList(pkg.text(pkg.workbookPart)).sheets.map((s) => s.name),
    userColumns: (name) => {
      const part = parts.get(name);
      return part ? userColumns(pkg, part, scans) : 0;
    },
    date1904: run.date1904,
    isProtected: (name) => isProtected(pkg, parts.get(name)),
  }, options);
  return { pkg, plan, scans, notes: [...removed, ...plan.notes] };
}

export interface WrittenXlsx {
  /** the package with the run's output in it, to be packed */
  readonly pkg: XlsxPackage;
  /** the product's sheets, in workbook order */
  readonly sheets: readonly string[];
  readonly notes: readonly string[];
}

/** Plans the writes and applies them to a copy of the package; the plan is gone once this returns. */
export function writeXlsx(bytes: Uint8Array, run: CheckedRun, edited: readonly string[], options: RunPlanOptions): WrittenXlsx | Refused {
  const planned = planXlsx(bytes, run, edited, options);
  if ('refused' in planned) return planned;
  applyWritePlan(planned.pkg, planned.plan, planned.scans);
  return { pkg: planned.pkg, sheets: planned.plan.sheets.map((s) => s.name), notes: planned.notes };
}

/** A copy of the package with only the settings sheet replaced by this run's settings; or why nothing may be written. */
export function saveSettingsXlsx(bytes: Uint8Array, run: CheckedRun): XlsxPackage | Refused {
  const pkg = openUnlocked(bytes);
  if (!('refused' in pkg)) replaceSettingsSheet(pkg, settingsOnlyRows(run));
  return pkg;
}

/** One workbook start to finish, for the CLI: checked, and written into a copy of its package when asked. */
export function processWorkbook(bytes: Uint8Array, request: RunRequest, options: ProcessOptions): Processed {
  const { run, edited } = checkXlsx(bytes, request, options.today, options.write);
  if (!options.write || !isChecked(run)) return run;
  // the check is done: a write that fails costs only the written copy, never the report
  try {
    const written = writeXlsx(bytes, run, edited, options);
    if ('refused' in written) return { ...run, notes: [...run.notes, written.refused] };
    return { ...run, notes: [...run.notes, ...written.notes], bytes: written.pkg.toBytes() };
  } catch (e) {
    return { ...run, notWritten: writeFailure(e) };
  }
}
