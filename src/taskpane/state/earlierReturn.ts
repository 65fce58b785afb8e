import { compareWorkbooks, listChanges, ok, type Result, type AsAtSource, type ChangesInput, type ChangesModel, type IsoDate, type RunRequest, type WorkbookReport } from '../../core';

/** A comparison the pane shows: what changed since an earlier return, and how that return was read. */
export interface PaneChanges {
  /** what a write of the Changes sheet needs */
  readonly input: ChangesInput;
  /** what the pane lists */
  readonly model: ChangesModel;
  readonly earlier: { readonly name: string; readonly asAtFrom: AsAtSource };
}

/**
 * The earlier return the user picked, checked as the command line's compare checks it (its own as-at date:
 * saved, else stated, else today) and compared with the workbook as the pane last checked it. The .xlsx
 * reader is fetched only now, as the chunk a browser-opened workbook uses: in Excel it is otherwise never
 * downloaded. Nothing leaves the machine: the file is read here.
 */
export async function compareWithEarlier(file: File, current: { readonly name: string; readonly report: WorkbookReport }, request: RunRequest, today: () => IsoDate): Promise<Result<PaneChanges>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { checkReturn } = await import(/* webpackChunkName: "xlsx" */ '../../workbook/xlsx/checkReturn');
  // the current workbook's own as-at date and mappings are its; only how to judge (rules, thresholds) is shared
  const earlier = checkReturn(file.name, bytes, { ruleSet: request.ruleSet, amberDays: request.amberDays, planStart: request.planStart }, undefined, today);
  if (!earlier.ok) return earlier;
  const comparison = compareWorkbooks({ file: file.name, report: earlier.value.run.report }, { file: current.name, report: current.report });
  const input: ChangesInput = { comparison, oldSheets: earlier.value.run.report.sheets, newSheets: current.report.sheets };
  return ok({ input, model: listChanges(input), earlier: { name: file.name, asAtFrom: earlier.value.asAtFrom } });
}
