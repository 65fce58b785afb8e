/**
 * What the product wrote in its columns on a tracker sheet, as a short fingerprint saved with the columns
 * it owns. The next run reads the cells there again: a different fingerprint means someone has typed into
 * the product's columns since, and what they typed must not be written over or cleaned away unseen.
 *
 * The fingerprint is of values, not of XML, so a workbook saved again by Excel or LibreOffice (which
 * rewrite every part their own way) still matches; and of columns counted from the block's first, so a
 * block moved with its sheet's columns still matches.
 */

import type { Cell } from '../grid';
import type { PlanCell } from './writePlan';

export interface BlockValue {
  readonly row: number;
  /** counted from the block's first column */
  readonly col: number;
  readonly value: string | number | boolean;
}

/** FNV-1a over the values in row and column order, as 8 hex digits */
export function fingerprintValues(values: readonly BlockValue[]): string {
  const sorted = [...values].sort((a, b) => a.row - b.row || a.col - b.col);
  let hash = 0x811c9dc5;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  for (const v of sorted) add(`${v.row}:${v.col}:${typeof v.value === 'string' ? 's' : typeof v.value === 'number' ? 'n' : 'b'}:${String(v.value)}\n`);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** the values a plan writes in a block starting at `first` */
export function plannedValues(cells: readonly PlanCell[], first: number): BlockValue[] {
  const out: BlockValue[] = [];
  for (const c of cells) if (c.value !== null && c.value !== '') out.push({ row: c.row, col: c.col - first, value: c.value });
  return out;
}

/** the values a sheet holds in `count` columns from `first`: numbers and dates as numbers, text as text */
export function sheetValues(rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>, first: number, count: number): BlockValue[] {
  const out: BlockValue[] = [];
  rows.forEach((cells, row) => {
    if (!cells) return;
    for (let col = first; col < first + count && col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.value === null || cell.value === '') continue;
      out.push({ row, col: col - first, value: cell.type === 'error' ? `#${String(cell.value)}` : cell.value });
    }
  });
  return out;
}
