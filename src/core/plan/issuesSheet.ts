import type { SheetReport } from '../checkSheet';
import { formatUkDate, type IsoDate } from '../dates/isoDays';
import { columnLabels } from '../detect/columnLabels';
import type { LabelledField } from '../fieldLabels';
import type { Severity } from '../validate/issue';
import { Layout, quoteSheet } from './layout';
import type { ProductSheet } from './writePlan';

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };
const HEADERS = ['Cell', 'Severity', 'Column', 'Message'];

/**
 * The Issues sheet: every issue in full, each linked to its cell, where the tracker's own Issues column
 * has only a one-line summary (the product never makes a user's row taller). The column is named as the
 * tracker's header names it.
 */
export function issuesSheet(reports: readonly SheetReport[], asAt: IsoDate): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const total = reports.reduce((n, r) => n + r.issues.length, 0);
  const freeze = l.heading('Issues', reports.map((r) => ({ sheet: r.name })), `As at ${formatUkDate(asAt)} · ${total} ${total === 1 ? 'issue' : 'issues'} in the order of the tracker's rows, each linked to its cell`);
  for (const report of reports) {
    l.subtitle(reports, report.name);
    if (report.issues.length === 0) {
      l.line(['None: every row reads as the schema expects.'], 'note');
      l.skip();
      continue;
    }
    const labels = columnLabels(report.mapping);
    const sheetRef = quoteSheet(report.name);
    l.line(HEADERS, 'header');
    for (const issue of report.issues) {
      const column = issue.field !== null && issue.field in labels ? labels[issue.field as LabelledField] : null;
      l.line([
        issue.cell === null ? null : { value: issue.cell, style: 'link', link: `${sheetRef}!${issue.cell}` },
        SEVERITY[issue.severity],
        { value: column, style: 'wrap' },
        { value: issue.message, style: 'wrap' },
      ], 'text');
    }
    l.skip();
  }
  return { cells: l.cells, widths: [8, 10, 22, 100], freeze: { rows: freeze, cols: 0 }, printArea: l.area(), landscape: true };
}
