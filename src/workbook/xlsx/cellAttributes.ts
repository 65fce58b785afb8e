/**
 * The attributes the worksheet reader reads: a cell's place (`r`), type (`t`) and style (`s`), a row's
 * number, a merged area's reference. Where an attribute is plain (no entity, tab or line break) it is read
 * straight from the decoded chunk, and a cell's place is written into an object the reader reuses: no
 * string or object per cell. Anything else goes the general way, as a string.
 */

import { parseAreaRef, parseCellRef, type MergedArea } from '../../core';
import { cellTypeAt, cellTypeOf, digitsAt } from './cellValues';
import { WorkbookReadError } from './errors';
import type { XmlScanner } from './xmlScanner';

/** a cell's place, 0-based */
export interface CellPlace {
  row: number;
  col: number;
}

/**
 * Reads "E7" at src[start, end) into `place`: the usual form, 1 to 3 capital letters then 1 to 7 digits,
 * not row 0. False, with `place` untouched, for anything else ($, lower case, spaces: see readCellRef).
 */
export function readPlainRef(src: string, start: number, end: number, place: CellPlace): boolean {
  let i = start;
  let col = 0;
  let c = 0;
  for (; i < end; i++) {
    c = src.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - start;
  let row = 0;
  for (; i < end; i++) {
    c = src.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  const digits = i - start - letters;
  if (i === end && letters > 0 && letters <= 3 && digits > 0 && digits <= 7 && row > 0) {
    place.row = row - 1;
    place.col = col - 1;
    return true;
  }
  return false;
}

/** Reads any reference a cell may carry ("E7", "$E$7", "e7", " E7 ") into `place`; anything else is damaged XML in `part`. */
export function readCellRef(ref: string, place: CellPlace, part: string): void {
  if (readPlainRef(ref, 0, ref.length, place)) return;
  const p = parseCellRef(ref.trim());
  if (!p || p.row < 0 || p.col < 0) {
    throw new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${ref.slice(0, 40)}" is not a cell reference`);
  }
  place.row = p.row;
  place.col = p.col;
}

/** <c r="…"> (the tag's attribute i) into `place` */
export function refAttribute(tag: XmlScanner, i: number, place: CellPlace, part: string): void {
  if (!tag.attrPlain(i) || !readPlainRef(tag.src, tag.attrStart(i), tag.attrEnd(i), place)) readCellRef(tag.attrValue(i), place, part);
}

/** <c t="…"> (the tag's attribute i) as a type code (cellValues.ts) */
export function typeAttribute(tag: XmlScanner, i: number): number {
  return tag.attrPlain(i) ? cellTypeAt(tag.src, tag.attrStart(i), tag.attrEnd(i)) : cellTypeOf(tag.attrValue(i));
}

/**
 * <c s="…"> (the tag's attribute i) as a style index, as the style table is read (with `+s`): " 4" and
 * "4.0" are style 4; anything that is not a whole number is -1, General.
 */
export function styleAttribute(tag: XmlScanner, i: number): number {
  const d = tag.attrPlain(i) ? digitsAt(tag.src, tag.attrStart(i), tag.attrEnd(i)) : -1;
  if (d >= 0) return d;
  const v = +tag.attrValue(i);
  return Number.isInteger(v) && v >= 0 ? v : -1;
}

/** <row r="…"> (the tag's attribute i) as a 0-based row: " 7" and "7.0" are row 7; anything but a whole number from 1 is damaged XML in `part` */
export function rowAttribute(tag: XmlScanner, i: number, part: string): number {
  const d = tag.attrPlain(i) ? digitsAt(tag.src, tag.attrStart(i), tag.attrEnd(i)) : -1;
  if (d > 0) return d - 1;
  const r = tag.attrValue(i);
  const index = +r - 1;
  if (!(index >= 0) || !Number.isInteger(index)) {
    throw new WorkbookReadError('bad-xml', `damaged XML in ${part}: "${r.slice(0, 40)}" is not a row number`);
  }
  return index;
}

/** <mergeCell ref="…">'s area; undefined for a ref that is not a cell area ("1:1", "A0:B2") or none */
export function mergedAreaOf(ref: string | undefined): MergedArea | undefined {
  const area = ref === undefined ? null : parseAreaRef(ref.trim());
  return area && area.top >= 0 && area.left >= 0 ? area : undefined;
}
