/**
 * A sheet's values as sparse rows (a row array per row that holds a value, holes for empty cells), with
 * the limits that protect the process checked as each value comes: Excel's last row, the column limit,
 * and the number of rows with values.
 */

import { columnLetter, type Cell } from '../../core';
import { WorkbookReadError, formatCount } from './errors';

/** Excel's last row, 1,048,576 (0-based 1,048,575) */
export const MAX_ROW_INDEX = 1_048_575;

/** a row array shorter than this is copied to its own length once the reader moves on (see trimRow) */
const TRIMMED_BELOW = 64;

export class CellRows {
  readonly rows: (Cell[] | undefined)[] = [];
  /** one past the last row and column with a value */
  rowCount = 0;
  colCount = 0;
  private rowsWithValues = 0;
  /** the row array last written to, and its index */
  private row: Cell[] | undefined;
  private rowIndex = -1;

  constructor(
    private readonly sheetName: string,
    private readonly maxRows: number,
    private readonly maxColumns: number,
  ) {}

  /** the value of the cell at (r, c), refused past the limits */
  put(r: number, c: number, cell: Cell): void {
    if (c >= this.maxColumns) {
      throw new WorkbookReadError('too-large', `sheet "${this.sheetName}" has a value in column ${columnLetter(c)}, beyond the limit of ${formatCount(this.maxColumns)} columns`);
    }
    if (r > MAX_ROW_INDEX) {
      throw new WorkbookReadError('too-large', `sheet "${this.sheetName}" has a value in row ${formatCount(r + 1)}, beyond Excel's last row (1,048,576)`);
    }
    let row = this.row;
    if (r !== this.rowIndex || row === undefined) {
      this.trimRow();
      row = this.rows[r];
      if (row === undefined) {
        if (++this.rowsWithValues > this.maxRows) {
          throw new WorkbookReadError(
            'too-many-rows',
            `sheet "${this.sheetName}" has more than ${formatCount(this.maxRows)} rows with values; Tracker Check reads at most ${formatCount(this.maxRows)}`,
          );
        }
        row = [];
        this.rows[r] = row;
      }
      this.row = row;
      this.rowIndex = r;
    }
    row[c] = cell;
    if (r >= this.rowCount) this.rowCount = r + 1;
    if (c >= this.colCount) this.colCount = c + 1;
  }

  /**
   * A row array grows with room to spare (17 slots for the first cell); once the reader moves on to
   * another row, the row is copied to an array of its own length (an 11-column tracker: 5 MB less per
   * 100,000 rows). Rows of TRIMMED_BELOW cells or more are left as they are, so that a file that keeps
   * going back to a wide row never pays for copying it each time. Called too once the last cell is in.
   */
  trimRow(): void {
    const row = this.row;
    if (row !== undefined && row.length < TRIMMED_BELOW) this.rows[this.rowIndex] = row.slice();
  }
}
