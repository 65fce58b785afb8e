/**
 * latin1.ts for the browser. Not TextDecoder('latin1'): browsers decode that label as windows-1252, which
 * turns bytes 0x80–0x9F into other characters, so the bytes would not come back as they were.
 */

/** bytes a String.fromCharCode call is given at a time: well under any engine's limit on arguments */
const CHUNK = 0x2000;
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

export function latin1FromBytes(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) pieces.push(String.fromCharCode.apply(null, bytes.subarray(at, at + CHUNK) as unknown as number[]));
  return pieces.join('');
}

export function bytesFromLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function utf8AsLatin1(text: string): string {
  return latin1FromBytes(utf8Encoder.encode(text));
}

export function latin1AsUtf8(text: string): string {
  return utf8Decoder.decode(bytesFromLatin1(text));
}

export function latin1Writer(target: Uint8Array): (text: string, at: number) => number {
  return (text, at) => {
    for (let i = 0; i < text.length; i++) target[at + i] = text.charCodeAt(i);
    return at + text.length;
  };
}
