/// <reference types="office-js" />
import { isDateFormat, parseAreaRef, type Cell, type GridRow, type MergedArea, type Sheet, type SheetState, type WorkbookGrid } from '../../core/grid';

/**
 * Excel on the web refuses a request or a response over 5 MB. A chunk of cells is sized to stay under
 * CHUNK_BUDGET_BYTES, measured as the JSON of what it returns (values, value types and number formats);
 * a chunk that is refused anyway is halved and read again.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CHUNK_BUDGET_BYTES = 2 * 1024 * 1024;
/** what a cell is guessed to cost before any has been read */
const FIRST_GUESS_BYTES_PER_CELL = 48;
/** the same ceiling as the .xlsx reader: past it a sheet is not a tracker anyone keeps by hand */
export const MAX_ROWS = 500_000;

const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

export interface ReadStats {
  /** context.sync() calls made: 2 whatever the workbook, then one per chunk read */
  readonly syncs: number;
  readonly chunks: number;
  /** the largest chunk's payload, in bytes of JSON */
  readonly largestChunkBytes: number;
}

/** A sheet that cannot be read: a code for the pane, and one line for a council officer. */
export class OfficeReadError extends Error {
  constructor(
    readonly code: 'too-many-rows' | 'row-too-large',
    message: string,
  ) {
    super(message);
    this.name = 'OfficeReadError';
  }
}

type ValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

const STATE: Readonly<Record<string, SheetState>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** One cell of a chunk as the grid holds it: formula results, not formulas; dates are numbers with a date format. */
function toCell(value: unknown, type: ValueType, format: string): Cell | undefined {
  const withFormat = (cell: { type: Cell['type']; value: Cell['value'] }): Cell =>
    format && format !== 'General' ? { ...cell, format } : cell;
  switch (type) {
    case 'Empty':
      return undefined;
    case 'String':
      return value === '' ? undefined : withFormat({ type: 'text', value: String(value) });
    case 'Integer':
    case 'Double':
      return withFormat({ type: isDateFormat(format) ? 'date' : 'number', value: Number(value) });
    case 'Boolean':
      return withFormat({ type: 'boolean', value: Boolean(value) });
    case 'Error':
      return { type: 'error', value: String(value) };
    default:
      // rich values (data types, images in cells) are read as the text Excel shows for them
      return value === null || value === undefined || value === '' ? undefined : { type: 'text', value: String(value) };
  }
}

function payloadBytes(range: Excel.Range): number {
  return JSON.stringify(range.values).length + JSON.stringify(range.valueTypes).length + JSON.stringify(range.numberFormat).length;
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PAYLOAD_ERRORS.has(code);
}

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
 * each sheet's used range and merged areas, the date system); then each sheet's used range is read in
 * chunks of rows, one sync per chunk, never one per row.
 */
export async function readOfficeGrid(context: Excel.RequestContext): Promise<{ grid: WorkbookGrid; stats: ReadStats }> {
  let syncs = 0;
  let chunks = 0;
  let largestChunkBytes = 0;
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
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
    const merged = range.getMergedAreasOrNullObject();
    merged.load('isNullObject,address');
    return { ws, range, merged };
  });
  await sync();

  const sheets: Sheet[] = [];
  let budget = CHUNK_BUDGET_BYTES;
  for (const { ws, range, merged } of used) {
    const state = STATE[ws.visibility] ?? 'visible';
    if (range.isNullObject) {
      sheets.push({ name: ws.name, state, rows: [], merges: [], rowCount: 0, colCount: 0 });
      continue;
    }
    const top = range.rowIndex;
    const left = range.columnIndex;
    const height = range.rowCount;
    const width = range.columnCount;
    if (top + height > MAX_ROWS) {
      throw new OfficeReadError('too-many-rows', `Sheet "${ws.name}" uses ${(top + height).toLocaleString('en-GB')} rows, more than the ${MAX_ROWS.toLocaleString('en-GB')} Tracker Check reads`);
    }
    const rows: Array<GridRow | undefined> = new Array(top + height);
    let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
    let done = 0;
    while (done < height) {
      for (;;) {
        const take = Math.max(1, Math.min(height - done, Math.floor(budget / (bytesPerCell * width))));
        const chunk = ws.getRangeByIndexes(top + done, left, take, width);
        chunk.load('values,valueTypes,numberFormat');
        try {
          await sync();
        } catch (error) {
          if (!isPayloadError(error)) throw error;
          if (take === 1) throw new OfficeReadError('row-too-large', `Row ${top + done + 1} of sheet "${ws.name}" holds more than Excel can send at once: it cannot be read`);
          // the host's limit is lower than aimed for: every chunk from here on aims at half as much
          budget = (take * width * bytesPerCell) / 2;
          continue;
        }
        chunks++;
        const bytes = payloadBytes(chunk);
        largestChunkBytes = Math.max(largestChunkBytes, bytes);
        // the next chunk is sized on what this one cost, never guessing lower than what was seen
        bytesPerCell = Math.max(bytesPerCell, bytes / (take * width));
        for (let r = 0; r < take; r++) {
          const values = chunk.values[r]!;
          const types = chunk.valueTypes[r]! as ValueType[];
          const formats = chunk.numberFormat[r]! as string[];
          let cells: Array<Cell | undefined> | undefined;
          for (let c = 0; c < width; c++) {
            const cell = toCell(values[c], types[c]!, formats[c] ?? 'General');
            if (cell === undefined) continue;
            cells ??= [];
            cells[left + c] = cell;
          }
          rows[top + done + r] = cells;
        }
        done += take;
        break;
      }
    }
    let rowCount = 0;
    let colCount = 0;
    rows.forEach((cells, r) => {
      if (!cells) return;
      rowCount = r + 1;
      colCount = Math.max(colCount, cells.length);
    });
    const merges = merged.isNullObject ? [] : parseMergedAddress(merged.address);
    sheets.push({ name: ws.name, state, rows, merges, rowCount, colCount });
  }
  return { grid: { sheets, date1904 }, stats: { syncs, chunks, largestChunkBytes } };
}
