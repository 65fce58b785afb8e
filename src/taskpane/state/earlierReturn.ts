import type { AsAtSource, ChangesInput, ChangesModel, IsoDate, Result, RunRequest, WorkbookReport } from '../../core';

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
 * reader and the comparing are fetched only now, in the chunk a browser-opened workbook uses: in Excel they
 * are otherwise never downloaded. Nothing leaves the machine: the file is read here.
 */
export async function compareWithEarlier(file: File, current: { readonly name: string; readonly report: WorkbookReport }, request: RunRequest, today: () => IsoDate): Promise<Result<PaneChanges>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { compareReturns } = await import(/* webpackChunkName: "xlsx" */ './compareReturns');
  return compareReturns(file.name, bytes, current, request, today);
}
