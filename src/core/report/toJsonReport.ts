import type { DateExpression } from '../dates/dateExpression';
import type { SheetReport } from '../checkSheet';
import type { WorkbookReport } from '../checkWorkbook';
import { SINGLE_FIELDS } from '../settings';

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

function sheetJson(s: SheetReport) {
  const { letters, confidence } = mappingJson(s);
  return {
    name: s.name,
    headerRow: s.mapping.headerRow,
    mapping: letters,
    confidence,
    periods: s.mapping.periods.map((p) => ({ label: p.label, date: p.date, progress: p.progress?.column ?? null, reportedStatus: p.reportedStatus?.column ?? null })),
    unmapped: s.unmapped,
    rows: s.rows.map((r) => {
      if (r.kind !== 'data') return r.kind === 'continuation' ? { row: r.row, kind: r.kind, continues: r.continues } : { row: r.row, kind: r.kind };
      const rec = r.record!;
      const rag = r.rag!;
      const latest = [...rec.periods].reverse().find((p) => p.reportedStatus !== null);
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
        computed: rag.computed,
        late: rag.late,
        slippageDays: rag.slippageDays,
        daysToDue: rag.daysToDue,
        reason: rag.reason,
      };
    }),
    issues: s.issues.map(({ cell, row, field, code, severity, message, value }) => ({ cell, row, field, code, severity, message, value })),
    counts: s.counts,
    errors: s.errors,
    warnings: s.warnings,
    passes: s.errors === 0,
  };
}

/** The --json shape: one object per file. */
export function toJsonReport(file: string, report: WorkbookReport) {
  return { file, asOf: report.asOf, sheets: report.sheets.map(sheetJson), skipped: report.skipped };
}
