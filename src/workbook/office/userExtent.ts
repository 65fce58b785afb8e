/// <reference types="office-js" />
import type { MergedArea } from '../../core';
import { BAND_ROWS, EXCEL_COLUMNS, EXCEL_ROWS, queueMergedAreas } from './readMergedAreas';

/** Office.context.requirements, as far as the adapter asks it. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The host's requirement sets inside Office; outside it, none asked about is taken as there. */
export function hostRequirements(): Requirements {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements ?? { isSetSupported: () => false };
}

/** Excel's standard column is 64 pixels, 48 points: how many columns a drawing spans is guessed by it before their widths are read. */
const STANDARD_COLUMN_POINTS = 48;
/** the fewest columns whose widths are read for a sheet's drawings */
const FEWEST_WIDTHS = 64;
/** Worksheet.notes and Note.getLocation: ExcelApi 1.18, newer than the manifest's 1.13, so asked about */
const NOTES_SET = '1.18';

/** 0-based, one past the last column of a range; 0 for a null object */
const rangeEnd = (range: Excel.Range): number => (range.isNullObject ? 0 : range.columnIndex + range.columnCount);

/**
 * One past the rightmost column areas reach, those reaching column XFD left out: a range that reaches the
 * sheet's last column covers whole rows and says nothing of where content ends (as areasExtent, the .xlsx
 * path's rule, trackerSheetEdits.ts).
 */
export function areasEnd(areas: ReadonlyArray<{ readonly columnIndex: number; readonly columnCount: number }>): number {
  let end = 0;
  for (const { columnIndex, columnCount } of areas) {
    const after = columnIndex + columnCount;
    if (after < EXCEL_COLUMNS) end = Math.max(end, after);
  }
  return end;
}

/**
 * The column a drawing's right edge is in, from the widths of the columns from A (points, as
 * getColumnProperties gives them), as Excel anchors it in the .xlsx (xdr:to): the last column whose left
 * edge is at or left of the edge. Undefined when the columns given end before the edge.
 */
export function columnAtEdge(widths: readonly number[], edge: number): number | undefined {
  let left = 0;
  let column = -1;
  for (let c = 0; c < widths.length; c++) {
    if (left > edge) break;
    column = c;
    left += widths[c]!;
  }
  if (left < edge) return widths.length < EXCEL_COLUMNS ? undefined : EXCEL_COLUMNS - 1;
  return left === edge && widths.length < EXCEL_COLUMNS ? widths.length : column;
}

type Span = readonly [from: number, to: number];

/**
 * How far the user's things reach on one sheet, measured as the .xlsx path measures a sheet part
 * (userColumns, writeResults.ts): cells with a value or formatting (merged cells are formatted), and what
 * the used range leaves out: conditional formats and data validation (Range.getSpecialCellsOrNullObject,
 * ExcelApi 1.9), charts and shapes (their left and width, in points, put in columns by the columns'
 * widths, ExcelApi 1.9), threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18, where the host has it).
 * A row formatted whole stretches the used range to column XFD, which the .xlsx path ignores (Excel saves
 * a row's format on the row, not as cells): on the rows with anything in column XFD only values and merged
 * areas count (those of up to BAND_ROWS rows, under the 512 Excel gives at once). Not measured as the .xlsx
 * path does: a cell formatted but empty on a row between two rows formatted whole, and a column formatted
 * whole (the .xlsx path ignores it as it does a row; here its cells count, as far as the used range goes).
 *
 * Three steps, each queued for a sync the caller makes for every sheet at once: the probe (made with the
 * sheet's used range, formatting included), `queueMeasure` (nothing to queue, and no sync needed, for a
 * sheet with no drawing, comment or note whose used range stops short of XFD), then `queueWiderColumns`
 * (only when a drawing reaches past the columns whose widths were guessed enough).
 */
export class SheetExtent {
  private readonly lastColumn: Excel.Range;
  private readonly charts: Excel.ChartCollection;
  private readonly shapes: Excel.ShapeCollection;
  private readonly comments: OfficeExtension.ClientResult<number>;
  private readonly notes: OfficeExtension.ClientResult<number> | null;
  private readonly conditionalFormats: Excel.RangeAreas;
  private readonly dataValidations: Excel.RangeAreas;
  private cells: Excel.Range[] | null = null;
  private bandMerges: (() => MergedArea[]) | null = null;
  private widths: Array<OfficeExtension.ClientResult<Excel.ColumnProperties[]>> = [];
  private locations: Excel.Range[] = [];

