/// <reference types="office-js" />
import { formatCount, type GridRow, type MergedArea, type Sheet, type SheetState, type WorkbookGrid } from '../../core';
import { queueDateSystem } from './dateSystem';
import { ChunkedReader, OfficeReadError } from './readChunks';
import { EXCEL_COLUMNS, EXCEL_ROWS, inReadingOrder, queueMergedAreas, readMergedAreasInBands } from './readMergedAreas';

/** the same ceiling as the .xlsx reader: past it a sheet is not a tracker anyone keeps by hand */
export const MAX_ROWS = 500_000;

export interface ReadStats {
  /**
   * context.sync() calls made: 2, then one per chunk read; a few more when a sheet holds more merged areas
   * than Excel gives at once
   */
  readonly syncs: number;
  readonly chunks: number;
  /** the largest chunk's payload, in bytes of JSON */
  readonly largestChunkBytes: number;
}

export interface ReadOptions {
  /**
   * Which sheets to read, as readXlsx takes it: a sheet left out is still listed (name and state, in
   * workbook order) with no cells. The pane leaves out Tracker Check's own sheets, which
   * readOfficeFacts reads.
   */
  readonly sheets?: (name: string) => boolean;
}

const STATE: Readonly<Record<string, SheetState>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** the whole of a sheet: a range that always exists, as the used range of a blank sheet does not */
const WHOLE_SHEET = { top: 0, left: 0, height: EXCEL_ROWS, width: EXCEL_COLUMNS };

/**
 * Every worksheet of the open workbook as the engine's grid: values with their types and number formats,
 * merged areas and the date system. Two context.sync() calls read what the workbook holds (its sheets and
 * the date system; each sheet's used range and, over the whole sheet, its merged areas); then the used
 * ranges are read in chunks of rows, one sync per chunk, never one per row (small sheets share a chunk).
 * A sheet with more merged areas than Excel gives at once costs a few syncs more (see readMergedAreas).
 * Nothing is asked through a used range, which is a null object on a blank sheet.
 */
export async function readOfficeGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ grid: WorkbookGrid; stats: ReadStats }> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const date1904 = queueDateSystem(context.workbook);
  await sync();

  const included = worksheets.items.map((ws) => (options.sheets && !options.sheets(ws.name) ? null : ws));
  /** each sheet's cells in use (values only), or formatting too */
  const queueUsed = (valuesOnly: boolean): Array<Excel.Range | null> =>
    included.map((ws) => {
      if (ws === null) return null;
      const range = ws.getUsedRangeOrNullObject(valuesOnly);
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return range;
    });
  let used = queueUsed(true);
  const wholeSheets = included.map((ws) => ws && queueMergedAreas(ws, WHOLE_SHEET));
  let merges: MergedArea[][];
  try {
    await sync();
    merges = wholeSheets.map((read) => (read ? inReadingOrder(read()) : []));
  } catch {
    // Excel refuses a range's merged areas when it holds more than 512, and says nothing of which sheet
    // it was: the used ranges are read again, with the rows formatting reaches (merged cells are
    // formatted), and the merged areas in bands of those rows. A refusal now is not for merged areas.
    used = queueUsed(true);
    const formatted = queueUsed(false);
    await sync();
    merges = await readMergedAreasInBands(
      sync,
      included.map((ws, i) => {
        const rows = formatted[i];
        return ws === null || !rows || rows.isNullObject ? null : { ws, top: rows.rowIndex, height: rows.rowCount };
      }),
    );
  }

  const toRead = included.flatMap((ws, i) => {
    const range = used[i];
    return ws === null || !range || range.isNullObject ? [] : [{ ws, range }];
  });
  for (const { ws, range } of toRead) {
    const bottom = range.rowIndex + range.rowCount;
    if (bottom > MAX_ROWS) {
      throw new OfficeReadError('too-many-rows', `Sheet "${ws.name}" uses ${formatCount(bottom)} rows, more than the ${formatCount(MAX_ROWS)} Tracker Check reads`);
    }
  }
  const reader = new ChunkedReader(sync);
  const read = await reader.read(toRead.map(({ ws, range }) => ({ ws, sheet: ws.name, top: range.rowIndex, left: range.columnIndex, height: range.rowCount, width: range.columnCount })));

  const sheets: Sheet[] = worksheets.items.map((ws, i) => {
    const state = STATE[ws.visibility] ?? 'visible';
    const at = toRead.findIndex((t) => t.ws === ws);
    const sheetMerges = included[i] === null ? [] : merges[i]!;
    if (at < 0) return { name: ws.name, state, rows: [], merges: sheetMerges, rowCount: 0, colCount: 0 };
    const rows: Array<GridRow | undefined> = read[at]!;
    let rowCount = 0;
    let colCount = 0;
    rows.forEach((cells, r) => {
      if (!cells) return;
      rowCount = r + 1;
      colCount = Math.max(colCount, cells.length);
    });
    return { name: ws.name, state, rows, merges: sheetMerges, rowCount, colCount };
  });
  return { grid: { sheets, date1904: date1904() }, stats: { syncs, chunks: reader.chunks, largestChunkBytes: reader.largestChunkBytes } };
}
