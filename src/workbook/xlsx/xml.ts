/**
 * Streaming XML for one zip part: inflate → TextDecoder (stream mode) → saxes, chunk by chunk, never the
 * whole part as one string. Namespaces are not tracked (faster); element names may carry a prefix
 * (`x:c`), so handlers compare local names. A DOCTYPE is refused: a workbook part never has one, and saxes
 * does not expand entities it declares, so nothing is ever fetched or expanded.
 */

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { WorkbookReadError } from './errors';
import { streamEntry, type InflateBudget, type ZipArchive, type ZipEntry } from './zip';

export type XmlParser = SaxesParser<{ xmlns: false }>;
export type XmlTag = SaxesTagPlain;

/** the longest run of text (between two tags) accepted; Excel's own cell limit is 32,767 characters */
const MAX_TEXT_CHARS = 16 * 1024 * 1024;

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

function pickDecoder(first: Uint8Array): Decoder {
  try {
    if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
    if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  } catch {
    // fall through to UTF-8
  }
  return new TextDecoder('utf-8');
}

const SAXES_MESSAGE = /^(\d+):(\d+): ([\s\S]*?)\.?$/;

function toXmlError(e: unknown, part: string): unknown {
  if (e instanceof WorkbookReadError) return e;
  if (e instanceof Error) {
    const m = SAXES_MESSAGE.exec(e.message);
    if (m) return new WorkbookReadError('bad-xml', `damaged XML in ${part}: ${m[3]} at line ${m[1]}`);
  }
  return e;
}

/**
 * Parses one part. `setup` installs the handlers (opentag, closetag, text) on the parser; they may throw a
 * WorkbookReadError to stop at once.
 */
export function parseXmlPart(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  setup: (parser: XmlParser) => void,
): void {
  const part = entry.name;
  const parser: XmlParser = new SaxesParser({ xmlns: false, position: true });
  parser.on('doctype', () => {
    throw new WorkbookReadError('bad-xml', `damaged XML in ${part}: it has a DOCTYPE declaration, which a workbook never has`);
  });
  setup(parser);
  // saxes keeps the text it has not yet reported in `text` (not in its typings)
  const internals = parser as unknown as { text?: string };
  const write = (s: string): void => {
    try {
      parser.write(s);
    } catch (e) {
      throw toXmlError(e, part);
    }
    if (internals.text !== undefined && internals.text.length > MAX_TEXT_CHARS) {
      throw new WorkbookReadError('too-large', `part ${part} has a run of text longer than ${MAX_TEXT_CHARS} characters: refused`);
    }
  };
  let decoder: Decoder | undefined;
  streamEntry(
    zip,
    entry,
    budget,
    (chunk) => {
      decoder ??= pickDecoder(chunk);
      const s = decoder.decode(chunk, { stream: true });
      if (s.length > 0) write(s);
    },
    () => {
      const rest = decoder ? decoder.decode() : '';
      if (rest.length > 0) write(rest);
      try {
        parser.close();
      } catch (e) {
        throw toXmlError(e, part);
      }
    },
  );
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