  /** `used`: the sheet's used range, formatting included, loaded with its indexes in the same sync */
  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly used: Excel.Range,
    requirements: Requirements,
  ) {
    // the rows with anything in column XFD: a row formatted whole, or a value there
    this.lastColumn = ws.getRangeByIndexes(0, EXCEL_COLUMNS - 1, EXCEL_ROWS, 1).getUsedRangeOrNullObject();
    this.lastColumn.load('rowIndex,rowCount');
    this.charts = ws.charts;
    this.charts.load('items/left,items/width');
    this.shapes = ws.shapes;
    this.shapes.load('items/left,items/width');
    this.comments = ws.comments.getCount();
    this.notes = requirements.isSetSupported('ExcelApi', NOTES_SET) ? ws.notes.getCount() : null;
    const whole = ws.getRange();
    this.conditionalFormats = whole.getSpecialCellsOrNullObject('ConditionalFormats');
    this.conditionalFormats.load('areas/items/columnIndex,areas/items/columnCount');
    this.dataValidations = whole.getSpecialCellsOrNullObject('DataValidations');
    this.dataValidations.load('areas/items/columnIndex,areas/items/columnCount');
  }

  /** the right edge of the rightmost drawing, in points; 0 for none */
  private drawingsEdge(): number {
    let edge = 0;
    for (const d of [...this.charts.items, ...this.shapes.items]) edge = Math.max(edge, d.left + d.width);
    return edge;
  }

  private reachesLastColumn(): boolean {
    return rangeEnd(this.used) === EXCEL_COLUMNS;
  }

  /** the used range of rows `top` to `bottom` (inclusive) of columns `from` to `to` */
  private usedIn(top: number, bottom: number, [from, to]: Span, valuesOnly: boolean): Excel.Range {
    const range = this.ws.getRangeByIndexes(top, from, bottom - top + 1, to - from).getUsedRangeOrNullObject(valuesOnly);
    range.load('columnIndex,columnCount');
    return range;
  }

  /**
   * After the probe's sync: queues what is left to measure, over the given spans of columns (the product's
   * own columns left out) or the whole used range. Whether anything was queued.
   */
  queueMeasure(spans?: readonly Span[]): boolean {
    const { used } = this;
    if (!used.isNullObject && (spans !== undefined || this.reachesLastColumn())) {
      const top = used.rowIndex;
      const bottom = used.rowIndex + used.rowCount - 1;
      const band = this.lastColumn.isNullObject ? null : { top: this.lastColumn.rowIndex, bottom: this.lastColumn.rowIndex + this.lastColumn.rowCount - 1 };
      if (band !== null && band.bottom - band.top < BAND_ROWS) {
        this.bandMerges = queueMergedAreas(this.ws, { top: band.top, left: 0, height: band.bottom - band.top + 1, width: EXCEL_COLUMNS });
      }
      this.cells = (spans ?? [[used.columnIndex, EXCEL_COLUMNS] as const]).flatMap((span) => {
        if (band === null) return [this.usedIn(top, bottom, span, false)];
        return [
          ...(band.top > top ? [this.usedIn(top, band.top - 1, span, false)] : []),
          ...(band.bottom < bottom ? [this.usedIn(band.bottom + 1, bottom, span, false)] : []),
          this.usedIn(Math.max(top, band.top), Math.min(bottom, band.bottom), span, true),
        ];
      });
    }
    const edge = this.drawingsEdge();
    if (edge > 0) this.queueWidths(0, Math.min(EXCEL_COLUMNS, Math.max(FEWEST_WIDTHS, 2 * Math.ceil(edge / STANDARD_COLUMN_POINTS))));
    const count = this.comments.value + (this.notes?.value ?? 0);
    this.locations = [
      ...Array.from({ length: this.comments.value }, (_, i) => this.ws.comments.getItemAt(i).getLocation()),
      ...Array.from({ length: this.notes?.value ?? 0 }, (_, i) => this.ws.notes.getItemAt(i).getLocation()),
    ];
    for (const cell of this.locations) cell.load('columnIndex');
    return this.cells !== null || edge > 0 || count > 0;
  }

  private queueWidths(from: number, to: number): void {
    this.widths.push(this.ws.getRangeByIndexes(0, from, 1, to - from).getColumnProperties({ format: { columnWidth: true } }));
  }

  private widthsRead(): number[] {
    return this.widths.flatMap((w) => w.value.map((c) => c.format?.columnWidth ?? 0));
  }

  /** After the measure's sync: queues the widths of the rest of the columns when a drawing reaches past those read. Whether it did. */
  queueWiderColumns(): boolean {
    const edge = this.drawingsEdge();
    if (edge === 0) return false;
    const read = this.widthsRead();
    if (columnAtEdge(read, edge) !== undefined) return false;
    this.queueWidths(read.length, EXCEL_COLUMNS);
    return true;
  }

  /** 0-based: one past the last column anything of the user's reaches on the sheet */
  get extent(): number {
    const merged = this.bandMerges?.().map((m) => ({ columnIndex: m.left, columnCount: m.right - m.left + 1 })) ?? [];
    const cells = this.cells === null ? rangeEnd(this.used) : Math.max(areasEnd(merged), ...this.cells.map(rangeEnd));
    const edge = this.drawingsEdge();
    const drawings = edge > 0 ? columnAtEdge(this.widthsRead(), edge)! + 1 : 0;
    const remarks = Math.max(0, ...this.locations.map((cell) => cell.columnIndex + 1));
    const special = [this.conditionalFormats, this.dataValidations].map((areas) => (areas.isNullObject ? 0 : areasEnd(areas.areas.items)));
    return Math.max(cells, drawings, remarks, ...special);
  }
}
