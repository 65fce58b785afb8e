import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { todayIso, type ChangesInput, type CheckOutcome, type JobSignal, type PlannedWrite, type RunRequest, type WorkbookHost, type WriteOutcome, type WriteRequest, SUMMARY_KINDS, type SummaryKind, type SheetMapping } from '../../core';
import { compareWithEarlier, type PaneChanges } from './earlierReturn';
import { plainMessage } from './plainMessage';
import { checkNotice, errorCount, type ResultEvent } from './resultMessage';
import { JobStopped, createJobs, stoppedMessage, type JobKind } from './paneJobs';

export interface Busy {
  readonly what: string;
  readonly done: number;
  readonly total: number;
}

export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
  /** what it reports, which decides what to do next; none for a failure */
  readonly event?: ResultEvent;
  /** whether focus moves to it: it is the result of what the user asked for, not a side-effect */
  readonly focus: boolean;
}

/**
 * How a check reports: `checked` as a result the user asked for; `remapped` in the message, leaving focus
 * where the user is still choosing columns; `quiet` not at all (a check a write runs first).
 */
export type CheckHow = 'checked' | 'remapped' | 'quiet';

export interface PaneState {
  /** which host holds the workbook: Excel, or a file opened in the browser; null before one does */
  readonly hostKind: 'excel' | 'browser' | null;
  readonly request: RunRequest;
  readonly outcome: CheckOutcome | null;
  readonly summaries: readonly SummaryKind[];
  readonly busy: Busy | null;
  readonly notice: Notice | null;
  readonly lastWrite: WriteOutcome | null;
  /** what changed since an earlier return the user picked; null until one is */
  readonly changes: PaneChanges | null;
}

export interface PaneActions {
  /** whether the check finished (not stopped, not failed) */
  check(change?: Partial<RunRequest>, how?: CheckHow): Promise<boolean>;
  /** the mapping for one sheet, as the user has changed it; checked again at once */
  changeMapping(mapping: SheetMapping): Promise<void>;
  saveMapping(): Promise<void>;
  setSummaries(kinds: readonly SummaryKind[]): void;
  /** with `changes`, the Changes sheet is planned or written too */
  preview(summaries: readonly SummaryKind[], changes?: ChangesInput): Promise<PlannedWrite | null>;
  write(summaries: readonly SummaryKind[], what: string, changes?: ChangesInput): Promise<WriteOutcome | null>;
  /** compares the workbook, as last checked, with an earlier return of it read from a file */
  compare(earlier: File): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  activate(sheet: string): Promise<void>;
  /** stops the running job: the pane stops waiting for it at once */
  cancel(): void;
  dismiss(): void;
  /** a result from outside the workbook's jobs, such as a file that would not open */
  tell(notice: Notice): void;
}

/**
 * The pane's state and what it can do, over whichever host holds the workbook. One job runs at a time,
 * each with a timeout and a Cancel; every failure or stop becomes a notice in words a council officer
 * understands.
 */
