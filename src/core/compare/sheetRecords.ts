import type { SheetReport } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import { blankRagResult } from '../rag/ragResult';
import { ragAt } from '../rag/ragTable';
import { latestProgress, type ComputedStatus } from '../record';
import { blankRecord, recordAt } from '../rows/recordTable';
import type { MatchRecord } from './matchActions';

/** What compare reads of one record of a return, as that return judged it at its own as-at date. */
export interface ComparedRecord extends MatchRecord {
  /** 1-based */
  readonly row: number;
  readonly status: ComputedStatus;
  readonly completedOn: IsoDate | null;
  /** where the target it was judged by came from, when that was a revised target: its column or the progress text */
  readonly revisedFrom: 'column' | 'progress' | null;
  /** the newest period's progress text */
  readonly progress: string | null;
}

/** Every record of a checked sheet, in row order. */
export function comparedRecords(report: SheetReport): ComparedRecord[] {
  const record = blankRecord(report.records);
  const rag = blankRagResult();
  const out: ComparedRecord[] = [];
  for (let k = 0; k < report.records.length; k++) {
    recordAt(report.records, k, record);
    ragAt(report.rag, k, rag);
    out.push({
      row: record.row,
      ref: record.ref,
      action: record.action,
      owner: record.owner,
      section: record.section,
      target: rag.targetDate,
      status: rag.computed,
      completedOn: rag.completedOn,
      revisedFrom: rag.targetWhy === 'revised-target' ? record.revisedTargetSource : null,
      progress: latestProgress(record.periods),
    });
  }
  return out;
}

/** the sheet has a column of progress text, in some reporting period */
export function hasProgressColumn(report: SheetReport): boolean {
  return report.mapping.periods.some((p) => p.progress !== null);
}
