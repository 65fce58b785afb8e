/// <reference types="office-js" />
/**
 * The task pane's host inside Excel: each job one Excel.run, through the same front as the CLI's and the
 * browser's (src/core/front) over the open workbook (officeSource.ts). Nothing is written unless the pane
 * asks, and never to a cell of the user's.
 */

import { openTracker, type Problem, type PreparedRun, todayIso, type CheckOutcome, type PlannedWrite, type WorkbookHost, type WriteOutcome } from '../../core';
import { officeSource } from './officeSource';

/** Excel.run, with its options */
type Run = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Every batch waits while the user is typing in a cell: without this, Excel fails a batch that reaches
 * it during a cell edit (Excel.RunOptions.delayForCellEdit), part-way through a write and its tidy-up.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

const notWritten = (run: PreparedRun, why: string): WriteOutcome => ({ written: false, sheets: [], notes: [...run.notes, why] });

/** Excel's reads give a grid or throw (OfficeWriteError and the like, for the pane to say): a source here never fails as a value. */
function unread(problem: Problem): never {
  throw new Error(problem.message);
}

export function createExcelHost(run: Run = (options, batch) => Excel.run(options, batch), today = () => todayIso()): WorkbookHost {
  const excelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => run(RUN_OPTIONS, batch);
  const tracker = (context: Excel.RequestContext) => openTracker(officeSource(context), { today });

  return {
    kind: 'excel',
    name: 'this workbook',

    check: (request, progress, signal) => excelRun(async (context): Promise<CheckOutcome> => {
      const checked = await tracker(context).check(request, { progress, signal });
      return checked.ok ? checked.value : unread(checked.problem);
    }),

    preview: (request, signal) => excelRun(async (context): Promise<PlannedWrite> => {
      const attempt = await tracker(context).plan(request, { signal });
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      return done.ok ? { plan: done.value.plan, notes: done.value.notes } : { plan: null, notes: [...run.notes, done.problem.message] };
    }),

    write: (request, progress, signal) => excelRun(async (context): Promise<WriteOutcome> => {
      const attempt = await tracker(context).write(request, { progress, signal });
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      return done.ok ? { written: true, sheets: done.value.sheets, notes: done.value.notes } : notWritten(run, done.problem.message);
    }),

    saveSettings: (request, signal) => excelRun(async (context): Promise<WriteOutcome> => {
      const attempt = await tracker(context).saveSettings(request, { signal });
      if (!attempt.ok) return unread(attempt.problem);
      const { run, done } = attempt.value;
      return done.ok ? { written: true, sheets: [], notes: run.notes } : notWritten(run, done.problem.message);
    }),

    select: (sheet, cell) => excelRun(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }),

    activate: (sheet) => excelRun(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    }),
  };
}
