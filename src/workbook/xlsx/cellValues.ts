/**
 * What a worksheet cell holds: its type (the `t` attribute, as a small number) and the value its `<v>` text
 * or inline string gives for that type. Numbers and shared-string indexes are read straight from the
 * decoded chunk (no string made): a tracker's cells are mostly those.
 */

import { type Cell, isoDateTimeToSerial } from '../../core';
import { unescapeOoxml } from './xml';

// the values of the t attribute, as small numbers
/** "n", or no t */
export const T_N = 0;
/** "s": an index into the shared strings */
export const T_S = 1;
/** "str": a formula's text result */
export const T_STR = 2;
/** "inlineStr" */
export const T_INLINE = 3;
/** "b" */
export const T_B = 4;
/** "e" */
export const T_E = 5;
/** "d": an ISO 8601 date */
export const T_D = 6;
/** any other t: the text of <v> as it is */
export const T_OTHER = 7;

/** the type code of a t attribute's value (case-sensitive, as Excel reads it) */
export function cellTypeOf(t: string): number {
  switch (t) {
    case 'n':
      return T_N;
    case 's':
      return T_S;
    case 'str':
      return T_STR;
    case 'inlineStr':
      return T_INLINE;
    case 'b':
      return T_B;
    case 'e':
      return T_E;
    case 'd':
      return T_D;
    default:
      return T_OTHER;
  }
}

/** cellTypeOf for a plain value at src[start, end), read without slicing it */
export function cellTypeAt(src: string, start: number, end: number): number {
  const len = end - start;
  if (len === 1) {
    switch (src.charCodeAt(start)) {
      case 115: // s
        return T_S;
      case 110: // n
        return T_N;
      case 98: // b
        return T_B;
      case 101: // e
        return T_E;
      case 100: // d
        return T_D;
      default:
        return T_OTHER;
    }
  }
  if (len === 3 && src.startsWith('str', start)) return T_STR;
  if (len === 9 && src.startsWith('inlineStr', start)) return T_INLINE;
  return T_OTHER;
}

/**
 * The number at src[start, end) as `+text` reads it: whole numbers of up to 15 digits (exact in a double)
 * straight from the characters, anything else (decimals, exponents, spaces) through a string.
 */
export function numberAt(src: string, start: number, end: number): number {
  let i = start;
  const negative = src.charCodeAt(i) === 45; // -
  if (negative) i++;
  if (end - i >= 1 && end - i <= 15) {
    let v = 0;
    for (; i < end; i++) {
      const d = src.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (i === end) return negative ? -v : v;
  }
  return +src.slice(start, end);
}

/** a whole number of 1 to 9 digits at src[start, end), or -1 for anything else */
export function digitsAt(src: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** a shared-string cell's index as `+text` reads it; -1 for an empty <v>, which +text would read as 0, the first string */
export function sharedIndexOf(text: string): number {
  return text.trim() === '' ? -1 : +text;
}

/**
 * The cell of a formula string, inline string, boolean, error, ISO date or unknown type, from the text of
 * its <v> and of its <is> (undefined where it has none); undefined when it holds no value. Numbers and
 * shared strings are not read here: the reader takes them from the chunk.
 */
export function typedCell(type: number, v: string | undefined, inline: string | undefined, format: string | undefined, date1904: boolean): Cell | undefined {
  switch (type) {
    case T_STR:
      if (v === undefined || v.length === 0) return undefined;
      return { type: 'text', value: unescapeOoxml(v), format };
    case T_INLINE: {
      const s = inline ?? v;
      if (s === undefined || s.length === 0) return undefined;
      return { type: 'text', value: unescapeOoxml(s), format };
    }
    case T_B: {
      if (v === undefined) return undefined;
      const b = v.trim().toLowerCase();
      if (b === '1' || b === 'true') return { type: 'boolean', value: true, format };
      if (b === '0' || b === 'false') return { type: 'boolean', value: false, format };
      return undefined;
    }
    case T_E:
      if (v === undefined || v.length === 0) return undefined;
      return { type: 'error', value: v.trim(), format };
    case T_D: {
      if (v === undefined || v.trim().length === 0) return undefined;
      const serial = isoDateTimeToSerial(v, date1904);
      return serial === undefined ? { type: 'text', value: v, format } : { type: 'date', value: serial, format };
    }
    default:
      // an unknown type: the text of <v> as it is
      if (v === undefined || v.length === 0) return undefined;
      return { type: 'text', value: v, format };
  }
}
