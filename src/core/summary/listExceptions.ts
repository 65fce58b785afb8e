import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/dateExpression';
import { cellRef, columnIndex } from '../grid';
import { latestProgress } from '../record';
import type { SheetMapping } from '../settings';
import { dataRows } from './dataRows';
import type { ExceptionReason, ExceptionsModel } from './summaryModels';

const ACTION_LENGTH = 120;

/** one line, at most ACTION_LENGTH characters, cut at a word where it can be */
export function shorten(text: string, limit = ACTION_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** the column an exception links back to: the ref when there is one, else the action */
function linkColumn(mapping: SheetMapping): number {
  const m = mapping.columns.ref ?? mapping.columns.action ?? null;
  return m ? columnIndex(m.column) : 0;
}

/**
 * Every Red, slipped (by the original target), mismatched (reported better than the dates show) or
 * dateless action, in sheet order. A reported status worse than the dates is not an exception.
 */
export function listExceptions(report: SheetReport, asAt: IsoDate): ExceptionsModel {
  const mismatched = new Set<number>();
  for (const i of report.issues) if (i.code === 'status-mismatch' && i.severity === 'warning' && i.row !== null) mismatched.add(i.row);
  const col = linkColumn(report.mapping);
  const rows: ExceptionsModel['rows'] = [];
  for (const { row, record, rag } of dataRows(report)) {
    const reasons: ExceptionReason[] = [];
    if (rag.computed === 'Red') reasons.push('red');
    if ((rag.slippageDays ?? 0) > 0) reasons.push('slipped');
    if (mismatched.has(row)) reasons.push('mismatch');
    if (rag.computed === 'No date') reasons.push('no-date');
    if (reasons.length === 0) continue;
        rows.push({
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
      reasons,
    });
  }
  return { sheet: report.name, asAt, rows };
}
