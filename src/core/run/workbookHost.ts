/**
 * What the task pane asks of a workbook, whichever host holds it: Excel itself, or a .xlsx file
 * opened in a browser. The pane orchestrates through this and nothing else, so both hosts run the same
 * flow, and each host runs the same engine and the same plan of writes.
 */

import type { WorkbookReport, SheetProblem } from '../checkWorkbook';
import type { CheckedSettings } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import type { RuleSet, SheetMapping } from '../settings';
import type { SummaryKind, WritePlan } from '../plan/writePlan';
import type { ChangesInput } from '../summary/listChanges';

/** What this run is asked, over what the workbook has saved. */
export interface RunRequest {
  readonly asAt?: IsoDate;
  readonly ruleSet?: RuleSet;
  readonly amberDays?: number;
  /** the plan start that places relative dates ("Year 2"); null clears one the workbook has saved */
  readonly planStart?: IsoDate | null;
  /** only this sheet; every tracker sheet when absent */
  readonly sheet?: string;
  /** mappings the user has confirmed or changed in the pane, by sheet; they replace saved or detected ones */
  readonly mappings?: readonly SheetMapping[];
}

export interface WriteRequest extends RunRequest {
  /** which summary sheets to write; the product's columns on each tracker sheet are always written */
  readonly summaries: readonly SummaryKind[];
  /** what changed since an earlier return (compare), written as the Changes sheet */
  readonly changes?: ChangesInput;
}

export interface CheckOutcome {
  readonly report: WorkbookReport | SheetProblem;
  readonly settings: CheckedSettings;
  /** whether the workbook held settings this run used */
  readonly usedSavedSettings: boolean;
  /** the summary sheets the product wrote last time, so a refresh keeps them */
  readonly ownedSummaries: readonly SummaryKind[];
  /** what a person should know: saved settings that could not be read, and the like */
  readonly notes: readonly string[];
}

export interface PlannedWrite {
  /** null when nothing may be written; `notes` then says why */
  readonly plan: WritePlan | null;
  readonly notes: readonly string[];
}

export interface WriteOutcome {
  readonly written: boolean;
  /** the product's sheets as written, in workbook order */
  readonly sheets: readonly string[];
  readonly notes: readonly string[];
}

/** How far a long job has got: `done` of `total` steps, and what it is doing, in a person's words. */
export type Progress = (done: number, total: number, what: string) => void;

/**
 * Lets the pane stop a job it has given up on (Cancel, or a timeout): a host looks at it between its
 * steps, and for Excel between syncs, never in the middle of one, so a stopped write is tidied up as any
 * write that stopped. The browser's AbortSignal is one.
 */
export interface JobSignal {
  readonly aborted: boolean;
}

/** What a host throws when a job's signal was aborted before it finished. */
export class JobCancelled extends Error {
  constructor(message = 'Stopped: nothing more was done.') {
    super(message);
    this.name = 'JobCancelled';
  }
}

/** throws JobCancelled if the job has been stopped */
export function stopIfCancelled(signal: JobSignal | undefined): void {
  if (signal?.aborted) throw new JobCancelled();
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'browser';
  /** the file's or workbook's name, to show */
  readonly name: string;
  check(request: RunRequest, progress?: Progress, signal?: JobSignal): Promise<CheckOutcome>;
  /** the plan a write would apply, for the pane to show before anything is written */
  preview(request: WriteRequest, signal?: JobSignal): Promise<PlannedWrite>;
  write(request: WriteRequest, progress?: Progress, signal?: JobSignal): Promise<WriteOutcome>;
  /** saves the settings, with these mappings, and writes nothing else */
  saveSettings(request: RunRequest, signal?: JobSignal): Promise<WriteOutcome>;
  /** selects a cell ("E7") on a sheet, and shows it */
  select(sheet: string, cell: string): Promise<void>;
  /** makes a sheet the active one */
  activate(sheet: string): Promise<void>;
}
