/**
 * One worksheet part, streamed: cells go straight into sparse row arrays, merges are kept as areas (a
 * merge over the whole sheet is one small object). This is the hot path: the handlers are made once per
 * sheet, the state lives in local variables, the <c> attributes and the <v> numbers are read straight from
 * the decoded chunk (no string per attribute or value), and a repeated value costs no object at all (shared
 * frozen cells: SharedTextCells, and per style for numbers).
 *
 * Fill colours are kept beside the cells, for cells with and without a value (`<c r="F7" s="5"/>`, a
 * status given by its colour alone), in rows of their own: a cell with only a fill is no cell. A style's
 * colour is looked up once per cell, and not at all when no style has a fill; rows with the same fills
 * share one array, so a sheet banded on every cell costs a few arrays.
 */

import { columnLetter, parseAreaRef, parseCellRef, type Cell, type FillRow, type MergedArea } from '../../core/grid';
import { WorkbookReadError, formatCount } from './errors';
import { isoDateTimeToSerial } from '../../core/dates/excelSerials';
import type { StyleTable } from './parts';
import { scanXmlPart, tText, unescapeOoxml } from './xml';
import { detach, type XmlScanner } from './xmlScanner';
import type { InflateBudget, ReaderLimits, ZipArchive, ZipEntry } from './zip';

/** Excel's last row, 1,048,576 (0-based 1,048,575) */
const MAX_ROW_INDEX = 1_048_575;

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

/** distinct fill rows remembered for sharing: a banded sheet repeats two or three */
const RECENT_FILL_ROWS = 16;

function sameFills(a: FillRow, b: FillRow): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One frozen cell per shared string and number format, made the first time a cell shows it: a column of
 * repeated statuses or owners costs one object, not one per row. Every cell the reader makes has the same
 * shape ({ type, value, format }, format undefined for General), so code reading the grid stays fast.
 */
export class SharedTextCells {
  /** General (most text cells): an array over the whole table; other formats: a Map each, as used */
  private plain: (Cell | undefined)[] | undefined;
  private readonly formatted = new Map<string, Map<number, Cell>>();

  constructor(private readonly strings: ReadonlyArray<string>) {}

  /** the cell for shared string `index` (which must be in the table) with this format */
  get(index: number, format: string | undefined): Cell {
    if (format === undefined) {
      let cells = this.plain;
      if (cells === undefined) {
        // filled with undefined, so that V8 keeps it a plain packed array however it is then filled
        cells = [];
        for (let i = 0; i < this.strings.length; i++) cells.push(undefined);
        this.plain = cells;
      }
      let cell = cells[index];
      if (cell === undefined) {
        cell = this.make(index, undefined);
        cells[index] = cell;
      }
      return cell;
    }
    let cells = this.formatted.get(format);
    if (cells === undefined) {
      cells = new Map<number, Cell>();
      this.formatted.set(format, cells);
    }
    let cell = cells.get(index);
    if (cell === undefined) {
      cell = this.make(index, format);
      cells.set(index, cell);
    }
    return cell;
  }

  private make(index: number, format: string | undefined): Cell {
    return Object.freeze<Cell>({ type: 'text', value: this.strings[index]!, format });
  }
}

/** distinct numbers per style kept as shared cells; past that, each cell is its own object */
const NUMBER_CELLS_PER_STYLE = 4096;

// the cell types, as small numbers
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;
const T_OTHER = 7;

// what the current cell's <v> holds
const V_NONE = 0;
const V_RANGE = 1;
const V_TEXT = 2;

/** a shared-string cell's index; -1 for an empty <v>, which +text would read as 0, the first string */
function sharedIndex(text: string): number {
  return text.trim() === '' ? -1 : +text;
}

function typeCode(t: string): number {
  switch (t) {
    case 'n':
      return T_N;
    case 's':
      return T_S;
    case 'str':
      return T_STR;
    case 'inlineStr':
      return T_INLINE;
    case 'b':
      return T_B;
    case 'e':
      return T_E;
    case 'd':
      return T_D;
    default:
      return T_OTHER;
  }
}

