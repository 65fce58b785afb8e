import { cellRef } from '../grid';
import type { StyleName } from './planStyles';
import type { PlanCell } from './writePlan';

type Value = PlanCell['value'];
export interface Put {
  style?: StyleName;
  formula?: string;
  link?: string;
  linkFile?: string;
}

/** Lays out a product sheet row by row: the builders say what goes in each row, this keeps the places. */
export class Layout {
  readonly cells: PlanCell[] = [];
  /** 0-based row the next `row` call writes */
  row = 0;
  lastCol = 0;

  /** writes the values from column A (or `from`) on the current row, then moves down one row */
  line(values: ReadonlyArray<Value | (Put & { value: Value })>, style?: StyleName, from = 0): number {
    const at = this.row;
    // a value as it is or with its style: neither is wrapped in another object on the way (an Exceptions
    // sheet has tens of thousands of cells)
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v === null) continue;
      if (typeof v !== 'object') this.add(at, from + i, v, style, undefined, undefined);
      else if (v.value !== null || v.formula) this.add(at, from + i, v.value, v.style ?? style, v.formula, v.link, v.linkFile);
    }
    this.row++;
    return at;
  }

  put(row: number, col: number, value: Value, { style, formula, link, linkFile }: Put = {}): void {
    this.add(row, col, value, style, formula, link, linkFile);
  }

  private add(row: number, col: number, value: Value, style: StyleName | undefined, formula: string | undefined, link: string | undefined, linkFile?: string): void {
    const cell: PlanCell = { row, col, value };
    if (formula !== undefined) cell.formula = formula;
    if (style !== undefined) cell.style = style;
    if (link !== undefined) cell.link = link;
    if (linkFile !== undefined) cell.linkFile = linkFile;
    this.cells.push(cell);
    this.lastCol = Math.max(this.lastCol, col);
  }

  /**
   * The title (naming the tracker sheet when there is one), a note under it and a blank row: how every
   * product sheet opens. Returns the frozen row count that keeps the first table's header in view.
   */
  heading(title: string, trackers: ReadonlyArray<{ sheet: string }>, note: string): number {
    this.line([trackers.length === 1 ? `${title} — ${trackers[0]!.sheet}` : title], 'title');
    this.line([trackers.length === 0 ? 'No tracker found' : note], 'note');
    this.skip();
    return trackers.length === 1 ? this.row + 1 : this.row;
  }

  /** with several trackers, each one's table is headed by its sheet's name */
  subtitle(trackers: readonly unknown[], sheet: string): void {
    if (trackers.length > 1) this.line([`Sheet: ${sheet}`], 'subtitle');
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** the A1 area from A1 to the last cell written */
  area(): string {
    return `A1:${cellRef(Math.max(0, this.row - 1), this.lastCol)}`;
  }
}

/** 'Action Plan 2010-11' → "'Action Plan 2010-11'", quotes doubled: always quoted, which Excel accepts */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
