import { planWrites, type PlanOptions, type WorkbookFacts } from '../plan/planWrites';
import { settingsToRows, type SettingsRow } from '../plan/settingsRows';
import type { WritePlan } from '../plan/writePlan';
import type { Settings } from '../settings';
import type { CheckedRun } from './prepareRun';
import { withMappings } from './runSettings';

export interface RunPlanOptions extends PlanOptions {
  /** store this run's settings in the workbook, not only the mappings the user confirmed (see settingsToSave) */
  readonly save: boolean;
}

/**
 * The settings a write stores. Saving stores this run's: its rule set and thresholds, an as-at date only
 * when one was asked for (otherwise each later run is as at its own day), and the mapping of every sheet
 * checked. Otherwise the saved settings stay as they were, but for the mappings the user confirmed.
 */
export function settingsToSave(run: CheckedRun, save: boolean): Settings {
  const { base, request, settings, report } = run;
  const confirmed = request.mappings ? withMappings(base.mappings, request.mappings) : base.mappings;
  if (!save) return request.mappings ? { ...base, mappings: confirmed } : base;
  return { ...settings, asAt: request.asAt ?? base.asAt, mappings: withMappings(confirmed, report.sheets.map((s) => s.mapping)) };
}

/**
 * What to write for a checked run, as planWrites plans it, given the workbook as the host now holds it
 * with the product's previous output taken out. Columns left by an earlier run on a sheet not checked now
 * are not put back: the output is this run's, and the plan says so.
 */
export function planRun(run: CheckedRun, facts: WorkbookFacts, options: RunPlanOptions): WritePlan {
  const checked = new Set(run.report.sheets.map((s) => s.name));
  const only = run.request.sheet !== undefined ? ` (only "${run.request.sheet}" was)` : '';
  const notes = [...new Set((run.owned?.columns ?? []).map((c) => c.sheet))]
    .filter((sheet) => !checked.has(sheet))
    .map((sheet) => `Tracker Check's columns on sheet "${sheet}" were taken out: that sheet was not checked this time${only}.`);
  // a Changes sheet says what changed since one earlier return: a run without that return cannot remake it
  if (!options.changes) {
    for (const s of run.owned?.sheets ?? []) {
      if (s.kind === 'changes') notes.push(`Tracker Check's sheet "${s.name}" from an earlier compare was taken out: compare this workbook with its earlier return again to write it.`);
    }
  }
  const plan = planWrites(run.report, run.settings, settingsToSave(run, options.save), run.owned, facts, { summaries: options.summaries, changes: options.changes });
  return { ...plan, notes: [...notes, ...plan.notes] };
}

/** The settings sheet's rows when only the settings are saved: this run's, and what the product owns already. */
export function settingsOnlyRows(run: CheckedRun): SettingsRow[] {
  return settingsToRows(settingsToSave(run, true), run.owned ?? { sheets: [], columns: [] });
}