/** the type code of a plain attribute value, read from the chunk without slicing it */
function typeCodeAt(src: string, start: number, end: number): number {
  const len = end - start;
  if (len === 1) {
    switch (src.charCodeAt(start)) {
      case 115: // s
        return T_S;
      case 110: // n
        return T_N;
      case 98: // b
        return T_B;
      case 101: // e
        return T_E;
      case 100: // d
        return T_D;
      default:
        return T_OTHER;
    }
  }
  if (len === 3 && src.startsWith('str', start)) return T_STR;
  if (len === 9 && src.startsWith('inlineStr', start)) return T_INLINE;
  return T_OTHER;
}

/**
 * The number at src[start, end) as `+text` reads it: whole numbers of up to 15 digits (exact in a double)
 * straight from the characters, anything else (decimals, exponents, spaces) through a string.
 */
function numberAt(src: string, start: number, end: number): number {
  let i = start;
  const negative = src.charCodeAt(i) === 45; // -
  if (negative) i++;
  if (end - i >= 1 && end - i <= 15) {
    let v = 0;
    for (; i < end; i++) {
      const d = src.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (i === end) return negative ? -v : v;
  }
  return +src.slice(start, end);
}

/** a whole number of up to 9 digits at src[start, end), or -1 */
function digitsAt(src: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export function readWorksheet(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, ctx: WorksheetContext): WorksheetData {
  const { sharedStrings, date1904, sheetName } = ctx;
  const textCells = ctx.textCells ?? new SharedTextCells(sharedStrings);
  const styleFormats = ctx.styles.formats;
  const styleDates = ctx.styles.dates;
  const styleFills = ctx.styles.fills;
  const maxRows = ctx.limits.maxRowsWithValues;
  const maxColumns = ctx.limits.maxColumns;
  const part = entry.name;

  const rows: (Cell[] | undefined)[] = [];
  const merges: MergedArea[] = [];
  let rowCount = 0;
  let colCount = 0;
  let rowsWithValues = 0;

  let inSheetData = false;
  let inMergeCells = false;
  // the current <row>
  let rowIndex = -1;
  let lastCol = -1;
  // the row array last written to, and its index
  let rowArr: Cell[] | undefined;
  let rowArrIndex = -1;
  // the current <c>
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType = T_N;
  /** the cell's style index, or -1 when it is not a whole number (no style: General) */
  let cellStyle = 0;
  // the cell's <v>: none, one plain piece of a chunk (vSrc[vStart, vEnd), read without making a string),
  // or a string (vStr)
  let vKind = V_NONE;
  let vSrc = '';
  let vStart = 0;
  let vEnd = 0;
  let vStr = '';
  /** pieces of text captured so far in <v>: 1 while it is still only a range */
  let pieces = 0;
  let inIs = false;
  let isText: string | undefined;
  let inRPh = false;
  // text capture for <v> and <is><t> (the scanner's `capture` says whether it is on)
  let preserve = false;
  let text = '';

  let fills: (FillRow | undefined)[] | undefined;
  // the row of fills being read (reused from row to row), and its index
  const fillRow: (string | undefined)[] = [];
  let fillRowIndex = -1;
  const recentFillRows: FillRow[] = [];
  let recentAt = 0;

  const finishFillRow = (): void => {
    if (fillRowIndex < 0) return;
    let shared: FillRow | undefined;
    for (const known of recentFillRows) {
      if (sameFills(known, fillRow)) {
        shared = known;
        break;
      }
    }
    if (shared === undefined) {
      shared = fillRow.slice();
      if (recentFillRows.length < RECENT_FILL_ROWS) recentFillRows.push(shared);
      else recentFillRows[recentAt++ % RECENT_FILL_ROWS] = shared;
    }
    // filled with undefined up to the row, as `rows` is: written far past its end, an array becomes a hash
    // table, and reading every row of one (a status column's fills) took 7.5 ms at 100,000 rows
    while (fills!.length < fillRowIndex) fills!.push(undefined);
    fills![fillRowIndex] = shared;
    fillRowIndex = -1;
  };

  /** the current cell's fill; a cell past the sheet's limits, which only a value makes an error, is left out */
  const addFill = (colour: string): void => {
    if (cellRow > MAX_ROW_INDEX || cellCol >= maxColumns) return;
    if (cellRow !== fillRowIndex) {
      finishFillRow();
      fills ??= [];
      fillRow.length = 0;
      // a file may come back to a row: what it had is kept
      const before = fills[cellRow];
      if (before !== undefined) for (let c = 0; c < before.length; c++) fillRow[c] = before[c];
      fillRowIndex = cellRow;
    }
    fillRow[cellCol] = colour;
  };

  const badRef = (ref: string): WorkbookReadError =>
    new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${ref.slice(0, 40)}" is not a cell reference`);

  /** sets cellRow and cellCol from "E7" at src[start, end) (the fast path: upper-case letters then digits) */
  const parseRefAt = (src: string, start: number, end: number): boolean => {
    let i = start;
    let col = 0;
    let c = 0;
    for (; i < end; i++) {
      c = src.charCodeAt(i);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    const letters = i - start;
    let row = 0;
    for (; i < end; i++) {
      c = src.charCodeAt(i);
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    const digits = i - start - letters;
    if (i === end && letters > 0 && letters <= 3 && digits > 0 && digits <= 7 && row > 0) {
      cellRow = row - 1;
      cellCol = col - 1;
      return true;
    }
    return false;
  };

  /** the general path, for a reference with '$', lower case, spaces or entities */
  const parseRef = (ref: string): void => {
    if (parseRefAt(ref, 0, ref.length)) return;
    const p = parseCellRef(ref.trim());
    if (!p || p.row < 0 || p.col < 0) throw badRef(ref);
    cellRow = p.row;
    cellCol = p.col;
  };

  /**
   * A row array grows with room to spare (17 slots for the first cell); once the reader moves on to
   * another row, the row is copied to an array of its own length (an 11-column tracker: 5 MB less per
   * 100,000 rows). Rows of 64 cells or more are left as they are, so that a file that keeps going back to
   * a wide row never pays for copying it each time.
   */
  const trimRow = (): void => {
    if (rowArr !== undefined && rowArr.length < 64) rows[rowArrIndex] = rowArr.slice();
  };

  const store = (cell: Cell): void => {
    const r = cellRow;
    const c = cellCol;
    if (c >= maxColumns) {
      throw new WorkbookReadError('too-large', `sheet "${sheetName}" has a value in column ${columnLetter(c)}, beyond the limit of ${formatCount(maxColumns)} columns`);
    }
    if (r > MAX_ROW_INDEX) {
      throw new WorkbookReadError('too-large', `sheet "${sheetName}" has a value in row ${formatCount(r + 1)}, beyond Excel's last row (1,048,576)`);
    }
    if (r !== rowArrIndex || rowArr === undefined) {
      trimRow();
      rowArr = rows[r];
      if (rowArr === undefined) {
        if (++rowsWithValues > maxRows) {
          throw new WorkbookReadError(
            'too-many-rows',
            `sheet "${sheetName}" has more than ${formatCount(maxRows)} rows with values; Tracker Check reads at most ${formatCount(maxRows)}`,
          );
        }
        rowArr = [];
        rows[r] = rowArr;
      }
      rowArrIndex = r;
    }
    rowArr[c] = cell;
    if (r >= rowCount) rowCount = r + 1;
    if (c >= colCount) colCount = c + 1;
  };

  // shared number cells, per style (the last slot for a style the table does not have)
  const nStyles = styleFormats.length;
  const numberCells: (Map<number, Cell> | undefined)[] = [];
  for (let i = 0; i <= nStyles; i++) numberCells.push(undefined);

  const numberCell = (num: number): Cell => {
    const format = styleFormats[cellStyle];
    const type = styleDates[cellStyle] === true ? 'date' : 'number';
    // a Map takes -0 for 0
    if (num === 0 && 1 / num < 0) return { type, value: num, format };
    const si = cellStyle >= 0 && cellStyle < nStyles ? cellStyle : nStyles;
    let cells = numberCells[si];
    if (cells === undefined) {
      cells = new Map<number, Cell>();
      numberCells[si] = cells;
    }
    let cell = cells.get(num);
    if (cell === undefined) {
      cell = { type, value: num, format };
      if (cells.size < NUMBER_CELLS_PER_STYLE) cells.set(num, Object.freeze(cell));
    }
    return cell;
  };

  /** the text of <v> as a string (undefined when the cell has none) */
  const vString = (): string | undefined => {
    if (vKind === V_RANGE) return detach(vSrc.slice(vStart, vEnd));
    return vKind === V_TEXT ? vStr : undefined;
  };

  const finishCell = (): void => {
    const t = cellType;
    if (t === T_N) {
      let num: number;
      if (vKind === V_RANGE) num = numberAt(vSrc, vStart, vEnd);
      else if (vKind === V_TEXT && vStr.length > 0) num = +vStr;
      else return;
      if (num !== num) {
        store({ type: 'text', value: vString()!, format: undefined });
        return;
      }
      store(numberCell(num));
      return;
    }
    const fmt = styleFormats[cellStyle];
    if (t === T_S) {
      let index: number;
      if (vKind === V_RANGE) {
        index = digitsAt(vSrc, vStart, vEnd);
        if (index < 0) index = sharedIndex(vSrc.slice(vStart, vEnd));
      } else if (vKind === V_TEXT) index = sharedIndex(vStr);
      else return;
      const s = sharedStrings[index];
      if (s === undefined || s.length === 0) return;
      store(textCells.get(index, fmt));
      return;
    }
    const vText = vString();
    let value: string | number | boolean;
    let type: Cell['type'] = 'text';
    switch (t) {
      case T_STR:
        if (vText === undefined || vText.length === 0) return;
        value = unescapeOoxml(vText);
        break;
      case T_INLINE: {
        const s = isText ?? vText;
        if (s === undefined || s.length === 0) return;
        value = unescapeOoxml(s);
        break;
      }
      case T_B: {
        if (vText === undefined) return;
        const b = vText.trim().toLowerCase();
        if (b === '1' || b === 'true') value = true;
        else if (b === '0' || b === 'false') value = false;
        else return;
        type = 'boolean';
        break;
      }
      case T_E:
        if (vText === undefined || vText.length === 0) return;
        value = vText.trim();
        type = 'error';
        break;
      case T_D: {
        if (vText === undefined || vText.trim().length === 0) return;
        const serial = isoDateTimeToSerial(vText, date1904);
        if (serial === undefined) value = vText;
        else {
          value = serial;
          type = 'date';
        }
        break;
      }
      default:
        // an unknown type: keep the text of <v> as it is
        if (vText === undefined || vText.length === 0) return;
        value = vText;
    }
    store({ type, value, format: fmt });
  };

  /** <c r="E7" s="4" t="s">: its place, style and type, read straight from the chunk where they are plain */
  const openCell = (tag: XmlScanner): void => {
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
    const src = tag.src;
    if (refAt >= 0) {
      if (!tag.attrPlain(refAt) || !parseRefAt(src, tag.attrStart(refAt), tag.attrEnd(refAt))) parseRef(tag.attrValue(refAt));
      rowIndex = cellRow;
    } else {
      cellRow = rowIndex < 0 ? 0 : rowIndex;
      cellCol = lastCol + 1;
    }
    lastCol = cellCol;
    if (typeAt < 0) cellType = T_N;
    else if (tag.attrPlain(typeAt)) cellType = typeCodeAt(src, tag.attrStart(typeAt), tag.attrEnd(typeAt));
    else cellType = typeCode(tag.attrValue(typeAt));
    if (styleAt < 0) cellStyle = 0;
    else {
      const d = tag.attrPlain(styleAt) ? digitsAt(src, tag.attrStart(styleAt), tag.attrEnd(styleAt)) : -1;
      if (d >= 0) cellStyle = d;
      else {
        // as the style table is read with `+s`: " 4" is style 4, anything else that is not a whole number is General
        const v = +tag.attrValue(styleAt);
        cellStyle = Number.isInteger(v) && v >= 0 ? v : -1;
      }
    }
    if (styleFills !== undefined && cellStyle >= 0) {
      const colour = styleFills[cellStyle];
      if (colour !== undefined) addFill(colour);
    }
    vKind = V_NONE;
    pieces = 0;
    isText = undefined;
    inIs = false;
    inRPh = false;
    inCell = true;
  };

  const openRow = (tag: XmlScanner): void => {
    const at = tag.attrIndex('r');
    if (at < 0) rowIndex++;
    else {
      const d = tag.attrPlain(at) ? digitsAt(tag.src, tag.attrStart(at), tag.attrEnd(at)) : -1;
      if (d > 0) rowIndex = d - 1;
      else {
        const r = tag.attrValue(at);
        const idx = +r - 1;
        if (!(idx >= 0) || !Number.isInteger(idx)) {
          throw new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${r.slice(0, 40)}" is not a row number`);
        }
        rowIndex = idx;
      }
    }
    lastCol = -1;
  };

  scanXmlPart(zip, entry, budget, (scanner) => ({
    open(name: string, tag: XmlScanner): void {
      switch (name) {
        case 'c':
          if (inSheetData) openCell(tag);
          return;
        case 'v':
          if (inCell) {
            scanner.capture = true;
            scanner.rawText = true;
            text = '';
            pieces = 0;
          }
          return;
        case 'row':
          if (inSheetData) openRow(tag);
          return;
        case 't':
          if (inIs && !inRPh) {
            scanner.capture = true;
            text = '';
            pieces = 0;
            preserve = tag.attr('xml:space') === 'preserve';
          }
          return;
        case 'is':
          if (inCell) {
            inIs = true;
            isText = '';
          }
          return;
        case 'rPh':
          inRPh = true;
          return;
        case 'sheetData':
          inSheetData = true;
          return;
        case 'mergeCells':
          inMergeCells = true;
          return;
        case 'mergeCell': {
          if (!inMergeCells) return;
          const ref = tag.attr('ref');
          const area = ref === undefined ? null : parseAreaRef(ref.trim());
          if (area && area.top >= 0 && area.left >= 0) merges.push(area);
          return;
        }
        default:
      }
    },
    range(src: string, start: number, end: number): void {
      if (pieces === 0) {
        vSrc = src;
        vStart = start;
        vEnd = end;
        pieces = 1;
      } else {
        text = (pieces === 1 ? vSrc.slice(vStart, vEnd) : text) + src.slice(start, end);
        pieces = 2;
      }
    },
    text(t: string): void {
      if (pieces === 1) text = vSrc.slice(vStart, vEnd);
      text += t;
      pieces = 2;
    },
    close(name: string): void {
      switch (name) {
        case 'v':
          if (scanner.capture) {
            if (pieces === 1) vKind = V_RANGE;
            else {
              vKind = V_TEXT;
              vStr = detach(text);
            }
            pieces = 0;
            scanner.capture = false;
            scanner.rawText = false;
          }
          return;
        case 'c':
          if (inCell) {
            inCell = false;
            scanner.capture = false;
            scanner.rawText = false;
            finishCell();
          }
          return;
        case 't':
          if (scanner.capture && inIs) {
            isText += tText(text, preserve);
            scanner.capture = false;
          }
          return;
        case 'is':
          inIs = false;
          return;
        case 'rPh':
          inRPh = false;
          return;
        case 'sheetData':
          inSheetData = false;
          return;
        case 'mergeCells':
          inMergeCells = false;
          return;
        default:
      }
    },
  }));

  trimRow();
  finishFillRow();
  // only the rows that hold values: past the last one there is nothing to read fills with
  if (fills !== undefined && fills.length > rowCount) fills.length = rowCount;
  if (fills === undefined || !fills.some((row) => row !== undefined)) return { rows, merges, rowCount, colCount };
  return { rows, merges, rowCount, colCount, fills };
}
