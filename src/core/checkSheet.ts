import type { Sheet } from './grid';
import { ok } from './result';
import { detectTracker, trackerFromMapping, type Tracker } from './detect/detectTracker';
import { classifiedRowAt, classifyRows, indexColumns, type ClassifiedRows, type RowKind } from './rows/classifyRows';
import { readRecords } from './rows/readRecords';
import { latestProgressPeriodAt, latestReportedPeriodAt, ragFieldsAt, recordAt, type RecordTable } from './rows/recordTable';
import { makeStatusReader } from './status/normaliseStatus';
import { blankRagResult, computeRag, type RagContext, type RagFields, type RagResult } from './rag/computeRag';
import { ragReason } from './rag/ragReason';
import { makeStatusChecker } from './rag/checkReportedStatus';
import { countRagTable, emptyRagTable, ragAt, storeRag, type RagTable } from './rag/ragTable';
import { validateRecords, type RecordStatusCheck } from './validate/validateRecords';
import type { Issue } from './validate/issue';
import type { ActionRecord, ComputedStatus } from './record';
import { settleStatus, type SettledStatus } from './status/settleStatus';
import { makeOutcomeReader, type StatedOutcome } from './status/statedOutcome';
import { countFromProgress, emptyStatusTable, fromDatesAlone, statusAt, storeStatus, type RecordStatus, type StatusTable } from './status/statusTable';
import { headerLabel } from './detect/columnLabels';
import type { IsoDate } from './dates/isoDays';
import type { Settings, SheetMapping } from './settings';
import { rememberByText } from './memo/rememberByText';

export interface RowReport {
  /** 1-based */
  readonly row: number;
  readonly kind: Exclude<RowKind, 'blank'>;
  readonly section: string | null;
  /** for data rows */
  readonly record?: ActionRecord;
  readonly rag?: RagResult;
  /** for data rows: the status it was judged by, where that came from, and what its progress text states */
  readonly status?: RecordStatus;
  /** for continuation rows: the record's first row, 1-based */
  readonly continues?: number;
}

