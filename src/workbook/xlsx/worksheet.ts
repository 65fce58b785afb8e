/**
 * One worksheet part, streamed: cells go straight into sparse row arrays (cellRows.ts), merges are kept as
 * areas (a merge over the whole sheet is one small object), fill colours beside the values (fillRows.ts).
 * This is the hot path: one reader per sheet, whose fields are its state, reading the <c> attributes and
 * the <v> numbers straight from the decoded chunk (no string per attribute or value: cellAttributes.ts,
 * cellValues.ts), and a repeated value costs no object at all (sharedCells.ts).
 *
 * The reader's steps, as the scanner meets the elements: <row> sets the row (openRow); <c> its place,
 * type, style and fill (openCell); <v> and the <t> of an inline string are captured (captureValue,
 * captureInlineText, range, text, keepValue, keepInlineText); </c> makes the cell (finishCell: numberCell,
 * sharedStringCell or typedCell) and puts it in its row; <mergeCell> adds an area (addMerge).
 */

import type { Cell, FillRow, MergedArea } from '../../core';
import { mergedAreaOf, refAttribute, rowAttribute, styleAttribute, typeAttribute, type CellPlace } from './cellAttributes';
import { CellRows } from './cellRows';
import { T_N, T_S, digitsAt, numberAt, sharedIndexOf, typedCell } from './cellValues';
import { FillRows } from './fillRows';
import type { StyleTable } from './parts';
import { NumberCells, SharedTextCells } from './sharedCells';
import { scanXmlPart, tText } from './xml';
import { detach, type XmlScanner, type XmlSink } from './xmlScanner';
import type { InflateBudget, ReaderLimits, ZipArchive, ZipEntry } from './zip';

export { SharedTextCells } from './sharedCells';

export interface WorksheetContext {
  readonly sheetName: string;
  readonly sharedStrings: ReadonlyArray<string>;
  readonly styles: StyleTable;
  readonly date1904: boolean;
  readonly limits: ReaderLimits;
  /** the text cells of the shared strings, shared by all the workbook's sheets (one is made when absent) */
  readonly textCells?: SharedTextCells;
}

export interface WorksheetData {
  rows: (Cell[] | undefined)[];
  merges: MergedArea[];
  rowCount: number;
  colCount: number;
  /** fill colours by row and column, up to the last row with a value; absent when no cell there has one */
  fills?: (FillRow | undefined)[];
}

// what the current cell's <v> holds
const V_NONE = 0;
/** one plain piece of a chunk, read without making a string: vSrc[vStart, vEnd) */
const V_RANGE = 1;
/** a string, vStr */
const V_TEXT = 2;

export function readWorksheet(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, ctx: WorksheetContext): WorksheetData {
  let reader: WorksheetReader | undefined;
  scanXmlPart(zip, entry, budget, (scanner) => (reader = new WorksheetReader(scanner, ctx, entry.name)));
  return reader!.finish();
}

class WorksheetReader implements XmlSink {
  private readonly cells: CellRows;
  private readonly merges: MergedArea[] = [];
  /** absent when no style has a fill */
  private readonly fills: FillRows | undefined;
  private readonly styleFills: ReadonlyArray<string | undefined> | undefined;
  private readonly formats: ReadonlyArray<string | undefined>;
  private readonly sharedStrings: ReadonlyArray<string>;
  private readonly textCells: SharedTextCells;
  private readonly numbers: NumberCells;
  private readonly date1904: boolean;

  private inSheetData = false;
  private inMergeCells = false;
  /** the current <row>, and the column of its last cell */
  private rowIndex = -1;
  private lastCol = -1;
  // the current <c>
  private inCell = false;
  private readonly at: CellPlace = { row: 0, col: 0 };
  private cellType = T_N;
  /** the cell's style index, or -1 when it is not a whole number (no style: General) */
  private cellStyle = 0;
  // the cell's <v>
  private vKind = V_NONE;
  private vSrc = '';
  private vStart = 0;
  private vEnd = 0;
  private vStr = '';
  /** pieces of text captured so far in <v> or <t>: 1 while it is still only a range */
  private pieces = 0;
  /** the captured text, once it is more than a range */
  private captured = '';
  // the cell's inline string
  private inIs = false;
  private isText: string | undefined;
  private inRPh = false;
  private preserve = false;

