/**
 * Streaming XML for one zip part: inflate → TextDecoder (stream mode, 64 KB at a time) → the strict fast
 * scanner (xmlScanner.ts, checked against saxes by xmlScanner.test.ts). Two ways to take its events:
 *  - parseXmlPart, for the small parts (workbook, relationships, styles, theme), whose handlers want each
 *    start tag's attributes as a record;
 *  - scanXmlPart, for the big ones (worksheets, shared strings), whose handlers read attributes on demand.
 * The small parts were read with saxes until issue 18: on 200 small trackers, reading them was 15 % of
 * checking each file from a cold start, several times what the scanner takes.
 * Namespaces are not tracked (faster); element names may carry a prefix (`x:c`), so handlers compare local
 * names. A DOCTYPE is refused: a workbook part never has one, no entity a DOCTYPE declares is expanded,
 * and nothing is ever fetched.
 */

import { XmlScanner, type XmlSink } from './xmlScanner';
import { streamEntry, type InflateBudget, type ZipArchive, type ZipEntry } from './zip';

/** A tag as the small parts' readers take it: its local name and, for a start tag, its attributes by name as written ("r:id"). */
export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Where a small part's reader hears of each start and end tag. */
export interface XmlParser {
  on(event: 'opentag' | 'closetag', handler: (tag: XmlTag) => void): void;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** "x:sheet" → "sheet" */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The value of the attribute with this local name, whatever its prefix ("r:id", "ns1:id"). */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const key in attributes) {
    const i = key.indexOf(':');
    if (i >= 0 && key.slice(i + 1) === local && key.slice(0, i) !== 'xmlns') return attributes[key];
  }
  return undefined;
}

type Decoder = InstanceType<typeof TextDecoder>;

/**
 * Bytes decoded at a time. Measured on a 40 MB sheet: the speed is the same from 32 KB to 1 MB pieces,
 * but a string over V8's regular object size (128 KB) lives in the large-object space until a full
 * collection, so 1 MB pieces left ~60 MB of dead strings at the peak; 64 KB pieces die young.
 */
const DECODE_BYTES = 64 * 1024;

/** decodes `chunk` in DECODE_BYTES pieces (stream mode: a character split between pieces is kept whole) */
function decodeInPieces(decoder: Decoder, chunk: Uint8Array, write: (s: string) => void): void {
  for (let off = 0; off < chunk.length; off += DECODE_BYTES) {
    const s = decoder.decode(chunk.subarray(off, Math.min(chunk.length, off + DECODE_BYTES)), { stream: true });
    if (s.length > 0) write(s);
  }
}

/**
 * The part's encoding from its first bytes (XML 1.0 Appendix F): a UTF-16 byte-order mark, or with none
 * "<?" written in UTF-16 (PhpSpreadsheet's utf16be.xlsx has such a workbook part); else UTF-8.
 */
export function pickDecoder(first: Uint8Array): Decoder {
  try {
    if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0x3c && first[1] === 0x00 && first[2] === 0x3f && first[3] === 0x00)) return new TextDecoder('utf-16le');
    if ((first[0] === 0xfe && first[1] === 0xff) || (first[0] === 0x00 && first[1] === 0x3c && first[2] === 0x00 && first[3] === 0x3f)) return new TextDecoder('utf-16be');
  } catch {
    // fall through to UTF-8
  }
  return new TextDecoder('utf-8');
}

/**
 * Reads one small part. `setup` installs the handlers (opentag, closetag) on the parser; they may throw
 * a WorkbookReadError to stop at once.
 */
export function parseXmlPart(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  setup: (parser: XmlParser) => void,
): void {
  let opened: ((tag: XmlTag) => void) | undefined;
  let closed: ((tag: XmlTag) => void) | undefined;
  setup({
    on: (event, handler) => {
      if (event === 'opentag') opened = handler;
      else closed = handler;
    },
  });
  scanXmlPart(zip, entry, budget, () => ({
    open: (name, tag) => {
      if (!opened) return;
      const attributes: Record<string, string> = {};
      for (let i = 0; i < tag.attrCount; i++) attributes[tag.attrName(i)] = tag.attrValue(i);
      opened({ name, attributes });
    },
    close: (name) => closed?.({ name, attributes: NO_ATTRIBUTES }),
    text: () => undefined,
    range: () => undefined,
  }));
}

/** Inflates an entry and hands its text on in pieces, then says when it has ended. */
function decodeEntry(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, write: (text: string) => void, end: () => void): void {
  let decoder: Decoder | undefined;
  streamEntry(
    zip,
    entry,
    budget,
    (chunk) => {
      decoder ??= pickDecoder(chunk);
      decodeInPieces(decoder, chunk, write);
    },
    () => {
      const rest = decoder ? decoder.decode() : '';
      if (rest.length > 0) write(rest);
      end();
    },
  );
}

/**
 * Parses one of the big parts (a worksheet, the shared strings) with the fast scanner (xmlScanner.ts):
 * `makeSink` gets the scanner (to set `capture` and read attributes) and returns the handlers.
 */
export function scanXmlPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, makeSink: (scanner: XmlScanner) => XmlSink): void {
  const scanner = new XmlScanner(entry.name);
  scanner.sink = makeSink(scanner);
  decodeEntry(zip, entry, budget, (s) => scanner.write(s), () => scanner.end());
}

const XML_WS = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/**
 * The text of a `<t>` element as Excel shows it: without xml:space="preserve", Excel drops leading and
 * trailing whitespace (a run that is only whitespace is kept, as Excel keeps it between rich-text runs).
 */
export function tText(raw: string, preserve: boolean): string {
  if (preserve || raw.length === 0) return raw;
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (first > 32 && last > 32) return raw;
  const trimmed = raw.replace(XML_WS, '');
  return trimmed.length === 0 ? raw : trimmed;
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ ("_x000D_" is a carriage return; "_x005F_" a literal "_") */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
