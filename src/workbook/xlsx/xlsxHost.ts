/**
 * The task pane's host for a .xlsx file opened in a browser: the workbook is its bytes, held in memory and
 * run through the same steps as the CLI's (processWorkbook.ts). A write or a save replaces those bytes only
 * once the complete new copy has been read back as a workbook. Nothing leaves the machine.
 */

import type { IsoDate } from '../../core/dates/dateExpression';
import type { WorkbookGrid } from '../../core/grid';
import { isChecked, type PreparedRun } from '../../core/run/prepareRun';
import { todayIso } from '../../core/run/today';
import type { CheckOutcome, PlannedWrite, Progress, RunRequest, WorkbookHost, WriteOutcome, WriteRequest } from '../../core/run/workbookHost';
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

/** Lets the page draw the progress reported so far before the next step holds the thread. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

    async check(request: RunRequest, progress?: Progress): Promise<CheckOutcome> {
      await step(progress, 0, 1, 'Checking the workbook');
      const { run } = checkXlsx(current, request, today(), false);
      progress?.(1, 1, 'Checked');
      return run;
    },

    async preview(request: WriteRequest): Promise<PlannedWrite> {
      const { run, edited } = checkXlsx(current, request, today(), true);
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

    async write(request: WriteRequest, progress?: Progress): Promise<WriteOutcome> {
      await step(progress, 0, 3, 'Checking the workbook');
      const { run, edited } = checkXlsx(current, request, today(), true);
      if (!isChecked(run)) return notWritten(run, run.report.message);
      await step(progress, 1, 3, 'Writing the results');
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
      const outcome = keep(bytes, { written: true, sheets: written.sheets, notes: [...run.notes, ...written.notes] });
      progress?.(3, 3, 'Written');
      return outcome;
    },

    async saveSettings(request: RunRequest): Promise<WriteOutcome> {
      // a write: a package it cannot write into is said once, by the refusal
      const { run } = checkXlsx(current, request, today(), true);
      if (!isChecked(run)) return notWritten(run, run.report.message);
      let bytes;
      try {
        const pkg = saveSettingsXlsx(current, run);
        if ('refused' in pkg) return notWritten(run, pkg.refused);
        bytes = pkg.toBytes();
      } catch (e) {
        return notWritten(run, writeFailure(e));
      }
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
