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
import type { CheckOutcome, PlannedWrite, Progress, RunRequest, WorkbookHost, WriteOutcome, WriteRequest } from '../../core/run/workbookHost';
import type { WritePlan } from '../../core/plan/writePlan';
import { applyOfficePlan } from './applyOfficePlan';
import { readOfficeFacts, type OfficeFacts } from './readOfficeFacts';
import { readOfficeFills } from './readOfficeFills';
import { readOfficeGrid } from './readOfficeGrid';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A run that may write: the checked run and the facts a plan needs; or why nothing may be written. */
type Planned = { run: CheckedRun; facts: OfficeFacts; plan: WritePlan } | { refused: WriteOutcome };

const refused = (run: PreparedRun, why: string): { refused: WriteOutcome } => ({ refused: { written: false, sheets: [], notes: [...run.notes, why] } });

export function createExcelHost(excelRun: Run = (batch) => Excel.run(batch), today = () => todayIso()): WorkbookHost {
  async function check(context: Excel.RequestContext, request: RunRequest, progress?: Progress, skip?: ReadonlySet<string>): Promise<PreparedRun> {
    progress?.(0, 2, 'Reading the workbook');
    const { grid } = await readOfficeGrid(context, skip ? { sheets: (name) => !skip.has(name.toLowerCase()) } : {});
    const day = today();
    // a status may be a cell's colour alone: the status columns' fills are read, and no others
    const filled = await readOfficeFills(context, grid, statusFillRanges(grid, request, day));
    progress?.(1, 2, 'Checking the tracker');
    return prepareRun(filled.grid, request, day);
  }

  /** The facts first: they say which sheets are the product's, and those need not be read again. */
  async function checkWithFacts(context: Excel.RequestContext, request: RunRequest, progress?: Progress): Promise<{ facts: OfficeFacts; run: PreparedRun }> {
    const { facts } = await readOfficeFacts(context);
    return { facts, run: await check(context, request, progress, ownedSheetNames(facts.previous?.owned ?? null)) };
  }

  async function plan(context: Excel.RequestContext, request: WriteRequest, progress?: Progress): Promise<Planned> {
    const { facts, run } = await checkWithFacts(context, request, progress);
    if (!isChecked(run)) return refused(run, run.report.message);
    if (facts.edited.length > 0) return refused(run, editedNote([...facts.edited], 'nothing was written'));
    if (facts.structureLocked) return refused(run, lockedNote('wrote nothing into it'));
    return { run, facts, plan: planRun(run, facts, { save: false, summaries: request.summaries }) };
  }

  return {
    kind: 'excel',
    name: 'this workbook',

    check: (request, progress) => excelRun(async (context) => {
      const run = await check(context, request, progress);
      const outcome: CheckOutcome = run;
      return outcome;
    }),

    preview: (request) => excelRun(async (context): Promise<PlannedWrite> => {
      const planned = await plan(context, request);
      if ('refused' in planned) return { plan: null, notes: planned.refused.notes };
      return { plan: planned.plan, notes: [...planned.run.notes, ...planned.plan.notes] };
    }),

    write: (request, progress) => excelRun(async (context): Promise<WriteOutcome> => {
      const planned = await plan(context, request, progress);
      if ('refused' in planned) return planned.refused;
      const applied = await applyOfficePlan(context, planned.plan, planned.facts.previous, { progress });
      return { written: true, sheets: applied.sheets, notes: [...planned.run.notes, ...planned.plan.notes, ...applied.notes] };
    }),

    saveSettings: (request) => excelRun(async (context): Promise<WriteOutcome> => {
      const { facts, run } = await checkWithFacts(context, request);
      if (!isChecked(run)) return refused(run, run.report.message).refused;
      if (facts.structureLocked) return refused(run, lockedNote('saved nothing')).refused;
      // the settings sheet alone: the product's columns and sheets stay as they are, and still its own
      const settingsOnly: WritePlan = { trackerColumns: [], sheets: [], settingsRows: settingsOnlyRows(run), owned: run.owned ?? { sheets: [], columns: [] }, notes: [] };
      await applyOfficePlan(context, settingsOnly, null);
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
