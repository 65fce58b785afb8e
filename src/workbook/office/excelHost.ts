/// <reference types="office-js" />
/**
 * The task pane's host inside Excel: the open workbook read through Office.js into the engine's grid (the
 * status columns' fill colours included), run through the same steps as the CLI's and the browser's
 * (src/core/run), and the plan of writes applied in bulk by applyOfficePlan. Nothing is written unless the
 * pane asks, and never to a cell of the user's.
 */

import { statusFillRanges } from '../../core/run/fillRanges';
import { planRun, settingsOnlyRows } from '../../core/run/planRun';
import { isChecked, prepareRun, type CheckedRun, type PreparedRun } from '../../core/run/prepareRun';
import { editedNote, lockedNote } from '../../core/run/refusals';
import { ownedSheetNames } from '../../core/run/savedSettings';
import { todayIso } from '../../core/run/today';
import { stopIfCancelled, type CheckOutcome, type JobSignal, type PlannedWrite, type Progress, type RunRequest, type WorkbookHost, type WriteOutcome, type WriteRequest } from '../../core/run/workbookHost';
import type { WritePlan } from '../../core/plan/writePlan';
import { applyOfficePlan } from './applyOfficePlan';
import { readOfficeFacts, type OfficeFacts } from './readOfficeFacts';
import { readOfficeFills } from './readOfficeFills';
import { readOfficeGrid } from './readOfficeGrid';

/** Excel.run, with its options */
type Run = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Every batch waits while the user is typing in a cell: without this, Excel fails a batch that reaches
 * it during a cell edit (Excel.RunOptions.delayForCellEdit), part-way through a write and its tidy-up.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** A run that may write: the checked run and the facts a plan needs; or why nothing may be written. */
type Planned = { run: CheckedRun; facts: OfficeFacts; plan: WritePlan } | { refused: WriteOutcome };

const refused = (run: PreparedRun, why: string): { refused: WriteOutcome } => ({ refused: { written: false, sheets: [], notes: [...run.notes, why] } });

export function createExcelHost(run: Run = (options, batch) => Excel.run(options, batch), today = () => todayIso()): WorkbookHost {
  const excelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => run(RUN_OPTIONS, batch);

  /** the steps of a job, each read a few syncs: a stopped job ends between them */
  async function check(context: Excel.RequestContext, request: RunRequest, progress?: Progress, skip?: ReadonlySet<string>, signal?: JobSignal): Promise<PreparedRun> {
    progress?.(0, 2, 'Reading the workbook');
    stopIfCancelled(signal);
    const { grid } = await readOfficeGrid(context, skip ? { sheets: (name) => !skip.has(name.toLowerCase()) } : {});
    const day = today();
    stopIfCancelled(signal);
    // a status may be a cell's colour alone: the status columns' fills are read, and no others
    const filled = await readOfficeFills(context, grid, statusFillRanges(grid, request, day));
    progress?.(1, 2, 'Checking the tracker');
    stopIfCancelled(signal);
    return prepareRun(filled.grid, request, day);
  }

  /** The facts first: they say which sheets are the product's, and those need not be read again. */
  async function checkWithFacts(context: Excel.RequestContext, request: RunRequest, progress?: Progress, signal?: JobSignal): Promise<{ facts: OfficeFacts; run: PreparedRun }> {
    stopIfCancelled(signal);
    const { facts } = await readOfficeFacts(context);
    return { facts, run: await check(context, request, progress, ownedSheetNames(facts.previous?.owned ?? null), signal) };
  }

  async function plan(context: Excel.RequestContext, request: WriteRequest, progress?: Progress, signal?: JobSignal): Promise<Planned> {
    const { facts, run } = await checkWithFacts(context, request, progress, signal);
    if (!isChecked(run)) return refused(run, run.report.message);
    if (facts.edited.length > 0) return refused(run, editedNote([...facts.edited], 'nothing was written'));
    if (facts.structureLocked) return refused(run, lockedNote('wrote nothing into it'));
    return { run, facts, plan: planRun(run, facts, { save: false, summaries: request.summaries }) };
  }

  return {
    kind: 'excel',
    name: 'this workbook',

    check: (request, progress, signal) => excelRun(async (context) => {
      const run = await check(context, request, progress, undefined, signal);
      const outcome: CheckOutcome = run;
      return outcome;
    }),

    preview: (request, signal) => excelRun(async (context): Promise<PlannedWrite> => {
      const planned = await plan(context, request, undefined, signal);
      if ('refused' in planned) return { plan: null, notes: planned.refused.notes };
      return { plan: planned.plan, notes: [...planned.run.notes, ...planned.plan.notes] };
    }),

    write: (request, progress, signal) => excelRun(async (context): Promise<WriteOutcome> => {
      const planned = await plan(context, request, progress, signal);
      if ('refused' in planned) return planned.refused;
      const applied = await applyOfficePlan(context, planned.plan, planned.facts.previous, { progress, signal });
      return { written: true, sheets: applied.sheets, notes: [...planned.run.notes, ...planned.plan.notes, ...applied.notes] };
    }),

    saveSettings: (request, signal) => excelRun(async (context): Promise<WriteOutcome> => {
      const { facts, run } = await checkWithFacts(context, request, undefined, signal);
      if (!isChecked(run)) return refused(run, run.report.message).refused;
      if (facts.structureLocked) return refused(run, lockedNote('saved nothing')).refused;
      // the settings sheet alone: the product's columns and sheets stay as they are, and still its own
      const settingsOnly: WritePlan = { trackerColumns: [], sheets: [], settingsRows: settingsOnlyRows(run), owned: run.owned ?? { sheets: [], columns: [] }, notes: [] };
      await applyOfficePlan(context, settingsOnly, null, { signal });
      return { written: true, sheets: [], notes: run.notes };
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
