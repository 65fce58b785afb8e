/**
 * Text in bytes form: a string with one character (U+0000–U+00FF) for each byte of some UTF-8. Markup is
 * ASCII, so it reads the same in bytes form as decoded; the form is exact (bytes in, the same bytes out)
 * and is stored by JavaScript engines at one byte a character, where decoded text with a single character
 * beyond Latin-1 takes two.
 */

import { latin1AsUtf8, latin1FromBytes, utf8AsLatin1 } from './platform/latin1';

// any character past U+007F
const NOT_ASCII = /[\u0080-\uffff]/;

export const bytesTextFromBytes: (bytes: Uint8Array) => string = latin1FromBytes;

/** Decoded text in bytes form: ASCII as it is, anything else through its UTF-8. */
export function bytesTextOf(text: string): string {
  return NOT_ASCII.test(text) ? utf8AsLatin1(text) : text;
}

/** Bytes-form text decoded. */
export function utf8FromBytesText(text: string): string {
  return NOT_ASCII.test(text) ? latin1AsUtf8(text) : text;
}
