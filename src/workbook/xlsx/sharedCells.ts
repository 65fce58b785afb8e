/**
 * Cells a sheet repeats, made once and shared: a column of repeated statuses or owners, or of the same
 * few numbers, costs one object per distinct value, not one per row. Every cell the reader makes has the
 * same shape ({ type, value, format }, format undefined for General), so code reading the grid stays fast;
 * shared cells are frozen.
 */

import type { Cell } from '../../core';
import type { StyleTable } from './parts';

/** One frozen cell per shared string and number format, made the first time a cell shows it. */
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
export const NUMBER_CELLS_PER_STYLE = 4096;

/**
 * Number cells per style, one frozen cell per distinct number (up to NUMBER_CELLS_PER_STYLE a style): a
 * date or a count repeated down a column is one object. A style is a number or a date by the table's date
 * flag; a style that is not in the table (-1, or past its end) is General, and such styles share one set.
 */
export class NumberCells {
  private readonly formats: ReadonlyArray<string | undefined>;
  private readonly dates: ReadonlyArray<boolean>;
  /** per style, then the one set for styles the table does not have */
  private readonly byStyle: (Map<number, Cell> | undefined)[] = [];

  constructor(styles: StyleTable) {
    this.formats = styles.formats;
    this.dates = styles.dates;
    for (let i = 0; i <= this.formats.length; i++) this.byStyle.push(undefined);
  }

  get(num: number, style: number): Cell {
    const format = this.formats[style];
    const type = this.dates[style] === true ? 'date' : 'number';
    // a Map takes -0 for 0
    if (num === 0 && 1 / num < 0) return { type, value: num, format };
    const nStyles = this.formats.length;
    const si = style >= 0 && style < nStyles ? style : nStyles;
    let cells = this.byStyle[si];
    if (cells === undefined) {
      cells = new Map<number, Cell>();
      this.byStyle[si] = cells;
    }
    let cell = cells.get(num);
    if (cell === undefined) {
      cell = { type, value: num, format };
      if (cells.size < NUMBER_CELLS_PER_STYLE) cells.set(num, Object.freeze(cell));
    }
    return cell;
  }
}
