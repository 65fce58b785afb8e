/**
 * Latin-1 text (one character for each byte, U+0000–U+00FF) for Node, through Buffer: from bytes, to bytes,
 * and to and from UTF-8. The browser's bundle has latin1.browser.ts in this module's place (a webpack
 * alias); nothing else in src/workbook/xlsx touches Buffer.
 */

export function latin1FromBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

export function bytesFromLatin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/** the UTF-8 bytes of `text`, as Latin-1 text */
export function utf8AsLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** Latin-1 text of UTF-8 bytes, decoded */
export function latin1AsUtf8(text: string): string {
  return Buffer.from(text, 'latin1').toString('utf8');
}

/** What writes Latin-1 text into `target` at an offset, a byte a character, giving where it ends. */
export function latin1Writer(target: Uint8Array): (text: string, at: number) => number {
  const view = Buffer.from(target.buffer, target.byteOffset, target.length);
  return (text, at) => at + view.write(text, at, 'latin1');
}
