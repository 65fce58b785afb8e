import type { CheckedSettings } from '../../src/core/checkSheet';
import { checkWorkbook, type WorkbookReport } from '../../src/core/checkWorkbook';
import { planWrites } from '../../src/core/plan/planWrites';
import { withoutProductOutput } from '../../src/core/run/withoutProductOutput';
import { SETTINGS_SHEET, type SummaryKind, type WritePlan } from '../../src/core/plan/writePlan';
import { makeSettings } from '../../src/core/settings';
import { applyOfficePlan, type Applied, type ApplyOptions } from '../../src/workbook/office/applyOfficePlan';
import { readOfficeFacts, type FactsStats, type OfficeFacts, type PreviousOutput } from '../../src/workbook/office/readOfficeFacts';
import { readOfficeGrid } from '../../src/workbook/office/readOfficeGrid';
import type { FakeExcel, SheetSnapshot } from '../support/fakeExcel';
import { reportOf } from '../support/reportOf';

/**
 * Test helper: one run of the add-in on a fake workbook, the way the CLI's processWorkbook runs on a file:
 * read what Tracker Check wrote before and the user's grid (its own sheets left out), check the grid with
 * its own columns blanked, plan with the facts read, and apply the plan unless someone has typed into
 * what it wrote.
 */
export interface OfficeRun {
  readonly facts: OfficeFacts;
  readonly factsStats: FactsStats;
  readonly report: WorkbookReport;
  /** null when the facts say nothing may be written */
  readonly plan: WritePlan | null;
  /** syncs before the apply began, counted from the workbook's first */
  readonly syncsBeforeApply: number;
  /** requests (syncs that wrote) before the apply began */
  readonly requestsBeforeApply: number;
  readonly applied?: Applied;
}

export const AS_AT = '2010-09-30' as const;
export const firstSettings = (): CheckedSettings => ({ ...makeSettings({ asAt: AS_AT }), asAt: AS_AT });

const isOurs = (previous: PreviousOutput | null, name: string): boolean =>
  name.toLowerCase() === SETTINGS_SHEET.toLowerCase() || (previous?.owned.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()) ?? false);

export interface RunOptions extends ApplyOptions {
  readonly summaries?: readonly SummaryKind[];
  /** called just before the plan is applied: a test injects a failure there */
  readonly beforeApply?: () => void;
}

export async function runOffice(excel: FakeExcel, options: RunOptions = {}): Promise<OfficeRun> {
  const { facts, stats: factsStats } = await readOfficeFacts(excel.context);
  const { grid } = await readOfficeGrid(excel.context, { sheets: (name) => !isOurs(facts.previous, name) });
  const saved = facts.saved?.ok ? facts.saved.value.settings : null;
  const settings: CheckedSettings = saved ? { ...saved, asAt: saved.asAt ?? AS_AT } : firstSettings();
  const report = reportOf(checkWorkbook(withoutProductOutput(grid, facts.previous?.owned ?? null, facts.previous?.placed ?? []), settings));
  const syncsBeforeApply = excel.syncs;
  const requestsBeforeApply = excel.requests.length;
  if (facts.edited.length > 0 || facts.structureLocked) return { facts, factsStats, report, plan: null, syncsBeforeApply, requestsBeforeApply };
  const plan = planWrites(report, settings, saved ?? settings, facts.previous?.owned ?? null, facts, { summaries: options.summaries });
  options.beforeApply?.();
  const applied = await applyOfficePlan(excel.context, plan, facts.previous, options);
  return { facts, factsStats, report, plan, syncsBeforeApply, requestsBeforeApply, applied };
}

export const TEMPORARY = /^Tracker Check writing/;

/** the sheets of a snapshot the user owns: all but Tracker Check's (as a plan names them) */
export function userSheets(snapshot: readonly SheetSnapshot[], plan: WritePlan | null): SheetSnapshot[] {
  const ours = new Set([SETTINGS_SHEET, ...(plan?.sheets.map((s) => s.name) ?? [])].map((n) => n.toLowerCase()));
  return snapshot.filter((s) => !ours.has(s.name.toLowerCase()));
}
