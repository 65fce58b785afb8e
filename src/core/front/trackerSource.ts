/**
 * What the front (openTracker.ts) asks of a workbook, whichever holds it: a .xlsx package (the CLI, the
 * browser) or Excel itself. A source only reads and writes; the run (which settings, what is checked, what
 * is refused and in what order, what is planned) is the front's, so every face runs the same one.
 *
 * A source is synchronous (a package in memory) or asynchronous (Excel, one request at a time): the front
 * runs the same steps either way (see Step), so a run over a package stays a plain function call.
 */

import type { IsoDate } from '../dates/isoDays';
import type { WorkbookGrid } from '../grid';
import type { WorkbookFacts } from '../plan/planWrites';
import type { SettingsRow } from '../plan/settingsRows';
import type { Ownership, WritePlan } from '../plan/writePlan';
import type { Result } from '../result';
import type { CheckedRun } from '../run/prepareRun';
import type { JobSignal, Progress, RunRequest } from '../run/workbookHost';

/** A value now (a package) or later (Excel). */
export type Step<T> = T | Promise<T>;

/** What a job is given by the face that runs it: where to say how far it has got, and how to stop it. */
export interface Job {
  readonly progress?: Progress;
  readonly signal?: JobSignal;
}

/** The workbook as a check reads it. */
export interface SourceRead<Written> {
  /** the settings sheet and the user's sheets read; the product's own sheets listed unread */
  readonly grid: WorkbookGrid;
  /** what a person should know of the package itself, after the run's own notes */
  readonly notes: readonly string[];
  /**
   * For a run read to be written: the way in, once the run is checked (see WriteAccess). It holds nothing
   * of the grid: a tracker's grid can go before its write begins.
   */
  readonly access?: (run: CheckedRun, purpose: 'write' | 'settings') => Step<Result<WriteAccess<Written>>>;
}

/**
 * A workbook opened for writing a checked run. Sources refuse in one order: for a write, the product's
 * output edited since it was written ('edited'); then a package that cannot be written into
 * ('write-failed'); then a locked structure ('locked'). The wording is src/core/run/refusals.ts's.
 */
export interface WriteAccess<Written> {
  /** takes the product's previous output out (of a copy, for a package) and says what a plan needs to know */
  prepare(): Step<Result<{ readonly facts: WorkbookFacts; readonly notes: readonly string[] }>>;
  apply(plan: WritePlan, job: Job): Step<Result<Written>>;
  /** writes the settings sheet alone: the product's columns and sheets stay as they are */
  saveSettings(rows: readonly SettingsRow[], owned: Ownership, job: Job): Step<Result<Written>>;
}

/** A workbook with the product's output taken out, or why it could not be. */
export interface Cleaned<Written> {
  readonly removed: boolean;
  /** there was output to remove, but it could not be removed safely: the notes say why */
  readonly blocked: boolean;
  readonly notes: readonly string[];
  /** the workbook as it now is (for a package, the bytes it came as when nothing was removed) */
  readonly output: Written;
}

export interface TrackerSource<Written> {
  /** the file's or workbook's name, to show */
  readonly name: string;
  /** Reads what a check needs; `forWrite` when the run may be written (its access then comes with it). */
  read(request: RunRequest, today: IsoDate, forWrite: boolean, job: Job): Step<Result<SourceRead<Written>>>;
  /** Takes out everything the product wrote, where the source can (a package: `tracker-check clean`). */
  clean?(job: Job): Step<Result<Cleaned<Written>>>;
}

/** What a write gave, whichever source: the product's sheets and anything the source itself has to say. */
export interface WrittenBase {
  /** the product's sheets as written, in workbook order, when the source knows them better than the plan */
  readonly sheets?: readonly string[];
  readonly notes?: readonly string[];
}

/** Runs `then` on a step's value: at once for a value, when it comes for a promise. */
export function andThen<T, U>(step: Step<T>, then: (value: T) => Step<U>): Step<U> {
  return step instanceof Promise ? step.then(then) : then(step);
}