export function usePane(host: WorkbookHost | null): [PaneState, PaneActions] {
  // no as-at date until the user sets one: the host then takes the workbook's saved date, else today
  const [request, setRequest] = useState<RunRequest>({});
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [summaries, setSummaries] = useState<readonly SummaryKind[]>(SUMMARY_KINDS);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastWrite, setLastWrite] = useState<WriteOutcome | null>(null);
  const [changes, setChanges] = useState<PaneChanges | null>(null);
  const [jobs] = useState(createJobs);
  const requestRef = useRef(request);
  requestRef.current = request;

  /**
   * Runs one job; null when it failed or was stopped, which the notice then says. `keepNotice`: a job that
   * follows another (the check after a write) leaves that job's message up.
   */
  const run = useCallback(async <T,>(what: string, kind: JobKind, job: (progress: (done: number, total: number, step: string) => void, signal: JobSignal) => Promise<T>, keepNotice = false): Promise<T | null> => {
    if (!host || jobs.running()) return null;
    setBusy({ what, done: 0, total: 0 });
    if (!keepNotice) setNotice(null);
    try {
      return await jobs.run(kind,
        // drawn at once: in the browser a job holds the page between its steps, and the step's own pause is
        // when the page can show it. A stopped job goes on until its next step: what it reports then is not shown.
        (signal) => job((done, total, step) => signal.aborted || flushSync(() => setBusy({ what: step || what, done, total })), signal),
        () => setBusy({ what: `Waiting for the job stopped before to finish, then ${what.charAt(0).toLowerCase()}${what.slice(1)}`, done: 0, total: 0 }));
    } catch (err) {
      setNotice(err instanceof JobStopped
        ? { intent: 'warning', text: stoppedMessage(err, { kind, what }, host.kind), focus: true }
        : { intent: 'error', text: plainMessage(err, what), focus: true });
      return null;
    } finally {
      setBusy(null);
    }
  }, [host, jobs]);

  const checkAs = useCallback(async (change: Partial<RunRequest>, how: CheckHow | 'opened'): Promise<boolean> => {
    const next = { ...requestRef.current, ...change };
    setRequest(next);
    const result = await run('Checking the tracker', 'check', (progress, signal) => host!.check(next, progress, signal));
    if (result) {
      setOutcome(result);
      // a comparison was made with the workbook as checked then: another date or mapping makes it stale
      if (Object.keys(change).length > 0) setChanges(null);
      if (result.ownedSummaries.length > 0) setSummaries(result.ownedSummaries);
      if (how !== 'quiet') {
        const found = 'sheets' in result.report && result.report.sheets.length > 0;
        const text = [checkNotice(how, result.report, host!.kind === 'browser' ? host!.name : null), ...result.notes].join(' ');
        setNotice({ intent: !found || errorCount(result.report) > 0 ? 'warning' : 'success', text, event: how, focus: how !== 'remapped' });
      }
    }
    return result !== null;
  }, [host, run]);

  const check = useCallback((change: Partial<RunRequest> = {}, how: CheckHow = 'checked') => checkAs(change, how), [checkAs]);

  useEffect(() => {
    setOutcome(null);
    setLastWrite(null);
    setChanges(null);
    // what was asked of the last workbook (its as-at date, its mappings) is not asked of the next
    requestRef.current = {};
    if (host) void checkAs({}, 'opened');
    // a new workbook is checked once, as it opens
  }, [host]);

  const changeMapping = useCallback(async (mapping: SheetMapping) => {
    const others = (requestRef.current.mappings ?? []).filter((m) => m.sheet !== mapping.sheet);
    await check({ mappings: [...others, mapping] }, 'remapped');
  }, [check]);

  const saveMapping = useCallback(async () => {
    const mappings = outcome && 'sheets' in outcome.report ? outcome.report.sheets.map((s) => confirmed(s.mapping)) : [];
    const next = { ...requestRef.current, mappings };
    const result = await run('Saving the mapping', 'save', (_progress, signal) => host!.saveSettings(next, signal));
    if (result) {
      setRequest(next);
      setNotice(result.written
        ? { intent: 'success', text: 'The mapping and settings are saved in the workbook.', event: 'saved', focus: true }
        : { intent: 'warning', text: result.notes.join(' ') || 'Nothing was saved.', focus: true });
    }
  }, [host, outcome, run]);

  const writeRequest = (kinds: readonly SummaryKind[], changes?: ChangesInput): WriteRequest => ({ ...requestRef.current, summaries: kinds, ...(changes ? { changes } : {}) });

  const preview = useCallback((kinds: readonly SummaryKind[], changes?: ChangesInput) =>
    run('Working out what would be written', 'preview', (_progress, signal) => host!.preview(writeRequest(kinds, changes), signal)), [host, run]);

  const write = useCallback(async (kinds: readonly SummaryKind[], what: string, changes?: ChangesInput) => {
    const result = await run(what, 'write', (progress, signal) => host!.write(writeRequest(kinds, changes), progress, signal));
    if (result) {
      setLastWrite(result);
      setNotice(result.written
        ? { intent: 'success', text: ['Done.', ...result.notes].join(' '), event: 'written', focus: true }
        : { intent: 'warning', text: result.notes.join(' ') || 'Nothing was written.', focus: true });
      // the figures now on the sheets are this run's: show the same in the pane
      const again = await run('Checking the tracker', 'check', (progress, signal) => host!.check(requestRef.current, progress, signal), true);
      if (again) setOutcome(again);
    }
    return result;
  }, [host, run]);

  const compare = useCallback(async (earlier: File) => {
    const report = outcome && 'sheets' in outcome.report ? outcome.report : null;
    if (!host || !report) return;
    // the workbook's own as-at date and mappings stay its own; rules and thresholds are the ones it was checked by
    const result = await run('Comparing with the earlier return', 'check', () => compareWithEarlier(earlier, { name: host.name, report }, requestRef.current, todayIso));
    if (!result) return;
    if (!result.ok) {
      setNotice({ intent: 'error', text: `${earlier.name} could not be compared: ${result.problem.message}`, focus: true });
      return;
    }
    setChanges(result.value);
    const n = result.value.model.changes;
    setNotice({ intent: 'success', text: `Compared with ${earlier.name}: ${n === 0 ? 'no changes' : `${n} change${n === 1 ? '' : 's'}`}.`, focus: true });
  }, [host, outcome, run]);

  const select = useCallback(async (sheet: string, cell: string) => {
    try {
      await host?.select(sheet, cell);
    } catch (err) {
      setNotice({ intent: 'error', text: plainMessage(err, `Selecting ${cell}`), focus: true });
    }
  }, [host]);

  const activate = useCallback(async (sheet: string) => {
    try {
      await host?.activate(sheet);
    } catch (err) {
      setNotice({ intent: 'error', text: plainMessage(err, `Opening sheet "${sheet}"`), focus: true });
    }
  }, [host]);

  return [
    { hostKind: host?.kind ?? null, request, outcome, summaries, busy, notice, lastWrite, changes },
    { check, changeMapping, saveMapping, setSummaries, preview, write, compare, select, activate, cancel: jobs.cancel, dismiss: () => setNotice(null), tell: setNotice },
  ];
}

/** A mapping the user has seen and saved: every column in it is as sure as it can be. */
function confirmed(mapping: SheetMapping): SheetMapping {
  const columns: SheetMapping['columns'] = {};
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column) columns[field as keyof SheetMapping['columns']] = { ...column, confidence: 1 };
  }
  return { ...mapping, columns };
}
