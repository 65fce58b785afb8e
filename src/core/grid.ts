/**
 * The plain grid every workbook adapter supplies: what a cell holds, its type and number format, the
 * merged areas, and the fill colour of cells (a status can be a red, amber or green cell with no word in
 * it). Rows and columns are 0-based here; A1 references (1-based rows) are made only for people.
 */

export type CellType = 'empty' | 'number' | 'text' | 'boolean' | 'error' | 'date';

export interface Cell {
  readonly type: CellType;
  /** a number (a date serial when type is 'date'), text, a boolean, or the error text such as "#REF!" */
  readonly value: number | string | boolean | null;
  /** the number format code when it is not General */
  readonly format?: string;
}

/** 0-based, inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export type GridRow = ReadonlyArray<Cell | undefined>;

/** A row's cell fill colours, by column: 'RRGGBB', upper case. */
export type FillRow = ReadonlyArray<string | undefined>;

export interface Sheet {
  readonly name: string;
  readonly state: SheetState;
  /**
   * set for a sheet that is not a worksheet (a chart sheet, an old dialog or macro sheet), or whose part the
   * file lacks though its sheet list names it ('missing': spreadsheet programs open such files, showing
   * the sheet empty): it has no cells
   */
  readonly kind?: 'chart' | 'dialog' | 'macro' | 'missing';
  /** sparse: rows[r]?.[c]; a missing row or cell is empty */
  readonly rows: ReadonlyArray<GridRow | undefined>;
  readonly merges: ReadonlyArray<MergedArea>;
  /** one past the last row that holds a value */
  readonly rowCount: number;
  /** one past the last column that holds a value */
  readonly colCount: number;
  /**
   * Sparse like `rows`: fills[r]?.[c] is the solid fill colour of a cell ('RRGGBB', upper case), whether
   * or not the cell holds a value; white and automatic fills are left out. Absent when no cell has a fill
   * (an adapter may give only the columns the engine reads). Rows are arrays, not a Map of cells: a
   * tracker banded on every cell is then a few shared arrays, where a Map would hold an entry per cell.
   * Rows with the same fills may share one array. A row without fills is an undefined entry, not a hole:
   * an array with holes far apart becomes a hash table, and scanning a status column's fills then took
   * 7.5 ms at 100,000 rows.
   */
  readonly fills?: ReadonlyArray<FillRow | undefined>;
}

export interface WorkbookGrid {
  readonly sheets: ReadonlyArray<Sheet>;
  /** true when the workbook uses the 1904 date system */
  readonly date1904: boolean;
}

export const EMPTY_CELL: Cell = Object.freeze({ type: 'empty', value: null });

export function cellAt(sheet: Sheet, row: number, col: number): Cell {
  return sheet.rows[row]?.[col] ?? EMPTY_CELL;
}

/** The cell's solid fill colour ('RRGGBB'), or undefined when it has none. */
export function fillAt(sheet: Sheet, row: number, col: number): string | undefined {
  return sheet.fills?.[row]?.[col];
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell || cell.type === 'empty' || cell.value === null) return true;
  if (cell.type !== 'text') return false;
  const text = cell.value as string;
  if (text.length === 0) return true;
  // most text starts with a printable character: only then is trimming (and its copy) worth it
  const first = text.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first !== 0xfeff && first < 0x2000) return false;
  return text.trim() === '';
}

// every cell reference written spells its column: each spelling is made once
const letters: string[] = [];

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnLetter(col: number): string {
  if (col >= 0 && col < 16384) return (letters[col] ??= spellColumn(col));
  return spellColumn(col);
}

function spellColumn(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 26; returns -1 for anything that is not a column name */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "E7" */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "E7" → { row: 6, col: 4 } */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** "A1:C3" → a MergedArea */
export function parseAreaRef(ref: string): MergedArea | null {
  const [a, b] = ref.split(':');
  const start = a ? parseCellRef(a) : null;
  const end = b ? parseCellRef(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** No character from "!" to U+009F is white space: a text that ends in one needs no trim() at that end. */
const notSpace = (code: number): boolean => code > 32 && code < 0xa0;

/**
 * text.trim(), without calling it when neither end can be white space, as at both ends of nearly every
 * cell's text: a call of trim() cost about 20 ns, and reading the 100,000-row bench tracker trims some
 * 700,000 texts (the engine's best of 30 went from 201-211 ms to 175-190).
 */
export function trimText(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  return notSpace(text.charCodeAt(0)) && notSpace(text.charCodeAt(n - 1)) ? text : text.trim();
}

/**
 * Whether text is nothing once trimmed, trimming only a text that can begin with white space: trimming
 * every action and owner took 1-2 ms a check at 100,000 rows.
 */
export function isBlankText(text: string): boolean {
  return text.length === 0 || (!notSpace(text.charCodeAt(0)) && text.trim() === '');
}

/** The cell's value as a person would quote it (numbers unformatted; the date parser reads date cells). */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/**
 * Whether a number format shows a date or time. Literal text ("..." and \x) and colour/condition
 * brackets are ignored so that "[Red]0.00" or "0 \d\a\y\s" are not taken for dates.
 */
export function isDateFormat(format: string | number | undefined): boolean {
  if (format === undefined) return false;
  if (typeof format === 'number') return DATE_FORMAT_IDS.has(format);
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:\$[^\]]*|[a-zA-Z]+\d*|[<>=][^\]]*)\]/g, '');
  return /[dmyhs]/i.test(stripped) && !/^[#0.,%E+\-\s?/]*$/i.test(stripped);
}
