/**
 * The task pane's host for a .xlsx file opened in a browser: the workbook is its bytes, held in memory and
 * run through the same steps as the CLI's (processWorkbook.ts). A write or a save replaces those bytes only
 * once the complete new copy has been read back as a workbook. Nothing leaves the machine.
 *
 * A job the pane stops (Cancel, or its timeout) is stopped between steps: each step holds the page until
 * it is done, and the page draws progress and sees the Cancel button pressed only between them. A stopped
 * write or save is stopped before the new copy is kept, so the workbook is as it was.
 */

import type { IsoDate } from '../../core/dates/isoDays';
import type { WorkbookGrid } from '../../core/grid';
import { isChecked, type PreparedRun } from '../../core/run/prepareRun';
import { todayIso } from '../../core/run/today';
import { stopIfCancelled, type CheckOutcome, type JobSignal, type PlannedWrite, type Progress, type RunRequest, type WorkbookHost, type WriteOutcome, type WriteRequest } from '../../core/run/workbookHost';
import { checkXlsx, planXlsx, saveSettingsXlsx, writeFailure, writeXlsx } from './processWorkbook';
import { readXlsx, WorkbookReadError } from './readXlsx';

export interface CellSelection {
  readonly sheet: string;
  readonly cell: string;
}

export interface XlsxHost extends WorkbookHost {
  /** the workbook as it is now: the file opened, or the copy last written, for download */
  bytes(): Uint8Array;
  /** every sheet of the workbook as it is now, the product's included, for the pane to show read-only */
  grid(): WorkbookGrid;
  /** the cell last selected, for the pane to show */
  selection(): CellSelection | null;
  activeSheet(): string | null;
}

export interface XlsxHostOptions {
  /** the as-at date when neither the run nor the workbook sets one (default: the local date) */
  readonly today?: () => IsoDate;
}

const requestFrame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;

/**
 * Gives way to the page between steps: long enough for it to draw the progress reported so far (and the
 * Cancel button) and to take a click on Cancel, before the next step holds the thread. In a browser that
 * is after the next frame is drawn (a timer of 0 often resumes before it); a hidden tab draws no frames, so
 * a short timer goes on without one. Outside a browser (the tests), a timer.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => {
  if (!requestFrame) {
    setTimeout(resolve, 0);
    return;
  }
  requestFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});

const notWritten = (run: PreparedRun, why: string): WriteOutcome => ({ written: false, sheets: [], notes: [...run.notes, why] });

export function createXlsxHost(name: string, opened: Uint8Array, options: XlsxHostOptions = {}): XlsxHost {
  const today = options.today ?? (() => todayIso());
  let current = opened;
  let shown: WorkbookGrid | undefined;
  let selected: CellSelection | null = null;
  let active: string | null = null;

  /** Keeps a written copy as the workbook once it reads back whole; the grid read is then what the pane shows. */
  function keep(written: Uint8Array, outcome: WriteOutcome): WriteOutcome {
    let grid: WorkbookGrid;
    try {
      grid = readXlsx(written);
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      return { written: false, sheets: [], notes: [...outcome.notes, `The copy written did not read back as a workbook (${e.message}), so it was not kept: the workbook is as it was.`] };
    }
    current = written;
    shown = grid;
    return outcome;
  }

  async function step(progress: Progress | undefined, done: number, total: number, what: string): Promise<void> {
    progress?.(done, total, what);
    await nextTurn();
  }

  return {
    kind: 'browser',
    name,

    async check(request: RunRequest, progress?: Progress, signal?: JobSignal): Promise<CheckOutcome> {
      stopIfCancelled(signal);
      await step(progress, 0, 1, 'Checking the workbook');
      stopIfCancelled(signal);
      const { run } = checkXlsx(current, request, today(), false);
      // a Cancel pressed while the check held the page is seen now, rather than after its result is shown
      await step(progress, 1, 1, 'Checked');
      stopIfCancelled(signal);
      return run;
    },

    async preview(request: WriteRequest, signal?: JobSignal): Promise<PlannedWrite> {
      stopIfCancelled(signal);
      const { run, edited } = checkXlsx(current, request, today(), true);
      await nextTurn();
      stopIfCancelled(signal);
      if (!isChecked(run)) return { plan: null, notes: [...run.notes, run.report.message] };
      let planned;
      try {
        planned = planXlsx(current, run, edited, { save: false, summaries: request.summaries });
      } catch (e) {
        return { plan: null, notes: [...run.notes, writeFailure(e)] };
      }
      if ('refused' in planned) return { plan: null, notes: [...run.notes, planned.refused] };
      return { plan: planned.plan, notes: [...run.notes, ...planned.notes] };
    },

    async write(request: WriteRequest, progress?: Progress, signal?: JobSignal): Promise<WriteOutcome> {
      stopIfCancelled(signal);
      await step(progress, 0, 3, 'Checking the workbook');
      stopIfCancelled(signal);
      const { run, edited } = checkXlsx(current, request, today(), true);
      if (!isChecked(run)) return notWritten(run, run.report.message);
      await step(progress, 1, 3, 'Writing the results');
      stopIfCancelled(signal);
      let written;
      let bytes;
      // a workbook that cannot be written into keeps its check: the pane says why, and the workbook is as it was
      try {
        written = writeXlsx(current, run, edited, { save: false, summaries: request.summaries });
        if ('refused' in written) return notWritten(run, written.refused);
        bytes = written.pkg.toBytes();
      } catch (e) {
        return notWritten(run, writeFailure(e));
      }
      await step(progress, 2, 3, 'Reading the written copy back');
      // the last look: from here to the copy being kept, nothing gives way to the page
      stopIfCancelled(signal);
      const outcome = keep(bytes, { written: true, sheets: written.sheets, notes: [...run.notes, ...written.notes] });
      progress?.(3, 3, 'Written');
      return outcome;
    },

    async saveSettings(request: RunRequest, signal?: JobSignal): Promise<WriteOutcome> {
      stopIfCancelled(signal);
      // a write: a package it cannot write into is said once, by the refusal
      const { run } = checkXlsx(current, request, today(), true);
      await nextTurn();
      stopIfCancelled(signal);
      if (!isChecked(run)) return notWritten(run, run.report.message);
      let bytes;
      try {
        const pkg = saveSettingsXlsx(current, run);
        if ('refused' in pkg) return notWritten(run, pkg.refused);
        bytes = pkg.toBytes();
      } catch (e) {
        return notWritten(run, writeFailure(e));
      }
      await nextTurn();
      stopIfCancelled(signal);
      return keep(bytes, { written: true, sheets: [], notes: run.notes });
    },

    async select(sheet: string, cell: string): Promise<void> {
      selected = { sheet, cell };
      active = sheet;
    },

    async activate(sheet: string): Promise<void> {
      active = sheet;
    },

    bytes: () => current,
    grid: () => (shown ??= readXlsx(current)),
    selection: () => selected,
    activeSheet: () => active,
  };
}
