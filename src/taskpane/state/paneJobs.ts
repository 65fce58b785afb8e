/**
 * The pane's jobs (check, preview, write, save), one at a time, each with a timeout and a way to cancel.
 * A stopped job is told through its signal, and the host stops at its next step (in Excel, after the sync
 * it is in: a sync cannot be interrupted) and tidies up; the pane stops waiting for it at once. The next
 * job waits until the stopped one has finished tidying up, so two never write at the same time.
 */

import { stopIfCancelled, type JobSignal } from '../../core';

export type JobKind = 'check' | 'preview' | 'write' | 'save';

/**
 * How long each job may run before the pane stops it. A check (and a preview or a save, which check
 * first) gets 2 minutes, what the command line gives a file (`--timeout`): the engine takes well under
 * a second at 100,000 rows, so the rest is Excel reading the sheets out in chunks, slowest in Excel on the
 * web, and a check still going after 2 minutes is one Excel has stopped answering (a sync that hangs). A
 * write checks first and then sends every cell it writes, in chunks of its own: 5 minutes.
 */
export const JOB_TIMEOUTS_MS: Readonly<Record<JobKind, number>> = { check: 120_000, preview: 120_000, write: 300_000, save: 120_000 };

export type StopReason = 'cancelled' | 'timed-out';

/** What a job's promise rejects with when the pane stopped waiting for it. */
export class JobStopped extends Error {
  constructor(readonly reason: StopReason, readonly started: boolean) {
    super(reason === 'cancelled' ? 'Cancelled.' : 'Timed out.');
    this.name = 'JobStopped';
  }
}

export interface PaneJobs {
  /**
   * Runs a job: its result, or JobStopped at once when it is cancelled or runs past its time. `onWaiting`
   * is told when the job must first wait for a stopped one to finish tidying up.
   */
  run<T>(kind: JobKind, work: (signal: JobSignal) => Promise<T>, onWaiting?: () => void): Promise<T>;
  running(): boolean;
  /** stops the running job, if any */
  cancel(): void;
}

export function createJobs(timeouts: Readonly<Record<JobKind, number>> = JOB_TIMEOUTS_MS): PaneJobs {
  let cancelRunning: (() => void) | null = null;
  // the last job's own end, whether the pane waited for it or not
  let previous: Promise<void> = Promise.resolve();
  let previousDone = true;

  return {
    running: () => cancelRunning !== null,
    cancel: () => cancelRunning?.(),
    run<T>(kind: JobKind, work: (signal: JobSignal) => Promise<T>, onWaiting?: () => void): Promise<T> {
      if (cancelRunning) return Promise.reject(new Error('Another job is running.'));
      const controller = new AbortController();
      let started = false;
      let stop: (reason: StopReason) => void = () => undefined;
      const stopped = new Promise<never>((_, reject) => {
        stop = (reason) => {
          if (controller.signal.aborted) return;
          controller.abort();
          reject(new JobStopped(reason, started));
        };
      });
      const timer = setTimeout(() => stop('timed-out'), timeouts[kind]);
      cancelRunning = () => stop('cancelled');
      if (!previousDone) onWaiting?.();
      const own = previous.then(() => {
        stopIfCancelled(controller.signal);
        started = true;
        return work(controller.signal);
      });
      const end = own.then(() => undefined, () => undefined);
      previous = end;
      previousDone = false;
      void end.then(() => {
        if (previous === end) previousDone = true;
      });
      return Promise.race([own, stopped]).finally(() => {
        clearTimeout(timer);
        cancelRunning = null;
      });
    },
  };
}

/** "2 minutes", "30 seconds": a timeout as a person would say it. */
function duration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  const s = Math.max(1, Math.round(ms / 1000));
  return `${s} second${s === 1 ? '' : 's'}`;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * What the pane says when it stopped a job: what happened, and what it means for the workbook. In Excel a
 * stopped write is tidied up by the host once the sync it was in ends; in the browser a write goes into a
 * new copy that is kept only once complete, so a stopped one leaves the workbook as it was.
 */
export function stoppedMessage(stop: JobStopped, job: { readonly kind: JobKind; readonly what: string }, host: 'excel' | 'browser', timeouts: Readonly<Record<JobKind, number>> = JOB_TIMEOUTS_MS): string {
  const limit = duration(timeouts[job.kind]);
  if (!stop.started) {
    return stop.reason === 'cancelled'
      ? `Stopped before ${lowerFirst(job.what)} began: nothing was done.`
      : `${job.what} did not start: the job before it was still tidying up after ${limit}. Try again in a moment; if this goes on, reload the add-in.`;
  }
  const what = stop.reason === 'cancelled' ? `Stopped ${lowerFirst(job.what)}.` : `${job.what} took longer than ${limit}, so Tracker Check stopped it.`;
  const busy = stop.reason === 'timed-out' && host === 'excel' ? ' Excel may be busy: try again in a moment.' : '';
  switch (job.kind) {
    case 'check':
    case 'preview':
      return `${what} Nothing was changed.${busy}`;
    case 'write':
      return host === 'excel'
        ? `${what} Tracker Check is tidying up what it had started to write: your own cells were not changed.${busy}`
        : `${what} Nothing was written: the workbook is as it was.`;
    case 'save':
      return host === 'excel'
        ? `${what} Your own cells were not changed, but the settings may not have been saved: save the mapping again to be sure.${busy}`
        : `${what} Nothing was saved: the workbook is as it was.`;
  }
}