  constructor(
    private readonly scanner: XmlScanner,
    ctx: WorksheetContext,
    private readonly part: string,
  ) {
    this.cells = new CellRows(ctx.sheetName, ctx.limits.maxRowsWithValues, ctx.limits.maxColumns);
    this.styleFills = ctx.styles.fills;
    this.fills = ctx.styles.fills === undefined ? undefined : new FillRows(ctx.limits.maxColumns);
    this.formats = ctx.styles.formats;
    this.sharedStrings = ctx.sharedStrings;
    this.textCells = ctx.textCells ?? new SharedTextCells(ctx.sharedStrings);
    this.numbers = new NumberCells(ctx.styles);
    this.date1904 = ctx.date1904;
  }

  open(name: string, tag: XmlScanner): void {
    switch (name) {
      case 'c':
        if (this.inSheetData) this.openCell(tag);
        return;
      case 'v':
        if (this.inCell) this.captureValue();
        return;
      case 'row':
        if (this.inSheetData) this.openRow(tag);
        return;
      case 't':
        if (this.inIs && !this.inRPh) this.captureInlineText(tag);
        return;
      case 'is':
        if (this.inCell) {
          this.inIs = true;
          this.isText = '';
        }
        return;
      case 'rPh':
        this.inRPh = true;
        return;
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'mergeCells':
        this.inMergeCells = true;
        return;
      case 'mergeCell':
        if (this.inMergeCells) this.addMerge(tag);
        return;
      default:
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        if (this.scanner.capture) this.keepValue();
        return;
      case 'c':
        if (this.inCell) {
          this.inCell = false;
          this.scanner.capture = false;
          this.scanner.rawText = false;
          this.finishCell();
        }
        return;
      case 't':
        if (this.scanner.capture && this.inIs) this.keepInlineText();
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'rPh':
        this.inRPh = false;
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
      case 'mergeCells':
        this.inMergeCells = false;
        return;
      default:
    }
  }

  /** <row r="7">: the row its cells without r are in; a row without r is the one after the last */
  private openRow(tag: XmlScanner): void {
    const at = tag.attrIndex('r');
    this.rowIndex = at < 0 ? this.rowIndex + 1 : rowAttribute(tag, at, this.part);
    this.lastCol = -1;
  }

  /** <c r="E7" s="4" t="s">: its place (without r, the column after the last cell's), type, style and fill */
  private openCell(tag: XmlScanner): void {
    let refAt = -1;
    let styleAt = -1;
    let typeAt = -1;
    const n = tag.attrCount;
    for (let i = 0; i < n; i++) {
      if (tag.attrNameLength(i) !== 1) continue;
      const ch = tag.attrNameCode(i);
      if (ch === 114) refAt = i; // r
      else if (ch === 115) styleAt = i; // s
      else if (ch === 116) typeAt = i; // t
    }
    const at = this.at;
    if (refAt >= 0) {
      refAttribute(tag, refAt, at, this.part);
      this.rowIndex = at.row;
    } else {
      at.row = this.rowIndex < 0 ? 0 : this.rowIndex;
      at.col = this.lastCol + 1;
    }
    this.lastCol = at.col;
    this.cellType = typeAt < 0 ? T_N : typeAttribute(tag, typeAt);
    const style = styleAt < 0 ? 0 : styleAttribute(tag, styleAt);
    this.cellStyle = style;
    if (this.fills !== undefined && style >= 0) {
      const colour = this.styleFills![style];
      if (colour !== undefined) this.fills.add(at.row, at.col, colour);
    }
    this.vKind = V_NONE;
    this.pieces = 0;
    this.isText = undefined;
    this.inIs = false;
    this.inRPh = false;
    this.inCell = true;
  }

