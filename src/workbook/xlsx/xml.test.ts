/**
 * The streaming XML layer under the part readers: a part's bytes decoded in 64 KB pieces (characters cut
 * between pieces or zip chunks kept whole, UTF-16 parts found by their byte-order mark), both parsers fed
 * from it, their errors turned into one-line WorkbookReadErrors that name the part, and the small text
 * helpers the part readers share.
 */

import { zipSync } from 'fflate';
import { zipParts } from '../../../test/fixtures/xlsx-reader/packages';
import { readRefusal as errorOf } from '../../../test/support/readRefusal';
import { WorkbookReadError } from './errors';
import { localName, parseXmlPart, prefixedAttribute, scanXmlPart, tText, unescapeOoxml, type XmlParser } from './xml';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive, type ReaderLimits } from './zip';

const enc = new TextEncoder();

/** where the decoder's pieces and the zip layer's chunks end (DECODE_BYTES and DELIVER_CHUNK / STORED_CHUNK) */
const PIECE = 64 * 1024;
const CHUNK = 1024 * 1024;

interface PartOptions {
  name?: string;
  /** stored (method 0) rather than deflated: the zip layer then hands the part on in 1 MB chunks itself */
  stored?: boolean;
  limits?: Partial<ReaderLimits>;
}

function partOf(content: string | Uint8Array, options: PartOptions = {}) {
  const name = options.name ?? 'xl/part.xml';
  const data = typeof content === 'string' ? enc.encode(content) : content;
  const bytes = options.stored ? zipSync({ [name]: [data, { level: 0 }] }) : zipParts([[name, data]]);
  const zip = new ZipArchive(bytes);
  const entry = zip.get(name)!;
  expect(entry.method).toBe(options.stored ? 0 : 8);
  return { zip, entry, budget: new InflateBudget({ ...DEFAULT_LIMITS, ...options.limits }) };
}

/** all the character data of a part as the fast scanner gives it (text or positions, as `raw` says) */
function scannedText(content: string | Uint8Array, options: PartOptions & { raw?: boolean } = {}): string {
  const { zip, entry, budget } = partOf(content, options);
  let text = '';
  scanXmlPart(zip, entry, budget, (scanner) => {
    scanner.capture = true;
    scanner.rawText = options.raw ?? false;
    return {
      open: () => undefined,
      close: () => undefined,
      text: (t) => {
        text += t;
      },
      range: (src, start, end) => {
        text += src.slice(start, end);
      },
    };
  });
  return text;
}

const scanAll = (content: string | Uint8Array, options: PartOptions = {}): void => {
  const { zip, entry, budget } = partOf(content, options);
  scanXmlPart(zip, entry, budget, () => ({ open: () => undefined, close: () => undefined, text: () => undefined, range: () => undefined }));
};

const parseAll = (content: string | Uint8Array, options: PartOptions = {}, setup: (p: XmlParser) => void = () => undefined): void => {
  const { zip, entry, budget } = partOf(content, options);
  parseXmlPart(zip, entry, budget, setup);
};

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), !bigEndian);
  return out;
}

describe('decoding a part in pieces', () => {
  // '<a>' + padding puts the character's first byte `before` bytes ahead of the boundary
  const straddling = (boundary: number, ch: string, before: number): string => `<a>${'p'.repeat(boundary - before - 3)}${ch}end</a>`;
  const cases: Array<[string, number]> = [];
  for (const ch of ['£', '€', '😀']) for (let before = 1; before < enc.encode(ch).length; before++) cases.push([ch, before]);

  test.each(cases)('%s cut %i byte(s) before a 64 KB piece ends is one character, for both ways of reading a part', (ch, before) => {
    const xml = straddling(PIECE, ch, before);
    // the character really is cut by the boundary
    const at = enc.encode(xml.slice(0, xml.indexOf(ch))).length;
    expect(at).toBe(PIECE - before);
    const expected = `${'p'.repeat(PIECE - before - 3)}${ch}end`;
    expect(scannedText(xml)).toBe(expected);
    expect(scannedText(xml, { raw: true })).toBe(expected);
  });

  test.each(cases)('%s cut %i byte(s) before a 1 MB zip chunk ends, deflated or stored', (ch, before) => {
    const xml = straddling(CHUNK, ch, before);
    const expected = `${'p'.repeat(CHUNK - before - 3)}${ch}end`;
    expect(scannedText(xml)).toBe(expected);
    expect(scannedText(xml, { stored: true })).toBe(expected);
  });

  test.each([
    ['UTF-16LE', false],
    ['UTF-16BE', true],
  ])('a %s part with a byte-order mark, a surrogate pair cut by a piece boundary', (_, bigEndian) => {
    // the BOM takes 2 bytes, so the pair's high half ends the first piece and its low half starts the next
    const xml = `<a>${'p'.repeat(PIECE / 2 - 1 - 1 - 3)}😀 £ end</a>`;
    const bytes = utf16(xml, bigEndian);
    expect(new DataView(bytes.buffer).getUint16(PIECE - 2, !bigEndian)).toBe(0xd83d);
    const expected = `${'p'.repeat(PIECE / 2 - 5)}😀 £ end`;
    expect(scannedText(bytes)).toBe(expected);
  });

  test('a UTF-8 byte-order mark is not taken for text before the root', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('<?xml version="1.0" encoding="UTF-8"?><a>é</a>')]);
    expect(scannedText(bytes)).toBe('é');
  });

  test.each([
    ['UTF-16LE', false],
    ['UTF-16BE', true],
  ])('a %s part with no byte-order mark but an XML declaration is read as UTF-16 (XML 1.0 Appendix F)', (_, bigEndian) => {
    const bytes = utf16('<?xml version="1.0" encoding="UTF-16"?><a>é x</a>', bigEndian).subarray(2);
    expect(scannedText(bytes)).toBe('é x');
  });

  test('a UTF-16 part with neither a byte-order mark nor a declaration is read as UTF-8, and refused as damaged', () => {
    const bytes = utf16('<a>x</a>', false).subarray(2);
    expect(errorOf(() => scanAll(bytes)).code).toBe('bad-xml');
    expect(errorOf(() => parseAll(bytes)).code).toBe('bad-xml');
  });
});

