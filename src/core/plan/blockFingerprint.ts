/**
 * What the product wrote in its columns on a tracker sheet (and the text on its own sheets), as a short
 * fingerprint saved with what it owns. The next run reads the cells there again: a different fingerprint means someone has typed into
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

const FNV_PRIME = 0x01000193;

type Value = string | number | boolean;

/**
 * Values with their columns as a multiset: each one hashed (FNV-1a, two ways, as "col:type:value") and
 * the hashes summed, so rows may come in any order and nothing is sorted or kept. 16 hex digits.
 */
class Fingerprint {
  private count = 0;
  private a = 0;
  private b = 0;

  add(col: number, value: Value): void {
    this.count++;
    this.a = (this.a + fnv(col, value, 0x811c9dc5)) >>> 0;
    this.b = (this.b + fnv(col, value, 0x01234567)) >>> 0;
  }

  toString(): string {
    const a = (this.a + this.count) >>> 0;
    return a.toString(16).padStart(8, '0') + this.b.toString(16).padStart(8, '0');
  }
}

function fnv(col: number, value: Value, seed: number): number {
  let hash = seed;
  const take = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  };
  take(String(col));
  take(typeof value === 'string' ? ':s:' : typeof value === 'number' ? ':n:' : ':b:');
  take(typeof value === 'string' ? value : String(value));
  return hash >>> 0;
}

type Rows = ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;

/** what a plan writes in a block starting at `first`, columns counted from there */
export function plannedBlockFingerprint(cells: readonly PlanCell[], first: number): string {
  const f = new Fingerprint();
  for (const c of cells) if (c.value !== null && c.value !== '') f.add(c.col - first, c.value);
  return f.toString();
}

/** what a sheet holds in `count` columns from `first`: numbers and dates as numbers, text as text */
export function sheetBlockFingerprint(rows: Rows, first: number, count: number): string {
  const f = new Fingerprint();
  for (const cells of rows) {
    if (!cells) continue;
    for (let col = first; col < first + count && col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.value === null || cell.value === '') continue;
      f.add(col - first, cell.type === 'error' ? `#${String(cell.value)}` : cell.value);
    }
  }
  return f.toString();
}

/**
 * The text a plan writes on a product sheet. Only text: the figures there are formulas that Excel
 * recalculates whenever the tracker changes, and what a manager adds to a summary is words.
 */
export function plannedTextFingerprint(cells: readonly PlanCell[]): string {
  const f = new Fingerprint();
  for (const c of cells) if (c.formula === undefined && typeof c.value === 'string' && c.value !== '') f.add(c.col, c.value);
  return f.toString();
}

/** the text a sheet holds, as plannedTextFingerprint reads a plan */
export function sheetTextFingerprint(rows: Rows): string {
  const f = new Fingerprint();
  for (const cells of rows) {
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.type === 'text' && cell.value !== '') f.add(col, cell.value as string);
    }
  }
  return f.toString();
}
