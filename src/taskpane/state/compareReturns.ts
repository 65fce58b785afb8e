import { compareWorkbooks, listChanges, ok, type Result, type IsoDate, type RunRequest, type WorkbookReport } from '../../core';
import { checkReturn } from '../../workbook/xlsx/checkReturn';
import type { PaneChanges } from './earlierReturn';

/**
 * The earlier return's bytes checked as the command line's compare checks a return, and compared with the
 * workbook as the pane last checked it. Loaded with the .xlsx reader, as one chunk, only when a user compares.
 */
export function compareReturns(name: string, bytes: Uint8Array, current: { readonly name: string; readonly report: WorkbookReport }, request: RunRequest, today: () => IsoDate): Result<PaneChanges> {
  // the current workbook's own as-at date and mappings are its; only how to judge (rules, thresholds) is shared
  const earlier = checkReturn(name, bytes, { ruleSet: request.ruleSet, amberDays: request.amberDays, planStart: request.planStart }, undefined, today);
  if (!earlier.ok) return earlier;
  const comparison = compareWorkbooks({ file: name, report: earlier.value.run.report }, { file: current.name, report: current.report });
  const input = { comparison, oldSheets: earlier.value.run.report.sheets, newSheets: current.report.sheets };
  return ok({ input, model: listChanges(input), earlier: { name, asAtFrom: earlier.value.asAtFrom } });
}
