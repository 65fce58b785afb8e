import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetReport } from '../../src/core/checkSheet';
import { checkWorkbook, type WorkbookReport } from '../../src/core/checkWorkbook';
import { ragAt } from '../../src/core/rag/ragTable';
import type { RagResult } from '../../src/core/rag/ragResult';
import type { ActionRecord } from '../../src/core/record';
import { recordAt } from '../../src/core/rows/recordTable';
import { makeSettings } from '../../src/core/settings';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { reportOf } from '../support/reportOf';
import { ROOT } from '../support/runCli';

/** A return as the check reads it, at its as-at date, with the default settings (`file` from the repository's root). */
export function checkReturn(file: string, asAt: string): WorkbookReport {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
  return reportOf(checkWorkbook(readXlsx(bytes), { ...makeSettings({ asAt }), asAt }));
}

/** The record whose first row is `row` (1-based), with its RAG; null when no record starts there. */
export function recordOfRow(sheet: SheetReport, row: number): { record: ActionRecord; rag: RagResult } | null {
  const k = sheet.records.row.indexOf(row);
  return k < 0 ? null : { record: recordAt(sheet.records, k), rag: ragAt(sheet.rag, k) };
}
