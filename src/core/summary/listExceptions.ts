import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import { cellRef, columnIndex } from '../grid';
import { latestProgress } from '../record';
import { blankRagResult } from '../rag/ragResult';
import { computedAt, ragAt } from '../rag/ragTable';
import { blankRecord, recordAt } from '../rows/recordTable';
import type { SheetMapping } from '../settings';
import { EXCEPTION_GROUPS, type ExceptionGroup, type ExceptionReason, type ExceptionsModel } from './summaryModels';

const ACTION_LENGTH = 120;

/** white space other than single spaces between words: what makes a text more than one plain line */
const ODD_SPACING = /\s\s|[^\S ]|^\s|\s$/;

/** one line, at most ACTION_LENGTH characters, cut at a word where it can be */
export function shorten(text: string, limit = ACTION_LENGTH): string {
  // most actions are one plain line already: kept as they are, not rebuilt a space at a time
  const line = ODD_SPACING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** the column an exception links back to: the ref when there is one, else the action */
export function linkColumn(mapping: SheetMapping): number {
  const m = mapping.columns.ref ?? mapping.columns.action ?? null;
  return m ? columnIndex(m.column) : 0;
}

/** the first group an action falls in, most urgent first; null when it needs no manager's eye */
function groupOf(computed: string, mismatched: boolean): ExceptionGroup | null {
  if (computed === 'Red') return 'red';
  if (computed === 'No date') return 'no-date';
  if (mismatched) return 'mismatch';
  if (computed === 'Amber') return 'amber';
  return null;
}

/**
 * What a manager must look at, most urgent first (domain.md "Exceptions"): Red, most days slipped first;
 * then no target date; then reported better than the dates show; then Amber (due within the amber window,
 * or its target moved later). Within a group, sheet order. A reported status worse than the dates is not
 * an exception, nor is a late completion.
 */
export function listExceptions(report: SheetReport, asAt: IsoDate, amberDays: number): ExceptionsModel {
  const mismatched = new Set<number>();
  for (const i of report.issues) if (i.code === 'status-mismatch' && i.severity === 'warning' && i.row !== null) mismatched.add(i.row);
  const col = linkColumn(report.mapping);
  // each group's rows in sheet order, put together most urgent first at the end: no sort but of the Red
  const byGroup = new Map<ExceptionGroup, ExceptionsModel['rows']>(EXCEPTION_GROUPS.map((g) => [g, []]));
  const { records } = report;
  // one record and one RAG, filled in again for each exception: what a row keeps is copied out of them
  const record = blankRecord(records);
  const rag = blankRagResult();
  for (let k = 0; k < records.length; k++) {
    const row = records.row[k]!;
    const group = groupOf(computedAt(report.rag, k), mismatched.has(row));
    if (group === null) continue;
    recordAt(records, k, record);
    ragAt(report.rag, k, rag);
    // 'Target moved later' only where a revised target is later than the first: a Red action simply past its
    // one target is overdue, not moved
    const slipped = rag.revised && (rag.slippageDays ?? 0) > 0;
    const reasons: ExceptionReason[] = [];
    if (rag.computed === 'Red') reasons.push('red');
    if (slipped) reasons.push('slipped');
    if (mismatched.has(row)) reasons.push('mismatch');
    if (rag.computed === 'No date') reasons.push('no-date');
    if (rag.computed === 'Amber' && !slipped) reasons.push('due-soon');
    byGroup.get(group)!.push({
      row,
      cell: cellRef(row - 1, col),
      ref: record.ref,
      action: record.action === null ? null : shorten(record.action),
      owner: record.owner,
      target: record.target?.text ?? null,
      revisedTarget: record.revisedTarget?.text ?? null,
      computed: rag.computed,
      slippageDays: rag.slippageDays,
      progress: latestProgress(record.periods),
      group,
      reasons,
    });
  }
  // stable: sheet order among Red actions slipped alike
  byGroup.get('red')!.sort((a, b) => (b.slippageDays ?? 0) - (a.slippageDays ?? 0));
  return { sheet: report.name, asAt, amberDays, rows: EXCEPTION_GROUPS.flatMap((g) => byGroup.get(g)!) };
}
