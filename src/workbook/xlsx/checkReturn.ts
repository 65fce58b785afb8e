/**
 * One return of a tracker checked for a comparison, as at its own date: the CLI's compare and the pane's
 * "Compare with an earlier return" both read a return this way.
 */

import { fail, isChecked, now, ok, openTracker, statedAsAt, type AsAtSource, type CheckedRun, type IsoDate, type Result, type RunRequest } from '../../core';
import { xlsxSource } from './xlsxSource';

export interface CheckedReturn {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly run: CheckedRun;
  /** where its as-at date came from */
  readonly asAtFrom: AsAtSource;
}

/**
 * Checks a return as at its date: the one given; else the one saved in it; else the one it states (its
 * latest progress column's date: a quarter's return is written as at its quarter's end); else today.
 */
export function checkReturn(file: string, bytes: Uint8Array, request: RunRequest, given: IsoDate | undefined, today: () => IsoDate): Result<CheckedReturn> {
  const tracker = openTracker(xlsxSource(file, bytes), { today });
  const checked = (asAt: IsoDate | undefined): Result<CheckedRun> => {
    const run = now(tracker.check({ ...request, asAt }));
    if (!run.ok) return run;
    return isChecked(run.value) ? ok(run.value) : fail(run.value.report.code, `${file}: ${run.value.report.message}`, file);
  };
  const first = checked(given);
  if (!first.ok) return first;
  if (given !== undefined) return ok({ file, bytes, run: first.value, asAtFrom: 'given' });
  if (first.value.base.asAt !== undefined) return ok({ file, bytes, run: first.value, asAtFrom: 'saved' });
  const stated = statedAsAt(first.value.report);
  if (stated === null) return ok({ file, bytes, run: first.value, asAtFrom: 'today' });
  const again = checked(stated);
  return again.ok ? ok({ file, bytes, run: again.value, asAtFrom: 'stated' }) : again;
}