export interface SheetReport {
  readonly name: string;
  readonly mapping: SheetMapping;
  readonly unmapped: ReadonlyArray<{ column: string; header: string }>;
  /** every non-blank row below the header, in sheet order. Made from the sheet's record and RAG tables each
   * time it is read and not kept, so a report that shows only counts and issues never makes them, and a
   * writer holds them only while it plans: read it once and keep it while it is needed. */
  readonly rows: ReadonlyArray<RowReport>;
  /** the action records, a column per field (recordAt gives one as an ActionRecord) */
  readonly records: RecordTable;
  /** their computed RAG, by record (ragAt gives one as a RagResult) */
  readonly rag: RagTable;
  readonly issues: ReadonlyArray<Issue>;
  /** why a data row's RAG is what it is, in a sentence, worded from its RAG result when asked (most rows are
   * never shown) */
  readonly explain: (row: RowReport) => string;
  readonly counts: Readonly<Record<ComputedStatus, number>>;
  /** rows read as part of the action above rather than as actions of their own (1-based, in sheet order):
   * a wrong join hides an action from every count, so every face lists them */
  readonly joined: ReadonlyArray<JoinedRow>;
  /** the status each record was judged by, by record (statusAt gives one) */
  readonly statuses: StatusTable;
  /** records whose status was read, in whole or part, from their progress text */
  readonly statusesFromProgress: number;
  /** no record has a status, from its status cell or its progress text: every RAG comes from the dates */
  readonly ragFromDatesAlone: boolean;
  /** late completions and deferrals are counted apart from the RAG totals */
  readonly late: number;
  readonly deferred: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface JoinedRow {
  /** 1-based */
  readonly row: number;
  /** the first row of the action it was joined to, 1-based */
  readonly to: number;
}

export type CheckedSettings = Settings & { asAt: IsoDate };

/**
 * Checks one tracker sheet: classify its rows, read the action records, compute each one's RAG as at
 * the settings' date, and validate. The tracker comes from a saved mapping when the settings hold one
 * for this sheet.
 */
export function checkSheet(sheet: Sheet, tracker: Tracker, settings: CheckedSettings, date1904: boolean): SheetReport {
  const cols = indexColumns(tracker);
  const rows = classifyRows(sheet, tracker, cols);
  const readStatus = makeStatusReader(settings.vocabulary);
  const table = readRecords(sheet, tracker, rows, cols, { date1904, planStart: settings.planStart, readStatus });

  // One pass over the records judges each as at the date, keeping only the results; validation then reads
  // the table. Reasons are worded only for the rows a report prints (see explain below).
  const context: RagContext = { asAt: settings.asAt, ruleSet: settings.ruleSet, thresholds: settings.thresholds, reportedStatus: null, explain: false };
  const rags = emptyRagTable(table.length);
  const statuses = emptyStatusTable(table.length);
  const open = new Uint8Array(table.length);
  const statusChecks: RecordStatusCheck[] = [];
  const statedIn = statedOutcomes(settings);
  const words = statusWords(tracker.mapping);
  const checkReportedStatus = makeStatusChecker(settings.asAt);
  let late = 0;
  let deferred = 0;
  const r: RagFields = { start: null, target: null, revisedTarget: null, completed: null, percentComplete: null };
  const judged = blankRagResult();
  for (let k = 0; k < table.length; k++) {
    ragFieldsAt(table, k, r);
    const period = latestReportedPeriodAt(table, k);
    const reportedStatus = period >= 0 ? table.periods[period]!.reportedStatus[k]! : null;
    const reportedText = period >= 0 ? table.periods[period]!.reportedStatusText[k]! : null;
    const said = latestProgressPeriodAt(table, k);
    const stated = said >= 0 ? statedIn(table.periods[said]!.progress[k]!) : null;
    const settled = settleStatus(reportedStatus, stated);
    storeStatus(statuses, k, settled, stated);
    context.reportedStatus = settled.status;
    const rag = computeRag(r, context, judged);
    storeRag(rags, k, rag);
    if (rag.late) late++;
    if (rag.deferred) deferred++;
    if (rag.computed !== 'Complete' && rag.computed !== 'Closed') open[k] = 1;
    if (settled.finding !== null) statusChecks.push(words.finding(k, settled, stated!, reportedText, period, said));
    const finding = period >= 0 && settled.source === 'column' ? checkReportedStatus(reportedStatus, reportedText, rag, r) : null;
    if (finding) statusChecks.push({ record: k, severity: finding.severity, message: finding.message, period, code: 'status-mismatch', field: 'reportedStatus', value: reportedText });
  }
  const issues = validateRecords(sheet, tracker.mapping, rows, table, open, statusChecks, settings);

  let errors = 0;
  let warnings = 0;
  for (const i of issues) {
    if (i.severity === 'error') errors++;
    else if (i.severity === 'warning') warnings++;
  }
  return {
    name: sheet.name,
    mapping: tracker.mapping,
    unmapped: tracker.unmapped,
    get rows() {
      return reportRows(rows, table, rags, statuses);
    },
    records: table,
    rag: rags,
    issues,
    explain: (row) => {
      if (!row.record || !row.rag) return '';
      const status = row.status;
      const statedWords = status && status.source !== 'column' && status.source !== 'none' ? status.stated?.words : undefined;
      return ragReason(row.rag, row.record, { asAt: context.asAt, thresholds: context.thresholds, statedWords });
    },
    counts: countRagTable(rags),
    joined: joinedRows(table),
    statuses,
    statusesFromProgress: countFromProgress(statuses),
    ragFromDatesAlone: fromDatesAlone(statuses),
    late,
    deferred,
    errors,
    warnings,
  };
}

function joinedRows(table: RecordTable): JoinedRow[] {
  const out: JoinedRow[] = [];
  for (const [k, rows] of table.continuationRows) for (const row of rows) out.push({ row, to: table.row[k]! });
  return out.sort((a, b) => a.row - b.row);
}

/** Every non-blank row below the header, each data row with its record and RAG. */
function reportRows(rows: ClassifiedRows, table: RecordTable, rags: RagTable, statuses: StatusTable): RowReport[] {
  const report: RowReport[] = [];
  // records come in row order, so each data row takes the next one
  let k = 0;
  // the header is the first classified row
  for (let i = 1; i < rows.length; i++) {
    const r = classifiedRowAt(rows, i);
    if (r.kind === 'blank') continue;
    const row = r.row + 1;
    if (r.kind === 'data') {
      report.push({ row, kind: 'data', section: r.section, record: recordAt(table, k), rag: ragAt(rags, k), status: statusAt(statuses, k) });
      k++;
    } else if (r.kind === 'continuation') report.push({ row, kind: 'continuation', section: r.section, continues: r.recordRow! + 1 });
    else report.push({ row, kind: r.kind, section: r.section });
  }
  return report;
}

/**
 * A reader compiles its vocabulary into a dozen regular expressions, about 1 ms: one is made per vocabulary
 * and kept, not made again for every file checked. A vocabulary is known by its words, as each file's
 * settings are read afresh: a worker checking a council's trackers builds the default reader once.
 */
const readerOf = rememberByText((words: string) => makeOutcomeReader(JSON.parse(words) as Settings['progressVocabulary']), 16);

/** texts longer than this are read each time: remembering them cost more than reading them (see statedOutcomes) */
const REMEMBERED_TEXT = 120;

/**
 * The outcome a progress text states. Short texts repeat down a tracker ("Completed.", "Ongoing – reported
 * quarterly."), so each is read once; a long one is nearly always an officer's own narrative, and reading it
 * again is cheaper than keeping it: on 100,000 distinct 216-character texts a Map of them took 31 ms a
 * check, about half of what reading them all took (60 ms).
 */
function statedOutcomes(settings: Settings): (text: string) => StatedOutcome | null {
  const read = readerOf(JSON.stringify(settings.progressVocabulary));
  const memo = new Map<string, StatedOutcome | null>();
  return (text) => {
    if (text.length > REMEMBERED_TEXT) return read(text);
    let stated = memo.get(text);
    if (stated === undefined) memo.set(text, (stated = read(text)));
    return stated;
  };
}

/** The words of a status finding about the progress text, naming each column by its header. */
function statusWords(mapping: SheetMapping) {
  // by period, worded once: a tracker can have thousands of findings
  const progressLabels = mapping.periods.map((p) => headerLabel(p.progress?.header ?? '') || 'the progress text');
  const statusLabels = mapping.periods.map((p) => headerLabel(p.reportedStatus?.header ?? '') || 'The status');
  const progressLabel = (i: number): string => progressLabels[i] ?? 'the progress text';
  const statusLabel = (i: number): string => statusLabels[i] ?? 'The status';
  return {
    finding(record: number, settled: SettledStatus, stated: StatedOutcome, reportedText: string | null, period: number, said: number): RecordStatusCheck {
      const quote = `"${stated.words}"`;
      if (settled.finding === 'progress-contradicts-status') {
        const text = reportedText ?? '';
        return { record, period, code: 'progress-contradicts-status', field: 'reportedStatus', severity: 'warning', value: text,
          message: `${statusLabel(period)} says "${text}", but ${progressLabel(said)} says ${quote}: put right whichever is wrong` };
      }
      const as = settled.status!;
      const message = settled.source === 'column+progress'
        ? `${statusLabel(period)} says "${reportedText ?? ''}" and ${progressLabel(said)} says ${quote}: read as ${as}`
        : `${progressLabel(said)} says ${quote}: read as ${as}`;
      return { record, period: said, code: 'status-from-progress', field: 'progress', severity: 'info', value: stated.words, message };
    },
  };
}

export function findTracker(sheet: Sheet, settings: Settings): ReturnType<typeof detectTracker> {
  const saved = settings.mappings.find((m) => m.sheet === sheet.name);
  return saved ? ok(trackerFromMapping(sheet, saved)) : detectTracker(sheet);
}
