/// <reference types="office-js" />
import type { MergedArea } from '../../core';

/** Excel's rows and columns, counted */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * Range.getMergedAreasOrNullObject "will fail to return the result" when "the merged areas count in this
 * range is more than 512" (its reference, learn.microsoft.com/javascript/api/excel/excel.range). A sheet
 * found to hold that many is read in bands of this many rows: a tracker has a merged section row or
 * progress cell or two a row, far under 512 in 128 rows.
 */
export const BAND_ROWS = 128;
/** a band still refused is halved, down to this many rows; one refused at this size is not refused for its merged areas */
export const MIN_BAND_ROWS = 16;

/** A rectangle of one sheet whose merged areas are read at once, 0-based. */
export interface Band {
  /** the sheet's place in the list read */
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

/**
 * The areas are loaded with the RangeAreas itself, in the sync that says whether it is null: nothing is
 * called through it before then. They are read as rectangles (RangeAreas.areas, ExcelApi 1.9), not parsed
 * out of an address.
 */
const AREA_FIELDS = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

/**
 * Queues the read of the merged areas whose top-left cell is in `band` of `ws`; what it gives once synced.
 * Excel gives only those anyway (office-js issue 3611: "only the merged areas whose top left cell originates
 * in the range passed ... are returned"); any other is dropped here too, so bands that share no cell find
 * each area once, and whole.
 */
export function queueMergedAreas(ws: Excel.Worksheet, band: Omit<Band, 'sheet'>): () => MergedArea[] {
  const whole = band.top === 0 && band.left === 0 && band.height === EXCEL_ROWS && band.width === EXCEL_COLUMNS;
  // the whole sheet is a range that always exists, as the used range of an empty sheet does not
  const range = whole ? ws.getRange() : ws.getRangeByIndexes(band.top, band.left, band.height, band.width);
  const merged = range.getMergedAreasOrNullObject();
  merged.load(AREA_FIELDS);
  return () => {
    if (merged.isNullObject) return [];
    return merged.areas.items.flatMap((r) => {
      const inBand = r.rowIndex >= band.top && r.rowIndex < band.top + band.height && r.columnIndex >= band.left && r.columnIndex < band.left + band.width;
      return inBand ? [{ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 }] : [];
    });
  };
}

/** the whole width of rows `top` to `top + height` of a sheet, in bands of `rows` rows */
export function rowBands(sheet: number, top: number, height: number, rows = BAND_ROWS): Band[] {
  const bands: Band[] = [];
  for (let at = top; at < top + height; at += rows) bands.push({ sheet, top: at, left: 0, height: Math.min(rows, top + height - at), width: EXCEL_COLUMNS });
  return bands;
}

/** a band in two halves of its rows, down to MIN_BAND_ROWS; one that small as it is */
export function halveBand(band: Band): Band[] {
  if (band.height <= MIN_BAND_ROWS) return [band];
  const upper = Math.ceil(band.height / 2);
  return [{ ...band, height: upper }, { ...band, top: band.top + upper, height: band.height - upper }];
}

/** merged areas top to bottom, then left to right, as a sheet part lists them */
export function inReadingOrder(areas: MergedArea[]): MergedArea[] {
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The merged areas of the given rows of each sheet (null: a sheet not read), read in bands of BAND_ROWS rows,
 * one sync for all the sheets' bands. Excel says nothing of which range it refused, so when a sync is
 * refused every band is halved and the bands read again, one sync each time, never one per row or per
 * sheet; the error is thrown again once no band can be halved.
 */
export async function readMergedAreasInBands(sync: () => Promise<void>, sheets: ReadonlyArray<{ ws: Excel.Worksheet; top: number; height: number } | null>): Promise<MergedArea[][]> {
  let bands = sheets.flatMap((s, i) => (s === null ? [] : rowBands(i, s.top, s.height)));
  for (;;) {
    const reads = bands.map((b) => queueMergedAreas(sheets[b.sheet]!.ws, b));
    try {
      await sync();
    } catch (error) {
      const smaller = bands.flatMap(halveBand);
      if (smaller.length === bands.length) throw error;
      bands = smaller;
      continue;
    }
    const out: MergedArea[][] = sheets.map(() => []);
    bands.forEach((b, i) => out[b.sheet]!.push(...reads[i]!()));
    return out.map(inReadingOrder);
  }
}
