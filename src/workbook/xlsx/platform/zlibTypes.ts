/** What zlib.ts and its browser twin both export, declared once so the two cannot drift apart. */

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Deflates one part a chunk at a time: what each call gives, joined in order, is one raw deflate stream. */
export type RawDeflate = (chunk: Uint8Array, final: boolean) => Uint8Array;

/** What a part inflated in one call gives: its bytes, 'too-long' past the size allowed, or why it cannot be inflated. */
export type WholeInflate = Uint8Array | 'too-long' | { readonly damaged: string };

/**
 * Deflates one chunk of a part on another thread, as RawDeflate's call does in this one, where each chunk
 * is a deflate stream of its own (Node's zlib, in libuv's thread pool); undefined where the platform
 * deflates a part as one stream, and then only in this thread.
 */
export type RawDeflateLater = ((level: DeflateLevel) => (chunk: Uint8Array, final: boolean) => Promise<Uint8Array>) | undefined;

export type Crc32 = (crc: number, data: Uint8Array) => number;

/**
 * Inflates raw deflate data in one call, into one buffer of at most `max` bytes (no joining of pieces);
 * undefined where the platform has no such call, and parts then stream through fflate (see zip.ts).
 */
export type InflateWhole = ((raw: Uint8Array, max: number) => WholeInflate) | undefined;
