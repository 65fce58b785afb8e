/**
 * Fill colours of a sheet's cells, kept beside the values in rows of their own, for cells with and
 * without a value (`<c r="F7" s="5"/>`, a status given by its colour alone): a cell with only a fill is
 * no cell. The row being read is one array reused from row to row; a finished row that has the same fills
 * as one of the last few distinct ones shares its array, so a sheet banded on every cell costs a few.
 */

import type { FillRow } from '../../core';
import { MAX_ROW_INDEX } from './cellRows';

/** distinct fill rows remembered for sharing: a banded sheet repeats two or three */
const RECENT_FILL_ROWS = 16;

function sameFills(a: FillRow, b: FillRow): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class FillRows {
  private fills: (FillRow | undefined)[] | undefined;
  /** the row of fills being read, and its index (-1: none) */
  private readonly row: (string | undefined)[] = [];
  private rowIndex = -1;
  private readonly recent: FillRow[] = [];
  private recentAt = 0;

  constructor(private readonly maxColumns: number) {}

  /** the fill of the cell at (r, c); a cell past the sheet's limits, which only a value makes an error, is left out */
  add(r: number, c: number, colour: string): void {
    if (r > MAX_ROW_INDEX || c >= this.maxColumns) return;
    if (r !== this.rowIndex) {
      this.finishRow();
      this.fills ??= [];
      const row = this.row;
      row.length = 0;
      // a file may come back to a row: what it had is kept
      const before = this.fills[r];
      if (before !== undefined) for (let k = 0; k < before.length; k++) row[k] = before[k];
      this.rowIndex = r;
    }
    this.row[c] = colour;
  }

  /** the fills by row, up to `rowCount` (the rows with values: past them nothing reads fills); undefined when none of those rows has one */
  finish(rowCount: number): (FillRow | undefined)[] | undefined {
    this.finishRow();
    const fills = this.fills;
    if (fills === undefined) return undefined;
    if (fills.length > rowCount) fills.length = rowCount;
    return fills.some((row) => row !== undefined) ? fills : undefined;
  }

  private finishRow(): void {
    if (this.rowIndex < 0) return;
    const fills = this.fills!;
    let shared: FillRow | undefined;
    for (const known of this.recent) {
      if (sameFills(known, this.row)) {
        shared = known;
        break;
      }
    }
    if (shared === undefined) {
      shared = this.row.slice();
      if (this.recent.length < RECENT_FILL_ROWS) this.recent.push(shared);
      else this.recent[this.recentAt++ % RECENT_FILL_ROWS] = shared;
    }
    // filled with undefined up to the row: written far past its end, an array becomes a hash
    // table, and reading every row of one (a status column's fills) took 7.5 ms at 100,000 rows
    while (fills.length < this.rowIndex) fills.push(undefined);
    fills[this.rowIndex] = shared;
    this.rowIndex = -1;
  }
}
