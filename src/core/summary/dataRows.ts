import type { SheetReport } from '../checkSheet';
import type { ActionRecord } from '../record';
import type { RagResult } from '../rag/ragResult';
import { recordAt } from '../rows/recordTable';
import { ragAt } from '../rag/ragTable';

export interface DataRow {
  readonly row: number;
  readonly record: ActionRecord;
  readonly rag: RagResult;
}

/**
 * The action rows of a checked sheet, with their record and computed RAG, one at a time: a summary keeps
 * what it counts, not 100,000 records at once.
 */
export function* dataRows(report: Pick<SheetReport, 'records' | 'rag'>): Generator<DataRow, void, undefined> {
  for (let k = 0; k < report.records.length; k++) yield { row: report.records.row[k]!, record: recordAt(report.records, k), rag: ragAt(report.rag, k) };
}

export const NO_SECTION = '(no section)';
/** what By owner and the report call the actions whose owner cell names no one */
export const NO_OWNER = '(no owner)';
