import type { DateExpression } from '../dates/dateExpression';
import type { RowReport, SheetReport } from '../checkSheet';
import type { WorkbookReport } from '../checkWorkbook';
import type { Issue } from '../validate/issue';
import { SINGLE_FIELDS } from '../settings';
import { latestReportedPeriod } from '../record';
import { ownerCounts } from '../summary/ownerCounts';

const dateJson = (d: DateExpression | null) => (d ? { text: d.text, iso: d.iso, kind: d.kind } : null);

function mappingJson(s: SheetReport) {
  const letters: Record<string, string | string[]> = {};
  const confidence: Record<string, number | number[]> = {};
  for (const f of SINGLE_FIELDS) {
    const m = s.mapping.columns[f];
    if (m) {
      letters[f] = m.column;
      confidence[f] = m.confidence;
    }
  }
  const progress = s.mapping.periods.flatMap((p) => (p.progress ? [p.progress] : []));
  const status = s.mapping.periods.flatMap((p) => (p.reportedStatus ? [p.reportedStatus] : []));
  letters.progress = progress.map((m) => m.column);
  letters.reportedStatus = status.map((m) => m.column);
  confidence.progress = progress.map((m) => m.confidence);
  confidence.reportedStatus = status.map((m) => m.confidence);
  return { letters, confidence };
}

/** One row of the --json "rows" list: data rows with their fields, other kinds with row and kind. */
export function rowJson(r: RowReport, explain: (row: RowReport) => string) {
  if (r.kind !== 'data') return r.kind === 'continuation' ? { row: r.row, kind: r.kind, continues: r.continues } : { row: r.row, kind: r.kind };
  const rec = r.record!;
  const rag = r.rag!;
  const period = latestReportedPeriod(rec);
  const latest = period >= 0 ? rec.periods[period]! : null;
  return {
    row: r.row,
    kind: r.kind,
    ref: rec.ref,
    section: rec.section,
    owner: rec.owner,
    target: dateJson(rec.target),
    start: dateJson(rec.start),
    revisedTarget: rec.revisedTarget ? { ...dateJson(rec.revisedTarget), source: rec.revisedTargetSource } : null,
    completed: dateJson(rec.completed),
    reportedStatus: latest?.reportedStatus ?? null,
    reportedStatusText: latest?.reportedStatusText ?? null,
    reportedStatusFill: latest?.reportedStatusFill ?? null,
    /** the status the RAG used, and where it came from: the status cell, the progress text, or both */
    statusUsed: r.status?.used ?? null,
    statusSource: r.status?.source ?? 'none',
    statedOutcome: r.status?.stated ?? null,
    computed: rag.computed,
    late: rag.late,
    slippageDays: rag.slippageDays,
    daysToDue: rag.daysToDue,
    reason: explain(r),
  };
}

export function issueJson({ cell, row, field, code, severity, message, value }: Issue) {
  return { cell, row, field, code, severity, message, value };
}

/** A sheet's report with its rows and issues lists empty: what every face shows about a sheet. */
function sheetShell(s: SheetReport) {
  const { letters, confidence } = mappingJson(s);
  return {
    name: s.name,
    headerRow: s.mapping.headerRow,
    mapping: letters,
    confidence,
    periods: s.mapping.periods.map((p) => ({ label: p.label, date: p.date, progress: p.progress?.column ?? null, reportedStatus: p.reportedStatus?.column ?? null })),
    unmapped: s.unmapped,
    actions: s.records.length,
    joined: s.joined,
    owners: ownerCounts(s),
    statusesFromProgress: s.statusesFromProgress,
    ragFromDatesAlone: s.ragFromDatesAlone,
    rows: [] as ReturnType<typeof rowJson>[],
    issues: [] as ReturnType<typeof issueJson>[],
    counts: s.counts,
    errors: s.errors,
    warnings: s.warnings,
    passes: s.errors === 0,
  };
}

export type SheetJson = ReturnType<typeof sheetShell>;

/** The report without its row lists (what a terminal shows): the issues are kept. */
export function toSummaryReport(file: string, report: WorkbookReport) {
  return {
    file,
    // "asOf" is the word --json has always written (as --as-of is the option's): kept for those who read it
    asOf: report.asAt,
    sheets: report.sheets.map((s) => ({ ...sheetShell(s), issues: s.issues.map(issueJson) })),
    skipped: report.skipped,
  };
}

/** The --json shape as one object: the summary with every row listed. */
export function toJsonReport(file: string, report: WorkbookReport) {
  const summary = toSummaryReport(file, report);
  return {
    ...summary,
    sheets: summary.sheets.map((sheet, i) => {
      const s = report.sheets[i]!;
      return { ...sheet, rows: s.rows.map((r) => rowJson(r, s.explain)) };
    }),
  };
}

const BATCH = 2000;

/**
 * The same JSON text as JSON.stringify(toJsonReport(...)), in pieces, so a 100,000-row report is never
 * held whole: rows and issues are turned into text a batch at a time.
 */
export function* jsonReportChunks(file: string, report: WorkbookReport, extra: Readonly<Record<string, unknown>> = {}): Generator<string> {
  yield `{"file":${JSON.stringify(file)},"asOf":${JSON.stringify(report.asAt)},"sheets":[`;
  for (let i = 0; i < report.sheets.length; i++) {
    const s = report.sheets[i]!;
    // "rows":[] and "issues":[] can only occur once each as JSON structure: inside a string the quotes
    // would be escaped.
    const shell = JSON.stringify(sheetShell(s));
    const rowsAt = shell.indexOf('"rows":[]');
    const issuesAt = shell.indexOf('"issues":[]');
    yield (i > 0 ? ',' : '') + shell.slice(0, rowsAt + 8);
    yield* batches(s.rows, (r) => rowJson(r, s.explain));
    yield shell.slice(rowsAt + 8, issuesAt + 10);
    yield* batches(s.issues, issueJson);
    yield shell.slice(issuesAt + 10);
  }
  const more = JSON.stringify(extra).slice(1, -1);
  yield `],"skipped":${JSON.stringify(report.skipped)}${more ? `,${more}` : ''}}`;
}

function* batches<T>(items: readonly T[], toJson: (item: T) => unknown): Generator<string> {
  for (let at = 0; at < items.length; at += BATCH) {
    const text = JSON.stringify(items.slice(at, at + BATCH).map(toJson));
    yield (at > 0 ? ',' : '') + text.slice(1, -1);
  }
}
