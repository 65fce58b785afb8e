import type { JobSignal } from '../../core';
import { JOB_TIMEOUTS_MS, JobStopped, createJobs, stoppedMessage, type JobKind } from './paneJobs';

/** a promise settled from outside, as a host's job that takes as long as the test says */
function deferred<T = string>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (err: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const SHORT: Record<JobKind, number> = { check: 40, preview: 40, write: 200, save: 40 };
/** long enough for nothing to time out in a test that is not about timeouts */
const LONG: Record<JobKind, number> = { check: 60_000, preview: 60_000, write: 60_000, save: 60_000 };
const settle = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));
const outcome = <T,>(p: Promise<T>): Promise<T | JobStopped | Error> => p.catch((e: Error) => e);
/** a stop as plain data: toEqual compares an Error's message alone */
const asStop = (result: unknown) => (result instanceof JobStopped ? { stopped: result.reason, started: result.started } : result);

describe('createJobs', () => {
  it('gives a job\'s result, and is free again after it', async () => {
    const jobs = createJobs(LONG);
    const result = jobs.run('check', async () => 'checked');
    expect(jobs.running()).toBe(true);
    expect(await result).toBe('checked');
    expect(jobs.running()).toBe(false);
  });

  it('gives a job\'s own failure as it is', async () => {
    const jobs = createJobs(LONG);
    const failure = new Error('the file is damaged');
    expect(await outcome(jobs.run('check', async () => { throw failure; }))).toBe(failure);
  });

  it('stops waiting at once on Cancel, and tells the host through the signal', async () => {
    const jobs = createJobs(LONG);
    const host = deferred();
    let seen: JobSignal | undefined;
    const result = outcome(jobs.run('write', (signal) => {
      seen = signal;
      return host.promise;
    }));
    await settle();
    jobs.cancel();
    // the host has not finished: the pane does not wait for it
    expect(asStop(await result)).toEqual({ stopped: 'cancelled', started: true });
    expect([seen?.aborted, jobs.running()]).toEqual([true, false]);
    host.resolve('written');
  });

  it.each<[JobKind, number, 'finished' | 'timed-out']>([
    // a job that takes 100 ms, against SHORT's limits
    ['check', 100, 'timed-out'],
    ['preview', 100, 'timed-out'],
    ['save', 100, 'timed-out'],
    ['write', 100, 'finished'],
  ])('a %s taking %i ms: %s', async (kind, takes, expected) => {
    const jobs = createJobs(SHORT);
    let seen: JobSignal | undefined;
    const result = await outcome(jobs.run(kind, async (signal) => {
      seen = signal;
      await settle(takes);
      return 'finished';
    }));
    expect(result instanceof JobStopped ? result.reason : result).toBe(expected);
    expect(seen?.aborted).toBe(expected === 'timed-out');
  });

  it('runs one job at a time', async () => {
    const jobs = createJobs(LONG);
    const first = deferred();
    const running = jobs.run('check', () => first.promise);
    expect(await outcome(jobs.run('write', async () => 'written'))).toEqual(new Error('Another job is running.'));
    first.resolve('checked');
    expect(await running).toBe('checked');
  });

  it('starts the next job only once a stopped one has finished tidying up, and says it is waiting', async () => {
    const jobs = createJobs(LONG);
    const log: string[] = [];
    const tidying = deferred();
    const stopped = outcome(jobs.run('write', async () => {
      await tidying.promise;
      log.push('stopped write tidied up');
    }));
    await settle();
    jobs.cancel();
    await stopped;
    const waiting = jest.fn();
    const next = jobs.run('check', async () => {
      log.push('check started');
      return 'checked';
    }, waiting);
    await settle(10);
    expect([log, waiting.mock.calls.length]).toEqual([[], 1]);
    tidying.resolve('done');
    expect(await next).toBe('checked');
    expect(log).toEqual(['stopped write tidied up', 'check started']);
  });

  it('does not wait after a job that finished', async () => {
    const jobs = createJobs(LONG);
    await jobs.run('check', async () => 'checked');
    const waiting = jest.fn();
    expect(await jobs.run('write', async () => 'written', waiting)).toBe('written');
    expect(waiting).not.toHaveBeenCalled();
  });

  it.each<['cancelled' | 'timed-out']>([['cancelled'], ['timed-out']])('a job %s while it waits for a stopped one never starts', async (reason) => {
    const jobs = createJobs(SHORT);
    const never = deferred();
    const stopped = outcome(jobs.run('write', () => never.promise));
    await settle();
    jobs.cancel();
    await stopped;
    const work = jest.fn(async () => 'checked');
    const next = outcome(jobs.run('check', work));
    if (reason === 'cancelled') jobs.cancel();
    expect(asStop(await next)).toEqual({ stopped: reason, started: false });
    never.resolve('late');
    await settle();
    expect(work).not.toHaveBeenCalled();
  });
});

