import type { Sheet } from './grid';
import { detectTracker, trackerFromMapping, type Tracker } from './detect/detectTracker';
import { classifyRows, indexColumns, type RowKind } from './rows/classifyRows';
import { readRecords } from './rows/readRecords';
import { makeStatusReader } from './status/normaliseStatus';
import { computeRag, type RagContext, type RagResult } from './rag/computeRag';
import { checkReportedStatus } from './rag/checkReportedStatus';
import { countRag } from './rag/ragCounts';
import { validateRecords, type RecordCheck } from './validate/validateRecords';
import type { Issue } from './validate/issue';
import { latestReportedPeriod, type ActionRecord, type ComputedStatus } from './record';
import type { IsoDate } from './dates/dateExpression';
import type { Settings, SheetMapping } from './settings';

export interface RowReport {
  /** 1-based */
  readonly row: number;
  readonly kind: Exclude<RowKind, 'blank'>;
  readonly section: string | null;
  /** for data rows */
  readonly record?: ActionRecord;
  readonly rag?: RagResult;
  /** for continuation rows: the record's first row, 1-based */
  readonly continues?: number;
}

export interface SheetReport {
  readonly name: string;
  readonly mapping: SheetMapping;
  readonly unmapped: ReadonlyArray<{ column: string; header: string }>;
  /** every non-blank row below the header, in sheet order */
  readonly rows: ReadonlyArray<RowReport>;
  readonly issues: ReadonlyArray<Issue>;
  /** why a data row's RAG is what it is, in a sentence (worded when asked: most rows are never shown) */
  readonly explain: (row: RowReport) => string;
  readonly counts: Readonly<Record<ComputedStatus, number>>;
  /** late completions and deferrals are counted apart from the RAG totals */
  readonly late: number;
  readonly deferred: number;
  readonly errors: number;
  readonly warnings: number;
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
  const reads = readRecords(sheet, tracker, rows, cols, { date1904, planStart: settings.planStart, readStatus });

  // Reasons are worded only for the rows a report prints (see explain below), not for every row here.
  const context: RagContext = { asAt: settings.asAt, ruleSet: settings.ruleSet, thresholds: settings.thresholds, reportedStatus: null, explain: false };
  const rags: RagResult[] = new Array(reads.length);
  const checks: RecordCheck[] = new Array(reads.length);
  for (let k = 0; k < reads.length; k++) {
    const read = reads[k]!;
    const r = read.record;
    const period = latestReportedPeriod(r);
    const reported = period >= 0 ? r.periods[period]! : null;
    context.reportedStatus = reported?.reportedStatus ?? null;
    const rag = (rags[k] = computeRag(r, context));
    const finding = reported ? checkReportedStatus(reported.reportedStatus, reported.reportedStatusText, rag, r, settings.asAt) : null;
    const open = rag.computed !== 'Complete' && rag.computed !== 'Closed';
    checks[k] = { read, open, statusCheck: finding ? { severity: finding.severity, message: finding.message, period } : null };
  }

  const issues = validateRecords(sheet, tracker.mapping, rows, checks, settings);
  // records come in row order, so each data row takes the next one
  const report: RowReport[] = [];
  let k = 0;
  for (const r of rows) {
    if (r.kind === 'blank' || r.row === tracker.headerRow) continue;
    const row = r.row + 1;
    if (r.kind === 'data') {
      report.push({ row, kind: 'data', section: r.section, record: reads[k]!.record, rag: rags[k]! });
      k++;
    } else if (r.kind === 'continuation') report.push({ row, kind: 'continuation', section: r.section, continues: r.recordRow! + 1 });
    else report.push({ row, kind: r.kind, section: r.section });
  }
  let late = 0;
  let deferred = 0;
  for (const rag of rags) {
    if (rag.late) late++;
    if (rag.deferred) deferred++;
  }
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
    rows: report,
    issues,
    explain: (row) => {
      if (!row.record) return '';
      const period = latestReportedPeriod(row.record);
      const reportedStatus = period >= 0 ? row.record.periods[period]!.reportedStatus : null;
      return computeRag(row.record, { ...context, reportedStatus, explain: true }).reason;
    },
    counts: countRag(rags),
    late,
    deferred,
    errors,
    warnings,
  };
}

export function findTracker(sheet: Sheet, settings: Settings): ReturnType<typeof detectTracker> {
  const saved = settings.mappings.find((m) => m.sheet === sheet.name);
  return saved ? trackerFromMapping(sheet, saved) : detectTracker(sheet);
}
