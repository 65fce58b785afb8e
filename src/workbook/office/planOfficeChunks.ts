import { SETTINGS_SHEET, type PlanCell, type WritePlan } from '../../core';
import { officeBlocks } from './officeBlocks';
import type { OfficeChunk } from './officeChunk';
import { linkChunks } from './officeLinks';
import { officeStyleAreas, styleChunks } from './officeStyles';
import { CHUNK_BUDGET_BYTES } from './readChunks';
import { blockChunks } from './writeOfficeBlocks';
import { chartChunks } from './officeCharts';

/** the settings sheet's key and value columns, in characters, as the .xlsx writer sets them */
export const SETTINGS_WIDTHS = [16, 100];

/** the settings sheet's rows as cells: keys in column A, values in B, all text */
export function settingsCells(rows: WritePlan['settingsRows']): PlanCell[] {
  return rows.flatMap(([key, value], row) => [{ row, col: 0, value: key }, { row, col: 1, value }]);
}

/** A plan's writes as requests, in the order they are sent. */
export interface OfficeChunks {
  /** the product's sheets and the settings sheet: their cells, then links, then formats */
  readonly sheets: readonly OfficeChunk[];
  /** the product's columns on the tracker sheets: their cells, then formats */
  readonly columns: readonly OfficeChunk[];
  /**
   * the product's charts: drawn in the last sync, on the sheets as they will stay (a chart drawn on a
   * temporary sheet would go with it when a refreshed sheet's cells are copied into the old one)
   */
  readonly charts: readonly OfficeChunk[];
  /** the requests sent one sync each: the sheets' and the columns' */
  readonly count: number;
}

/**
 * Every request a plan's write takes, planned before anything is written: the pane can say how long a
 * write is before it starts, and each request is under `budgetBytes`. The sheets are named as the plan
 * names them; applyOfficePlan writes the product's sheets under temporary names.
 */
export function planOfficeChunks(plan: WritePlan, budgetBytes = CHUNK_BUDGET_BYTES): OfficeChunks {
  const sheetCells: Array<[string, readonly PlanCell[]]> = [...plan.sheets.map((s): [string, readonly PlanCell[]] => [s.name, s.cells]), [SETTINGS_SHEET, settingsCells(plan.settingsRows)]];
  const sheets = [
    ...blockChunks(sheetCells.flatMap(([name, cells]) => officeBlocks(name, cells, budgetBytes)), budgetBytes),
    ...plan.sheets.flatMap((s) => linkChunks(s.name, s.cells, budgetBytes)),
    ...styleChunks(sheetCells.flatMap(([name, cells]) => officeStyleAreas(name, cells)), budgetBytes),
  ];
  const columns = [
    ...blockChunks(plan.trackerColumns.flatMap((c) => officeBlocks(c.sheet, c.cells, budgetBytes)), budgetBytes),
    ...styleChunks(plan.trackerColumns.flatMap((c) => officeStyleAreas(c.sheet, c.cells)), budgetBytes),
  ];
  return { sheets, columns, charts: chartChunks(plan.sheets, budgetBytes), count: sheets.length + columns.length };
}