describe('stoppedMessage', () => {
  const cancelled = new JobStopped('cancelled', true);
  const timedOut = new JobStopped('timed-out', true);
  it.each<[JobStopped, JobKind, string, 'excel' | 'browser', string]>([
    [cancelled, 'check', 'Checking the tracker', 'excel', 'Stopped checking the tracker. Nothing was changed.'],
    [cancelled, 'check', 'Checking the tracker', 'browser', 'Stopped checking the tracker. Nothing was changed.'],
    [timedOut, 'check', 'Checking the tracker', 'excel', 'Checking the tracker took longer than 2 minutes, so Tracker Check stopped it. Nothing was changed. Excel may be busy: try again in a moment.'],
    [timedOut, 'check', 'Checking the tracker', 'browser', 'Checking the tracker took longer than 2 minutes, so Tracker Check stopped it. Nothing was changed.'],
    [cancelled, 'preview', 'Working out what would be written', 'excel', 'Stopped working out what would be written. Nothing was changed.'],
    [cancelled, 'write', 'Writing the RAG columns', 'excel', 'Stopped writing the RAG columns. Tracker Check is tidying up what it had started to write: your own cells were not changed.'],
    [timedOut, 'write', 'Writing the summary sheets', 'excel', 'Writing the summary sheets took longer than 5 minutes, so Tracker Check stopped it. Tracker Check is tidying up what it had started to write: your own cells were not changed. Excel may be busy: try again in a moment.'],
    [cancelled, 'write', 'Writing the RAG columns', 'browser', 'Stopped writing the RAG columns. Nothing was written: the workbook is as it was.'],
    [cancelled, 'save', 'Saving the mapping', 'excel', 'Stopped saving the mapping. Your own cells were not changed, but the settings may not have been saved: save the mapping again to be sure.'],
    [cancelled, 'save', 'Saving the mapping', 'browser', 'Stopped saving the mapping. Nothing was saved: the workbook is as it was.'],
    [new JobStopped('cancelled', false), 'write', 'Writing the RAG columns', 'excel', 'Stopped before writing the RAG columns began: nothing was done.'],
    [new JobStopped('timed-out', false), 'check', 'Checking the tracker', 'excel', 'Checking the tracker did not start: the job before it was still tidying up after 2 minutes. Try again in a moment; if this goes on, reload the add-in.'],
  ])('%#: %j, %s in %s', (stop, kind, what, host, text) => {
    expect(stoppedMessage(stop, { kind, what }, host)).toBe(text);
  });

  it.each<[number, string]>([[60_000, '1 minute'], [90_000, '90 seconds'], [30_000, '30 seconds'], [1_000, '1 second'], [40, '1 second']])('names a %i ms limit "%s"', (ms, said) => {
    expect(stoppedMessage(timedOut, { kind: 'check', what: 'Checking' }, 'browser', { ...JOB_TIMEOUTS_MS, check: ms })).toBe(`Checking took longer than ${said}, so Tracker Check stopped it. Nothing was changed.`);
  });
});
