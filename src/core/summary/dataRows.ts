import type { RowReport, SheetReport } from '../checkSheet';
import type { ActionRecord } from '../record';
import type { RagResult } from '../rag/ragResult';

export interface DataRow {
  readonly row: number;
  readonly record: ActionRecord;
  readonly rag: RagResult;
}

/** the action rows of a checked sheet, with their record and computed RAG */
export function dataRows(report: Pick<SheetReport, 'rows'>): DataRow[] {
  const out: DataRow[] = [];
  for (const r of report.rows as RowReport[]) if (r.kind === 'data' && r.record && r.rag) out.push({ row: r.row, record: r.record, rag: r.rag });
  return out;
}

export const NO_SECTION = '(no section)';
