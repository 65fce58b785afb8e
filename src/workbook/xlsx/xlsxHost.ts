/**
 * The task pane's host for a .xlsx file opened in a browser: the workbook is its bytes, held in memory and
 * run through the same steps as the CLI's (processWorkbook.ts). A write or a save replaces those bytes only
 * once the complete new copy has been read back as a workbook. Nothing leaves the machine.
 *
 * A job the pane stops (Cancel, or its timeout) is stopped between steps: each step holds the page until
 * it is done, and the page draws progress and sees the Cancel button pressed only between them. A stopped
 * write or save is stopped before the new copy is kept, so the workbook is as it was.
 */

import { type IsoDate, now, openTracker, type Tracker, type TrackerSource, type WorkbookGrid, ok, type Problem, type PreparedRun, todayIso, stopIfCancelled, type CheckOutcome, type JobSignal, type PlannedWrite, type Progress, type RunRequest, type WorkbookHost, type WriteOutcome, type WriteRequest } from '../../core';
import { readXlsx, WorkbookReadError } from './readXlsx';
import { xlsxSource, type WrittenXlsx } from './xlsxSource';

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

/** The package's bytes did not read: they were read when the workbook was opened, so this is the product's fault. */
function unread(problem: Problem): never {
  throw new Error(`The workbook could not be read again (${problem.message}).`);
}

/**
 * The package as the front's source, giving way to the page before each step of a job (see nextTurn) and
 * stopping there when the job has been stopped: reading and checking, then writing the copy.
 */
function paced(inner: TrackerSource<WrittenXlsx>, pace: (done: number, what: string) => Promise<void>): TrackerSource<WrittenXlsx> {
  return {
    name: inner.name,
    async read(request, today, forWrite, job) {
      await pace(0, 'Checking the workbook');
      const read = now(inner.read(request, today, forWrite, job));
      const open = read.ok ? read.value.access : undefined;
      if (!read.ok || !open) return read;
      return ok({
        ...read.value,
        access: (run, purpose) => {
          const opened = now(open(run, purpose));
          if (!opened.ok) return opened;
          const writer = opened.value;
          return ok({
            prepare: writer.prepare,
            saveSettings: writer.saveSettings,
            apply: async (plan, applyJob) => {
              await pace(1, 'Writing the results');
              return now(writer.apply(plan, applyJob));
            },
          });
        },
      });
    },
  };
}

export function createXlsxHost(name: string, opened: Uint8Array, options: XlsxHostOptions = {}): XlsxHost {
  const today = options.today ?? (() => todayIso());
  let current = opened;
  let shown: WorkbookGrid | undefined;
  let selected: CellSelection | null = null;
  let active: string | null = null;
  // one source for the bytes held: the package is opened once for all the jobs on them
  let source = xlsxSource(name, current);

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
    source = xlsxSource(name, current);
    shown = grid;
    return outcome;
  }

  async function step(progress: Progress | undefined, done: number, total: number, what: string): Promise<void> {
    progress?.(done, total, what);
    await nextTurn();
  }

  /** the front over the bytes held, pacing a job of `total` steps; the job looks at its signal first */
  function tracker(total: number, progress: Progress | undefined, signal: JobSignal | undefined): Tracker<WrittenXlsx> {
    stopIfCancelled(signal);
    const pace = async (done: number, what: string): Promise<void> => {
      await step(progress, done, total, what);
      stopIfCancelled(signal);
    };
    return openTracker(paced(source, pace), { today });
  }

  return {
    kind: 'browser',
    name,

    async check(request: RunRequest, progress?: Progress, signal?: JobSignal): Promise<CheckOutcome> {
      const checked = await tracker(1, progress, signal).check(request);
      if (!checked.ok) return unread(checked.problem);
      // a Cancel pressed while the check held the page is seen now, rather than after its result is shown
      await step(progress, 1, 1, 'Checked');
      stopIfCancelled(signal);
      return checked.value;
    },

    async preview(request: WriteRequest, signal?: JobSignal): Promise<PlannedWrite> {
      stopIfCancelled(signal);
      // a preview writes nothing: it is checked and planned in one go, and looked at once after
      const attempt = now(openTracker(source, { today }).plan(request));
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      await nextTurn();
      stopIfCancelled(signal);
      return done.ok ? { plan: done.value.plan, notes: done.value.notes } : { plan: null, notes: [...run.notes, done.problem.message] };
    },

    async write(request: WriteRequest, progress?: Progress, signal?: JobSignal): Promise<WriteOutcome> {
      const attempt = await tracker(3, progress, signal).write(request);
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      // a workbook that cannot be written into keeps its check: the pane says why, and the workbook is as it was
      if (!done.ok) return notWritten(run, done.problem.message);
      await step(progress, 2, 3, 'Reading the written copy back');
      // the last look: from here to the copy being kept, nothing gives way to the page
      stopIfCancelled(signal);
      const outcome = keep(done.value.output.bytes, { written: true, sheets: done.value.sheets, notes: done.value.notes });
      progress?.(3, 3, 'Written');
      return outcome;
    },

    async saveSettings(request: RunRequest, signal?: JobSignal): Promise<WriteOutcome> {
      const attempt = await tracker(1, undefined, signal).saveSettings(request);
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      if (!done.ok) return notWritten(run, done.problem.message);
      await nextTurn();
      stopIfCancelled(signal);
      return keep(done.value.bytes, { written: true, sheets: [], notes: run.notes });
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
