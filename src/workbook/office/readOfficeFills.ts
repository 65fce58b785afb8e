/// <reference types="office-js" />
import type { FillRow, WorkbookGrid, FillRange } from '../../core';
import { ChunkedReader } from './readChunks';

export interface FillStats {
  /** context.sync() calls made: one per chunk, none when there is nothing to read */
  readonly syncs: number;
  readonly chunks: number;
  /** the largest chunk's payload, in bytes of JSON */
  readonly largestChunkBytes: number;
}

/**
 * The grid with the fill colours of the given ranges (the status columns a run reads: see
 * statusFillRanges), as the .xlsx reader gives every cell's. Office.js has no bulk read of fills but
 * Range.getCellProperties (ExcelApi 1.9), which gives each cell's format.fill.color for a whole range in
 * one request: the ranges are read in chunks of rows, one sync per chunk, never one per row or cell.
 */
export async function readOfficeFills(context: Excel.RequestContext, grid: WorkbookGrid, ranges: readonly FillRange[]): Promise<{ grid: WorkbookGrid; stats: FillStats }> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const worksheets = new Map<string, Excel.Worksheet>();
  const sheetNamed = (name: string): Excel.Worksheet => {
    let ws = worksheets.get(name);
    if (!ws) worksheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const reader = new ChunkedReader(sync);
  const bySheet = await reader.readFills(
    ranges.map((r) => ({ ws: sheetNamed(r.sheet), sheet: r.sheet, top: r.top, left: r.col, height: r.bottom - r.top + 1, width: 1 })),
  );
  const sheets = grid.sheets.map((sheet) => {
    const fills: Array<FillRow | undefined> | undefined = bySheet.get(sheet.name);
    return fills ? { ...sheet, fills } : sheet;
  });
  return { grid: { ...grid, sheets }, stats: { syncs, chunks: reader.chunks, largestChunkBytes: reader.largestChunkBytes } };
}
