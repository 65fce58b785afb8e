/**
 * What the product wrote in its columns on a tracker sheet, as a short fingerprint saved with the columns
 * it owns. The next run reads the cells there again: a different fingerprint means someone has typed into
 * the product's columns since, and what they typed must not be written over or cleaned away unseen.
 *
 * The fingerprint is of values, not of XML, so a workbook saved again by Excel or LibreOffice (which
 * rewrite every part their own way) still matches; of columns counted from the block's first, so a block
 * moved with its sheet's columns still matches; and not of rows, so sorting the tracker (its rows carry
 * the product's cells with them) still matches. Deleting a row does not: the run then stops, which errs
 * on the side of what someone may have typed. It tells changes apart, not people: a sum of hashes is no
 * defence against someone forging one, and need not be.
 */

import type { Cell } from '../grid';
import type { PlanCell } from './writePlan';

export interface BlockValue {
  /** counted from the block's first column */
  readonly col: number;
  readonly value: string | number | boolean;
}

/** FNV-1a of a text, from a given start */
function fnv(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The values with their columns as a multiset: each one hashed (FNV-1a, two ways) and the hashes summed, so
 * rows may come in any order and nothing need be sorted. 16 hex digits.
 */
export function fingerprintValues(values: readonly BlockValue[]): string {
  let a = values.length >>> 0;
  let b = 0;
  for (const v of values) {
    const key = `${v.col}:${typeof v.value === 'string' ? 's' : typeof v.value === 'number' ? 'n' : 'b'}:${String(v.value)}`;
    a = (a + fnv(key, 0x811c9dc5)) >>> 0;
    b = (b + fnv(key, 0x01234567)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** the values a plan writes in a block starting at `first` */
export function plannedValues(cells: readonly PlanCell[], first: number): BlockValue[] {
  const out: BlockValue[] = [];
  for (const c of cells) if (c.value !== null && c.value !== '') out.push({ col: c.col - first, value: c.value });
  return out;
}

/** the values a sheet holds in `count` columns from `first`: numbers and dates as numbers, text as text */
export function sheetValues(rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>, first: number, count: number): BlockValue[] {
  const out: BlockValue[] = [];
  for (const cells of rows) {
    if (!cells) continue;
    for (let col = first; col < first + count && col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.value === null || cell.value === '') continue;
      out.push({ col: col - first, value: cell.type === 'error' ? `#${String(cell.value)}` : cell.value });
    }
  }
  return out;
}
