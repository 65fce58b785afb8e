/// <reference types="office-js" />
import { parseAreaRef, type GridRow, type MergedArea, type Sheet, type SheetState, type WorkbookGrid } from '../../core/grid';
import { ChunkedReader, OfficeReadError } from './readChunks';

/** the same ceiling as the .xlsx reader: past it a sheet is not a tracker anyone keeps by hand */
export const MAX_ROWS = 500_000;

export interface ReadStats {
  /** context.sync() calls made: 2 whatever the workbook, then one per chunk read */
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

// a sheet name (quoted, where a quote is written twice, or plain), "!", then a cell or an area
const AREA_IN_ADDRESS = /(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)/g;

/** "Sheet1!A1:B2, 'My sheet, 2010'!C3:D4" → the areas (the sheet names are those of the range read) */
export function parseMergedAddress(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of address.matchAll(AREA_IN_ADDRESS)) {
    const area = parseAreaRef(m[1]!);
    if (area) out.push(area);
  }
  return out;
}

/**
 * Every worksheet of the open workbook as the engine's grid: values with their types and number formats,
 * merged areas and the date system. Two context.sync() calls read what the workbook holds (its sheets,
 * each sheet's used range and merged areas, the date system); then the used ranges are read in chunks of
 * rows, one sync per chunk, never one per row (small sheets share a chunk).
 */
export async function readOfficeGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ grid: WorkbookGrid; stats: ReadStats }> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  // DATE(1904,1,1) is day 0 in the 1904 date system and day 1462 in the 1900 one: the one way Office.js
  // tells which a workbook uses, with no cell written.
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await sync();
  const date1904 = epoch.value === 0;

  const used = worksheets.items.map((ws) => {
    if (options.sheets && !options.sheets(ws.name)) return { ws, range: null, merged: null };
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    return { ws, range, merged };
  });
  await sync();

  const toRead = used.flatMap(({ ws, range }) => (range === null || range.isNullObject ? [] : [{ ws, range }]));
  for (const { ws, range } of toRead) {
    const bottom = range.rowIndex + range.rowCount;
    if (bottom > MAX_ROWS) {
      throw new OfficeReadError('too-many-rows', `Sheet "${ws.name}" uses ${bottom.toLocaleString('en-GB')} rows, more than the ${MAX_ROWS.toLocaleString('en-GB')} Tracker Check reads`);
    }
  }
  const reader = new ChunkedReader(sync);
  const read = await reader.read(toRead.map(({ ws, range }) => ({ ws, sheet: ws.name, top: range.rowIndex, left: range.columnIndex, height: range.rowCount, width: range.columnCount })));

  const sheets: Sheet[] = used.map(({ ws, merged }) => {
    const state = STATE[ws.visibility] ?? 'visible';
    const i = toRead.findIndex((t) => t.ws === ws);
    if (i < 0 || merged === null) return { name: ws.name, state, rows: [], merges: [], rowCount: 0, colCount: 0 };
    const rows: Array<GridRow | undefined> = read[i]!;
    let rowCount = 0;
    let colCount = 0;
    rows.forEach((cells, r) => {
      if (!cells) return;
      rowCount = r + 1;
      colCount = Math.max(colCount, cells.length);
    });
    const merges = merged.isNullObject ? [] : parseMergedAddress(merged.address);
    return { name: ws.name, state, rows, merges, rowCount, colCount };
  });
  return { grid: { sheets, date1904 }, stats: { syncs, chunks: reader.chunks, largestChunkBytes: reader.largestChunkBytes } };
}
