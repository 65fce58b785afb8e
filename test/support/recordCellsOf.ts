import type { Sheet } from '../../src/core/grid';
import { detectTracker, type Tracker } from '../../src/core/detect/detectTracker';
import { classifyRows, indexColumns, type ClassifiedRows, type ColumnIndex } from '../../src/core/rows/classifyRows';
import { RecordCells } from '../../src/core/rows/recordCells';

/** Test helper: a sheet's tracker, its classified rows and where each record's cells are. */
export function recordCellsOf(sheet: Sheet): { tracker: Tracker; cols: ColumnIndex; rows: ClassifiedRows; cells: RecordCells } {
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  const cols = indexColumns(tracker);
  const rows = classifyRows(sheet, tracker, cols);
  return { tracker, cols, rows, cells: new RecordCells(sheet, rows, cols) };
}
