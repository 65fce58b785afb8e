import { type PlanCell, STYLES } from '../../core';

/**
 * A rectangle of a sheet written in one request: what to assign to the range's numberFormat and then
 * formulas, row by row. Cells the plan leaves empty in it are written empty.
 */
export interface OfficeBlock {
  readonly sheet: string;
  /** 0-based */
  readonly top: number;
  readonly left: number;
  readonly numberFormat: string[][];
  readonly formulas: (string | number | boolean)[][];
}

/** Excel reads what is assigned as if it were typed: text written under the Text format stays as written. */
const TEXT_FORMAT = '@';

function cellInput(cell: PlanCell): { format: string; input: string | number | boolean } {
  const numFmt = cell.style ? STYLES[cell.style].numFmt : null;
  if (cell.formula !== undefined) return { format: numFmt ?? 'General', input: `=${cell.formula}` };
  if (typeof cell.value === 'string') return { format: TEXT_FORMAT, input: cell.value };
  if (cell.value === null) return { format: numFmt ?? 'General', input: '' };
  return { format: numFmt ?? 'General', input: cell.value };
}

/** the JSON a block's request carries: what the budget is measured on */
export function blockBytes(block: Pick<OfficeBlock, 'numberFormat' | 'formulas'>): number {
  return JSON.stringify(block.numberFormat).length + JSON.stringify(block.formulas).length;
}

/**
 * A sheet's planned cells as rectangles of whole rows under `budgetBytes` of request each, in row order.
 * A cell's text is never read as a formula or a number: only a plan cell's `formula` makes a formula.
 */
export function officeBlocks(sheet: string, cells: readonly PlanCell[], budgetBytes: number): OfficeBlock[] {
  if (cells.length === 0) return [];
  let left = Infinity;
  let right = -1;
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of cells) {
    left = Math.min(left, cell.col);
    right = Math.max(right, cell.col);
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const width = right - left + 1;
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: OfficeBlock[] = [];
  type Open = { top: number; numberFormat: string[][]; formulas: (string | number | boolean)[][]; bytes: number };
  let open: Open | null = null;
  for (const row of rows) {
    const formats = new Array<string>(width).fill('General');
    const inputs = new Array<string | number | boolean>(width).fill('');
    for (const cell of byRow.get(row)!) {
      const { format, input } = cellInput(cell);
      formats[cell.col - left] = format;
      inputs[cell.col - left] = input;
    }
    const bytes = blockBytes({ numberFormat: [formats], formulas: [inputs] });
    // a block is whole consecutive rows: a gap, or the budget, starts the next
    if (open !== null && (row !== open.top + open.formulas.length || open.bytes + bytes > budgetBytes)) {
      blocks.push({ sheet, top: open.top, left, numberFormat: open.numberFormat, formulas: open.formulas });
      open = null;
    }
    open ??= { top: row, numberFormat: [], formulas: [], bytes: 0 };
    open.numberFormat.push(formats);
    open.formulas.push(inputs);
    open.bytes += bytes;
  }
  if (open !== null) blocks.push({ sheet, top: open.top, left, numberFormat: open.numberFormat, formulas: open.formulas });
  return blocks;
}