describe('scanXmlPart', () => {
  test('gives the sink local names and the tag to read attributes from, and turns capture on and off', () => {
    const xml = '<x:sst xmlns:x="urn:x" count="2"><x:si><x:t xml:space="preserve"> a &amp; b </x:t></x:si><x:si><x:t>skipped</x:t></x:si></x:sst>';
    const { zip, entry, budget } = partOf(xml);
    const events: string[] = [];
    let made = 0;
    scanXmlPart(zip, entry, budget, (scanner) => {
      made++;
      let seen = 0;
      return {
        open(name, tag) {
          events.push(`<${name}${tag.attrCount > 0 ? ` ${tag.attrName(0)}=${tag.attrValue(0)}` : ''}`);
          if (name === 't') scanner.capture = seen++ === 0;
        },
        close(name) {
          events.push(`</${name}`);
          if (name === 't') scanner.capture = false;
        },
        text: (t) => events.push(`text:${t}`),
        range: () => events.push('range'),
      };
    });
    expect(made).toBe(1);
    expect(events).toEqual([
      '<sst xmlns:x=urn:x',
      '<si',
      '<t xml:space=preserve',
      'text: a & b ',
      '</t',
      '</si',
      '<si',
      '<t',
      '</t',
      '</si',
      '</sst',
    ]);
  });

  test('damaged XML is a one-line bad-xml error naming the part as stored, with the line', () => {
    const e = errorOf(() => scanAll('<worksheet>\n<sheetData>\n<row></sheetData></worksheet>', { name: 'xl/worksheets/Sheet1.xml' }));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe('damaged XML in xl/worksheets/Sheet1.xml: unexpected close tag at line 3');
  });

  test.each([
    ['an empty part', '', 'document must contain a root element at line 1'],
    ['a part cut short', '<a>\n<b>', 'unclosed tag: b at line 2'],
    ['text after the root', '<a/>x', 'text data outside of root node at line 1'],
    ['an undeclared entity', '<a>&xxe;</a>', 'undefined entity at line 1'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'it has a DOCTYPE declaration, which a workbook never has'],
  ])('%s', (_, xml, why) => {
    const e = errorOf(() => scanAll(xml));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe(`damaged XML in xl/part.xml: ${why}`);
  });

  test('an error thrown by the sink goes on as it is', () => {
    const { zip, entry, budget } = partOf('<a><b/></a>');
    const own = new WorkbookReadError('too-many-rows', 'stop here');
    const thrown = (() => {
      try {
        scanXmlPart(zip, entry, budget, () => ({
          open(name) {
            if (name === 'b') throw own;
          },
          close: () => undefined,
          text: () => undefined,
          range: () => undefined,
        }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBe(own);
  });

  test('the zip layer\'s limits apply before anything is scanned', () => {
    const { zip, entry, budget } = partOf(`<a>${'x'.repeat(5000)}</a>`, { limits: { maxPartBytes: 1000 } });
    const opened: string[] = [];
    const e = errorOf(() =>
      scanXmlPart(zip, entry, budget, () => ({ open: (n) => opened.push(n), close: () => undefined, text: () => undefined, range: () => undefined })),
    );
    expect(e.code).toBe('too-large');
    expect(opened).toEqual([]);
  });
});

describe('parseXmlPart', () => {
  test('each start tag comes with its attributes as a record, entities decoded, names as written', () => {
    const { zip, entry, budget } = partOf('<Relationships><Relationship Id="rId1" Target="a&amp;b.xml"/>\n<Relationship Id="rId2" Target="c.xml"/><x:Relationship xmlns:x="u" r:id="rId3" Target="d&#x2013;e\tf.xml"/></Relationships>');
    const seen: Array<Record<string, string>> = [];
    parseXmlPart(zip, entry, budget, (parser) => {
      parser.on('opentag', (tag) => {
        if (tag.name === 'Relationship') seen.push({ ...tag.attributes });
      });
    });
    expect(seen).toEqual([
      { Id: 'rId1', Target: 'a&b.xml' },
      { Id: 'rId2', Target: 'c.xml' },
      { 'xmlns:x': 'u', 'r:id': 'rId3', Target: 'd–e f.xml' },
    ]);
  });

  test.each([
    ['a close tag that does not match', '<a>\n\n<b></a>', 'unexpected close tag at line 3'],
    ['a part cut short (found when the parser is closed)', '<a>\n<b>', 'unclosed tag: b at line 2'],
    ['an empty part', '', 'document must contain a root element at line 1'],
    ['an undeclared entity', '<a>&xxe;</a>', 'undefined entity at line 1'],
  ])('damaged XML is a bad-xml error in saxes\' words: %s', (_, xml, why) => {
    const e = errorOf(() => parseAll(xml, { name: 'xl/styles.xml' }));
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe(`damaged XML in xl/styles.xml: ${why}`);
  });

  test('a DOCTYPE is refused before the root element reaches a handler', () => {
    const opened: string[] = [];
    const e = errorOf(() =>
      parseAll('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>', {}, (p) => {
        p.on('opentag', (t) => opened.push(t.name));
      }),
    );
    expect(e.code).toBe('bad-xml');
    expect(e.message).toBe('damaged XML in xl/part.xml: it has a DOCTYPE declaration, which a workbook never has');
    expect(opened).toEqual([]);
  });

  test('errors thrown by a handler go on as they are, ours or not', () => {
    const ours = new WorkbookReadError('no-workbook', 'no workbook inside');
    const other = new TypeError('a handler broke');
    for (const thrown of [ours, other]) {
      let caught: unknown;
      try {
        parseAll('<a><b/></a>', {}, (p) => {
          p.on('opentag', (t) => {
            if (t.name === 'b') throw thrown;
          });
        });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBe(thrown);
    }
  });

  test('a run of text far over 16 Mi characters is refused while it is being read', () => {
    const xml = `<a>${'x'.repeat(16 * 1024 * 1024 + 200_000)}</a>`;
    const e = errorOf(() => parseAll(xml, { limits: { maxRatio: 1e9 } }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('part xl/part.xml has a run of text longer than 16777216 characters: refused');
  });

  test('many shorter runs adding up to more than that are read', () => {
    const run = 'y'.repeat(1024 * 1024);
    const xml = `<a>${Array.from({ length: 17 }, () => `<t>${run}</t>`).join('')}</a>`;
    const closed: string[] = [];
    parseAll(xml, { limits: { maxRatio: 1e9 } }, (p) => p.on('closetag', (t) => closed.push(t.name)));
    expect(closed).toHaveLength(18);
  });
});

describe('localName and prefixedAttribute', () => {
  test.each([
    ['x:sheet', 'sheet'],
    ['sheet', 'sheet'],
    ['a:b:c', 'b:c'],
    [':odd', 'odd'],
  ])('localName(%j) → %j', (name, local) => {
    expect(localName(name)).toBe(local);
  });

  test('an attribute is found by its local name under any prefix but xmlns; an unprefixed one is not', () => {
    expect(prefixedAttribute({ name: 'Data', 'r:id': 'rId1' }, 'id')).toBe('rId1');
    expect(prefixedAttribute({ 'ns1:id': 'rId7' }, 'id')).toBe('rId7');
    expect(prefixedAttribute({ 'xmlns:id': 'urn:x', 'rel:id': 'rId3' }, 'id')).toBe('rId3');
    expect(prefixedAttribute({ 'xmlns:id': 'urn:x' }, 'id')).toBeUndefined();
    expect(prefixedAttribute({ id: 'rId1' }, 'id')).toBeUndefined();
    expect(prefixedAttribute({ 'r:idx': 'rId1', 'r:i': 'x' }, 'id')).toBeUndefined();
  });
});

describe('tText', () => {
  test.each([
    ['  a b  ', false, 'a b'],
    ['\t\r\na\n', false, 'a'],
    ['  a b  ', true, '  a b  '],
    ['   ', false, '   '],
    ['', false, ''],
    ['plain', false, 'plain'],
    // only XML whitespace is dropped: a non-breaking space is text
    ['\u00a0a\u00a0', false, '\u00a0a\u00a0'],
    [' a\u00a0', false, 'a\u00a0'],
  ])('%j (preserve %s) → %j', (raw, preserve, shown) => {
    expect(tText(raw, preserve)).toBe(shown);
  });
});

describe('unescapeOoxml', () => {
  test.each([
    ['line_x000D_break', 'line\rbreak'],
    ['_x0041__x0042_', 'AB'],
    ['caf_x00e9_', 'café'],
    ['_xD83D__xDE00_', '😀'],
    // one pass: an escaped underscore leaves the text that follows it alone
    ['a_x005F_x000D_b', 'a_x000D_b'],
    ['_x00E9', '_x00E9'],
    ['_xZZZZ_', '_xZZZZ_'],
    ['_x00411_', '_x00411_'],
    ['no escapes_x', 'no escapes_x'],
  ])('%j → %j', (raw, text) => {
    expect(unescapeOoxml(raw)).toBe(text);
  });
});
