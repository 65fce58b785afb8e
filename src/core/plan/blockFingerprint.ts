/**
 * What the product wrote in its columns on a tracker sheet (and the text on its own sheets), as a short
 * fingerprint saved with what it owns. The next run reads the cells there again: a different fingerprint
 * means someone has typed there since, and what they typed must not be written over or cleaned away unseen.
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
 * Values with their columns as a multiset: each one hashed (FNV-1a over its column, its type and its text),
 * and the hashes and a mix of each hash summed, so rows may come in any order and nothing is sorted or
 * kept. 16 hex digits.
 */
class Fingerprint {
  private count = 0;
  private a = 0;
  private b = 0;

  add(col: number, value: Value): void {
    // whole numbers (dates, days) are hashed as numbers, everything else as its text
    const whole = typeof value === 'number' && (value | 0) === value;
    const type = typeof value === 'string' ? 1 : whole ? 4 : typeof value === 'number' ? 2 : 3;
    let h = Math.imul(Math.imul(0x811c9dc5 ^ col, FNV_PRIME) ^ type, FNV_PRIME);
    if (whole) h = Math.imul(h ^ (value as number), FNV_PRIME);
    else {
      const text = typeof value === 'string' ? value : String(value);
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    }
    this.count++;
    this.a = (this.a + (h >>> 0)) >>> 0;
    // a second sum, of each hash mixed (murmur3's finaliser), so two changes rarely cancel out
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.b = (this.b + ((h ^ (h >>> 16)) >>> 0)) >>> 0;
  }

  toString(): string {
    const a = (this.a + this.count) >>> 0;
    return a.toString(16).padStart(8, '0') + this.b.toString(16).padStart(8, '0');
  }
}

type Rows = ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;

/** what a plan writes in a block starting at `first`, columns counted from there */
export function plannedBlockFingerprint(cells: readonly PlanCell[], first: number): string {
  const f = new Fingerprint();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.value !== null && c.value !== '') f.add(c.col - first, c.value);
  }
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
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.formula === undefined && typeof c.value === 'string' && c.value !== '') f.add(c.col, c.value);
  }
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
