import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import { emptyRagCounts } from '../rag/ragCounts';
import { computedAt } from '../rag/ragTable';
import type { RuleSet } from '../settings';
import { NO_SECTION, type SummaryModel } from './summaryModels';

/** The Summary sheet's figures for one checked tracker sheet. */
export function summariseTracker(report: SheetReport, asAt: IsoDate, ruleSet: RuleSet): SummaryModel {
  const sections = new Map<string, SummaryModel['sections'][number]>();
  const { records, rag } = report;
  for (let k = 0; k < records.length; k++) {
    const name = records.section[k] ?? NO_SECTION;
    let section = sections.get(name);
    if (!section) sections.set(name, (section = { section: name, actions: 0, counts: emptyRagCounts() }));
    section.actions++;
    section.counts[computedAt(rag, k)]++;
  }
  const counts = { ...report.counts };
  const counted = report.records.length - counts.Closed;
  let better = 0;
  let worse = 0;
  for (const issue of report.issues) {
    if (issue.code !== 'status-mismatch') continue;
    if (issue.severity === 'warning') better++;
    else worse++;
  }
  return {
    sheet: report.name,
    asAt,
    ruleSet,
    actions: report.records.length,
    counts,
    late: report.late,
    deferred: report.deferred,
    percentComplete: counted > 0 ? counts.Complete / counted : null,
    sections: [...sections.values()],
    statusesFromProgress: report.statusesFromProgress,
    ragFromDatesAlone: report.ragFromDatesAlone,
    mismatches: { better, worse },
    errors: report.errors,
    warnings: report.warnings,
  };
}