  /** <v>: its text is captured, as positions in the chunk while it is one plain piece */
  private captureValue(): void {
    this.scanner.capture = true;
    this.scanner.rawText = true;
    this.captured = '';
    this.pieces = 0;
  }

  /** <t> in an inline string (not in a phonetic run) */
  private captureInlineText(tag: XmlScanner): void {
    this.scanner.capture = true;
    this.captured = '';
    this.pieces = 0;
    this.preserve = tag.attr('xml:space') === 'preserve';
  }

  range(src: string, start: number, end: number): void {
    if (this.pieces === 0) {
      this.vSrc = src;
      this.vStart = start;
      this.vEnd = end;
      this.pieces = 1;
    } else {
      this.captured = (this.pieces === 1 ? this.vSrc.slice(this.vStart, this.vEnd) : this.captured) + src.slice(start, end);
      this.pieces = 2;
    }
  }

  text(t: string): void {
    if (this.pieces === 1) this.captured = this.vSrc.slice(this.vStart, this.vEnd);
    this.captured += t;
    this.pieces = 2;
  }

  /** </v>: what it held, a range of the chunk or a string */
  private keepValue(): void {
    if (this.pieces === 1) this.vKind = V_RANGE;
    else {
      this.vKind = V_TEXT;
      this.vStr = detach(this.captured);
    }
    this.pieces = 0;
    this.scanner.capture = false;
    this.scanner.rawText = false;
  }

  /** </t>: its text joins the inline string's */
  private keepInlineText(): void {
    this.isText += tText(this.captured, this.preserve);
    this.scanner.capture = false;
  }

  /** the text of <v> as a string (undefined when the cell has none) */
  private vString(): string | undefined {
    if (this.vKind === V_RANGE) return detach(this.vSrc.slice(this.vStart, this.vEnd));
    return this.vKind === V_TEXT ? this.vStr : undefined;
  }

  /** </c>: the cell its type and <v> make, put in its row; a cell with no value is none */
  private finishCell(): void {
    const type = this.cellType;
    const cell =
      type === T_N
        ? this.numberCell()
        : type === T_S
          ? this.sharedStringCell()
          : typedCell(type, this.vString(), this.isText, this.formats[this.cellStyle], this.date1904);
    if (cell !== undefined) this.cells.put(this.at.row, this.at.col, cell);
  }

  /** no t, or t="n": a shared number cell of the cell's style; a <v> that is not a number is kept as its text */
  private numberCell(): Cell | undefined {
    let num: number;
    if (this.vKind === V_RANGE) num = numberAt(this.vSrc, this.vStart, this.vEnd);
    else if (this.vKind === V_TEXT && this.vStr.length > 0) num = +this.vStr;
    else return undefined;
    if (num !== num) return { type: 'text', value: this.vString()!, format: undefined };
    return this.numbers.get(num, this.cellStyle);
  }

  /** t="s": the shared text cell of the string <v> points to; an index outside the table, or an empty string, is no cell */
  private sharedStringCell(): Cell | undefined {
    let index: number;
    if (this.vKind === V_RANGE) {
      index = digitsAt(this.vSrc, this.vStart, this.vEnd);
      if (index < 0) index = sharedIndexOf(this.vSrc.slice(this.vStart, this.vEnd));
    } else if (this.vKind === V_TEXT) index = sharedIndexOf(this.vStr);
    else return undefined;
    const s = this.sharedStrings[index];
    if (s === undefined || s.length === 0) return undefined;
    return this.textCells.get(index, this.formats[this.cellStyle]);
  }

  /** <mergeCell ref="A1:C3"> in <mergeCells> */
  private addMerge(tag: XmlScanner): void {
    const area = mergedAreaOf(tag.attr('ref'));
    if (area !== undefined) this.merges.push(area);
  }

  finish(): WorksheetData {
    const { cells, merges } = this;
    cells.trimRow();
    const fills = this.fills?.finish(cells.rowCount);
    const data: WorksheetData = { rows: cells.rows, merges, rowCount: cells.rowCount, colCount: cells.colCount };
    if (fills !== undefined) data.fills = fills;
    return data;
  }
}
