/**
 * The engine's one front: a workbook opened through its source (a package, or Excel), then checked,
 * planned (a dry run of the write, for the pane to show and the CLI's tests to assert), written, or given
 * its settings. The CLI, both pane hosts and the bench run through this, so a run is assembled once:
 *
 *   read ─► prepareRun (settings, product output set aside, checkWorkbook) ─► refusals ─► planRun ─► apply
 *
 * Failures a person can meet are values: reading a workbook that cannot be read gives { ok: false }; a
 * write that is refused or fails gives the checked run and { ok: false } for the write, so the check's
 * report still stands.
 */

import type { IsoDate } from '../dates/isoDays';
import type { WritePlan } from '../plan/writePlan';
import type { ChangesInput } from '../summary/listChanges';
import { fail, ok, type Result } from '../result';
import { planRun, settingsOnlyRows } from '../run/planRun';
import { isChecked, prepareRun, type CheckedRun, type PreparedRun } from '../run/prepareRun';
import type { RunRequest, WriteRequest } from '../run/workbookHost';
import { andThen, type Cleaned, type Job, type SourceRead, type Step, type TrackerSource, type WriteAccess, type WrittenBase } from './trackerSource';

/** A run, and how what was asked of it after the check went. */
export interface Attempt<T> {
  readonly run: PreparedRun;
  readonly done: Result<T>;
}

export interface Planned {
  readonly run: CheckedRun;
  readonly plan: WritePlan;
  /** the run's notes, then what taking out the previous output found, then the plan's */
  readonly notes: readonly string[];
}

export interface Written<W> {
  /** what the source gave back: the written package's bytes, or what Excel said */
  readonly output: W;
  /** the product's sheets as written, in workbook order */
  readonly sheets: readonly string[];
  readonly notes: readonly string[];
}

export interface WriteOptions extends RunRequest {
  /** which summary sheets to write (all that apply when absent); the product's columns are always written */
  readonly summaries?: WriteRequest['summaries'];
  /** what changed since an earlier return (compare), written as the Changes sheet */
  readonly changes?: ChangesInput;
  /** store this run's settings in the workbook, not only the mappings confirmed (see planRun's settingsToSave) */
  readonly save?: boolean;
}

export interface Tracker<W extends WrittenBase> {
  readonly name: string;
  check(request: RunRequest, job?: Job): Step<Result<PreparedRun>>;
  /** what a write would do, written nowhere */
  plan(request: WriteOptions, job?: Job): Step<Result<Attempt<Planned>>>;
  /** whether a write would go ahead, and if not, why */
  isItPossibleToWrite(request: WriteOptions, job?: Job): Step<Result<true>>;
  write(request: WriteOptions, job?: Job): Step<Result<Attempt<Written<W>>>>;
  /** stores this run's settings and mappings, and writes nothing else */
  saveSettings(request: RunRequest, job?: Job): Step<Result<Attempt<W>>>;
  /** takes out everything the product wrote: its columns, its sheets and its settings */
  clean(job?: Job): Step<Result<Cleaned<W>>>;
}

export interface TrackerOptions {
  /** the as-at date when neither the run nor the workbook sets one */
  readonly today: () => IsoDate;
}

/** A step the caller knows is synchronous (a package in memory): its value now. */
export function now<T>(step: Step<T>): T {
  if (step instanceof Promise) throw new Error('a synchronous source gave a promise');
  return step;
}

const withNotes = (run: PreparedRun, notes: readonly string[]): PreparedRun => (notes.length === 0 ? run : { ...run, notes: [...run.notes, ...notes] });

export function openTracker<W extends WrittenBase>(source: TrackerSource<W>, options: TrackerOptions): Tracker<W> {
  /** the run checked, and for a write its access; a workbook that cannot be read as the failure */
  function checked(request: RunRequest, forWrite: boolean, job: Job): Step<Result<{ run: PreparedRun; open: SourceRead<W>['access'] }>> {
    const today = options.today();
    return andThen(source.read(request, today, forWrite, job), (read) => {
      if (!read.ok) return read;
      // the grid is let go here: only the run, and the way in, go on
      return ok({ run: withNotes(prepareRun(read.value.grid, request, today), read.value.notes), open: read.value.access });
    });
  }

  /** the way in for a checked run; why not, for one that is not */
  function access(run: PreparedRun, open: SourceRead<W>['access'], purpose: 'write' | 'settings'): Step<Result<{ run: CheckedRun; access: WriteAccess<W> }>> {
    if (!isChecked(run)) return fail('not-checked', run.report.message, run.report.where);
    if (!open) throw new Error('a run read for a check was asked to write');
    return andThen(open(run, purpose), (opened) => (opened.ok ? ok({ run, access: opened.value }) : opened));
  }

  function planned(request: WriteOptions, job: Job): Step<Result<Attempt<Planned & { access: WriteAccess<W> }>>> {
    return andThen(checked(request, true, job), (read) => {
      if (!read.ok) return read;
      const { run } = read.value;
      return andThen(access(run, read.value.open, 'write'), (opened) => {
        if (!opened.ok) return ok({ run, done: opened });
        return andThen(opened.value.access.prepare(), (prepared) => {
          if (!prepared.ok) return ok({ run, done: prepared });
          const plan = planRun(opened.value.run, prepared.value.facts, { save: request.save ?? false, summaries: request.summaries, changes: request.changes });
          const notes = [...run.notes, ...prepared.value.notes, ...plan.notes];
          return ok({ run, done: ok({ run: opened.value.run, plan, notes, access: opened.value.access }) });
        });
      });
    });
  }

  return {
    name: source.name,

    check: (request, job = {}) => andThen(checked(request, false, job), (read) => (read.ok ? ok(read.value.run) : read)),

    plan: (request, job = {}) =>
      andThen(planned(request, job), (attempt) => {
        if (!attempt.ok || !attempt.value.done.ok) return attempt;
        const { access: _access, ...plan } = attempt.value.done.value;
        return ok({ run: attempt.value.run, done: ok(plan) });
      }),

    isItPossibleToWrite: (request, job = {}) =>
      andThen(planned(request, job), (attempt) => {
        if (!attempt.ok) return attempt;
        return attempt.value.done.ok ? ok(true as const) : attempt.value.done;
      }),

    write: (request, job = {}) =>
      andThen(planned(request, job), (attempt) => {
        if (!attempt.ok || !attempt.value.done.ok) return attempt as Result<Attempt<Written<W>>>;
        const { run } = attempt.value;
        const { plan, notes, access: writer } = attempt.value.done.value;
        return andThen(writer.apply(plan, job), (applied) => {
          if (!applied.ok) return ok({ run, done: applied });
          const output = applied.value;
          const sheets = output.sheets ?? plan.sheets.map((s) => s.name);
          return ok({ run, done: ok({ output, sheets, notes: [...notes, ...(output.notes ?? [])] }) });
        });
      }),

    saveSettings: (request, job = {}) =>
      andThen(checked(request, true, job), (read) => {
        if (!read.ok) return read;
        const { run } = read.value;
        return andThen(access(run, read.value.open, 'settings'), (opened) => {
          if (!opened.ok) return ok({ run, done: opened });
          const owned = opened.value.run.owned ?? { sheets: [], columns: [] };
          return andThen(opened.value.access.saveSettings(settingsOnlyRows(opened.value.run), owned, job), (saved) => ok({ run, done: saved }));
        });
      }),

    clean: (job = {}) => (source.clean ? source.clean(job) : fail('cannot-clean', `Tracker Check's output can be taken out of a workbook file only (tracker-check clean), not of ${source.name}.`)),
  };
}
