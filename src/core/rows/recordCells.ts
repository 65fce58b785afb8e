import { isBlank, type Cell, type Sheet } from '../grid';
import { hasValue, KIND, type ClassifiedRows, type ColumnIndex } from './classifyRows';
import type { CellProblem } from './recordTable';

/** a cell's row and column as one number */
const MAX_COLS = 16384;

/**
 * Cells covered by a merge that starts on an earlier row of a mapped column: a person reading the sheet
 * sees the merge's value on every row it spans, so each record there reads it too. Keyed by
 * row * 16384 + column, giving the merge's first row.
 */
export function mergeSources(sheet: Sheet, cols: ColumnIndex): Map<number, number> {
  const mapped = new Set([...Object.values(cols.field), ...cols.progress, ...cols.status].filter((c) => c >= 0));
  const out = new Map<number, number>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top || !mapped.has(m.left)) continue;
    const last = Math.min(m.bottom, sheet.rowCount - 1);
    for (let row = m.top + 1; row <= last; row++) out.set(row * MAX_COLS + m.left, m.top);
  }
  return out;
}

/** The continuation rows of each record, 0-based, by the record's first row. */
export function continuationsOf(rows: ClassifiedRows): Map<number, number[]> {
  const continuations = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (rows.kind[i] !== KIND.continuation) continue;
    const list = continuations.get(rows.recordRow[i]!);
    if (list) list.push(rows.first + i);
    else continuations.set(rows.recordRow[i]!, [rows.first + i]);
  }
  return continuations;
}

/**
 * Where each record's cells are on the sheet, and the problems met reading them. Most records are one row
 * with nothing merged into it (`plain`): their cells are read straight from the row. The others list their
 * rows (the first, its continuation rows) and read a merge's value on every row it spans.
 */
export class RecordCells {
  /** how many records: one per data row */
  readonly length: number;
  /** each record's first row, 0-based */
  readonly firstRow: Int32Array;
  /** 1 for a record read straight from its one row */
  readonly plain: Uint8Array;
  /** each record's continuation rows, 1-based, for the records that have any */
  readonly continuationRows = new Map<number, number[]>();
  /** the row firstCell last found its cell on, 0-based; -1 when it found none */
  foundRow = -1;
  /** the cells the last gather found, and their rows, 0-based: only its count of them are its */
  readonly found: Cell[] = [];
  readonly foundRows: number[] = [];
  private readonly rowsOf = new Map<number, number[]>();
  private readonly mergedFrom: Map<number, number>;
  private readonly problems = new Map<number, CellProblem[]>();
  /** the classified rows' first row, and which of each row's cells hold something (ClassifiedRows.filled) */
  private readonly first: number;
  private readonly filled: Int32Array;

  constructor(
    private readonly sheet: Sheet,
    rows: ClassifiedRows,
    cols: ColumnIndex,
  ) {
    this.first = rows.first;
    this.filled = rows.filled;
    this.mergedFrom = mergeSources(sheet, cols);
    const mergedRows = new Set<number>();
    for (const key of this.mergedFrom.keys()) mergedRows.add(Math.floor(key / MAX_COLS));
    const continuations = continuationsOf(rows);
    let length = 0;
    for (let i = 0; i < rows.length; i++) if (rows.kind[i] === KIND.data) length++;
    this.length = length;
    this.firstRow = new Int32Array(length);
    this.plain = new Uint8Array(length);
    for (let at = 0, k = 0; at < rows.length; at++) {
      if (rows.kind[at] !== KIND.data) continue;
      const row = rows.first + at;
      const more = continuations.size > 0 ? continuations.get(row) : undefined;
      this.firstRow[k] = row;
      if (more) {
        this.rowsOf.set(k, [row, ...more]);
        this.continuationRows.set(k, more.map((x) => x + 1));
      } else if (mergedRows.has(row)) this.rowsOf.set(k, [row]);
      else this.plain[k] = 1;
      k++;
    }
  }

  /** Notes a cell of record `k` that cannot be read as its field expects. */
  problem(k: number, p: CellProblem): void {
    const list = this.problems.get(k);
    if (list) list.push(p);
    else this.problems.set(k, [p]);
  }

  /** The problems noted, by record in record order, each record's in the order they were met. */
  problemsByRecord(): Map<number, CellProblem[]> {
    const byRecord = new Map<number, CellProblem[]>();
    for (const k of [...this.problems.keys()].sort((a, b) => a - b)) byRecord.set(k, this.problems.get(k)!);
    return byRecord;
  }

  /**
   * The cell of a plain record: undefined when it is blank or a formula error (which is noted). Whether it
   * is blank was found when the rows were classified: testing each cell read again cost 5-10 ms at 100,000 rows.
   */
  plainCell(k: number, col: number, field: CellProblem['field']): Cell | undefined {
    const row = this.firstRow[k]!;
    if (!hasValue(this.sheet, this.filled, this.first, row, col)) return undefined;
    const cell = this.sheet.rows[row]![col]!;
    if (cell.type !== 'error') return cell;
    this.problem(k, { field, row, col, kind: 'formula-error', value: String(cell.value) });
    return undefined;
  }

  /**
   * Every non-blank cell of a column across the rows of a record that is not plain, into the first places of
   * `found` (their rows into `foundRows`), giving how many; formula errors are noted, not given. The two
   * lists are this object's, written over by the next call and never shortened: gathering made two arrays
   * and an object per record and column, 4 MB a check at 100,000 rows.
   */
  gather(k: number, col: number, field: CellProblem['field']): number {
    const { sheet, found, foundRows } = this;
    let n = 0;
    let lastSource = -1;
    for (const row of this.rowsOf.get(k)!) {
      let source = row;
      let cell = sheet.rows[row]?.[col];
      if (isBlank(cell)) {
        source = this.mergedFrom.get(row * MAX_COLS + col) ?? -1;
        if (source < 0 || source === lastSource) continue;
        cell = sheet.rows[source]?.[col];
        if (isBlank(cell)) continue;
      }
      lastSource = source;
      if (cell!.type === 'error') this.problem(k, { field, row, col, kind: 'formula-error', value: String(cell!.value) });
      else {
        found[n] = cell!;
        foundRows[n++] = row;
      }
    }
    return n;
  }

  /** The first non-blank cell of a column in a record; its row is left in foundRow. */
  firstCell(k: number, col: number, field: CellProblem['field']): Cell | undefined {
    if (this.plain[k] === 1) {
      this.foundRow = this.firstRow[k]!;
      return this.plainCell(k, col, field);
    }
    const n = this.gather(k, col, field);
    this.foundRow = n > 0 ? this.foundRows[0]! : -1;
    return n > 0 ? this.found[0] : undefined;
  }

  /**
   * The fill of a record's cell in a column: a plain record's own; for the others, their first row's that
   * has one (or the merge's over it). A broken formula gives none: its error is what the cell says.
   */
  fill(k: number, col: number): string | undefined {
    const { sheet } = this;
    const fills = sheet.fills;
    if (this.plain[k] === 1) {
      const row = this.firstRow[k]!;
      return sheet.rows[row]?.[col]?.type === 'error' ? undefined : fills?.[row]?.[col];
    }
    const at = this.rowsOf.get(k)!.map((row) => this.mergedFrom.get(row * MAX_COLS + col) ?? row);
    if (at.some((row) => sheet.rows[row]?.[col]?.type === 'error')) return undefined;
    for (const row of at) {
      const colour = fills?.[row]?.[col];
      if (colour !== undefined) return colour;
    }
    return undefined;
  }
}
