import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { unescapeOoxml } from './xml';
import { escapeXml, escapeXmlAttribute, prefixOf } from './xmlText';
import { ZipArchive } from './zip';

/** what an XML 1.0 parser gives back for `<t>…</t>` (throws on what XML cannot hold) */
function elementText(xml: string): string {
  let text = '';
  const parser = new SaxesParser();
  parser.on('text', (t) => (text += t));
  parser.write(`<t>${xml}</t>`).close();
  return text;
}

function attributeValue(xml: string): string {
  let value = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => (value = String(tag.attributes['a'])));
  parser.write(`<e a="${xml}"/>`).close();
  return value;
}

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** the characters below U+0020 that XML 1.0 forbids (tab, line feed and carriage return are allowed) */
const FORBIDDEN_CONTROLS = Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d);

describe('escapeXml', () => {
  it.each([
    ['', ''],
    ['Ongoing', 'Ongoing'],
    ['a & b', 'a &amp; b'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    // only double-quoted attributes are written, so the apostrophe needs nothing
    ["it's", "it's"],
    ['&amp;', '&amp;amp;'],
    ['&#65;', '&amp;#65;'],
    ['<a href="x">R&D</a>', '&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;'],
    ['=IF(A1<>"",1,0)', '=IF(A1&lt;&gt;&quot;&quot;,1,0)'],
    ['Sheet1!$A$1:$B$2', 'Sheet1!$A$1:$B$2'],
    ['a\tb\nc', 'a\tb\nc'],
    ['café – “quoted” Ελλάδα 😀', 'café – “quoted” Ελλάδα 😀'],
    // allowed by XML 1.0 though discouraged: left as they are
    ['\u007F\u0085\u009F\u00A0\uFFFD', '\u007F\u0085\u009F\u00A0\uFFFD'],
  ])('%j → %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });

  it.each(FORBIDDEN_CONTROLS.map((c) => [hex4(c), c] as const))('writes U+%s the OOXML way, as _x%s_', (hex, code) => {
    expect(escapeXml(`a${String.fromCharCode(code)}b`)).toBe(`a_x${hex}_b`);
  });

  it.each([
    ['\uFFFE', '_xFFFE_'],
    ['\uFFFF', '_xFFFF_'],
    ['\u0000\u0000', '_x0000__x0000_'],
    ['\u000B&\u001F', '_x000B_&amp;_x001F_'],
  ])('writes the non-characters and mixes: %j → %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });

  // a literal "_xHHHH_" in the text would be read back as one character unless its underscore is escaped
  it.each([
    ['_x0041_', '_x005F_x0041_'],
    ['_x000D_', '_x005F_x000D_'],
    ['_x00a0_', '_x005F_x00a0_'],
    ['_x005F_', '_x005F_x005F_'],
    ['see _x0041_ and _x0042_', 'see _x005F_x0041_ and _x005F_x0042_'],
    ['_x0041_ & <b>', '_x005F_x0041_ &amp; &lt;b&gt;'],
  ])('escapes the underscore of a literal OOXML escape: %j → %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });

  it.each(['snake_case', '_', '__', '_x', '_x004', '_x004_', '_x0041', '_X0041_', '_x00G1_', 'x0041_', '_x12345_'])('leaves an underscore that starts no escape: %j', (text) => {
    expect(escapeXml(text)).toBe(text);
  });

  // what matters is that a reader gets the text back: an XML parser, then OOXML's _xHHHH_ unescaping
  const ROUND_TRIP = [
    'plain',
    'a & b < c > d "e" \'f\'',
    String.fromCharCode(...FORBIDDEN_CONTROLS),
    'tab\tand\nline feed',
    '\uFFFE\uFFFF',
    '_x0041_',
    'a_x000D_b',
    'keep _x0041_ and \u0001 and &amp;',
    'emoji 😀 and café',
    // a carriage return is read back as a line feed unless it is written as a character reference
    'windows\r\nline ends and a lone\rreturn',
    // escapes that share an underscore, and one a control character's escape would complete
    '_x0041_x0042_',
    '_x005F_x0041_',
    '_x0041\u0001',
    'a_x00411_\u000B_x0041\uFFFE',
  ];

  it.each(ROUND_TRIP)('gives %j back through an XML parser and OOXML unescaping, as element text', (text) => {
    expect(unescapeOoxml(elementText(escapeXml(text)))).toBe(text);
  });

  it.each(ROUND_TRIP.filter((t) => !/[\t\n\r]/.test(t)))('gives %j back as an attribute value', (text) => {
    expect(unescapeOoxml(attributeValue(escapeXml(text)))).toBe(text);
  });

  it.each(ROUND_TRIP)('gives %j back as an attribute value written as one, tabs and line ends included', (text) => {
    expect(unescapeOoxml(attributeValue(escapeXmlAttribute(text)))).toBe(text);
  });

  it('keeps tabs and line feeds as they are in element text, where a parser keeps them', () => {
    expect(escapeXml('tab\tand\nline feed')).toBe('tab\tand\nline feed');
    expect(escapeXmlAttribute('tab\tand\nline feed')).toBe('tab&#9;and&#10;line feed');
  });

  it('turns text XML 1.0 cannot hold into text it can', () => {
    for (const code of FORBIDDEN_CONTROLS) {
      const text = `x${String.fromCharCode(code)}y`;
      // the parser itself refuses the raw character, so the escape is what makes the part readable
      expect(() => elementText(text)).toThrow();
      expect(() => elementText(escapeXml(text))).not.toThrow();
    }
  });

  it('gives back the same string when there is nothing to escape', () => {
    const text = 'Responsible Officer(s)/group – 2010-11';
    expect(escapeXml(text)).toBe(text);
  });
});

describe('prefixOf', () => {
  it.each<[string, string, string | null]>([
    ['<sheets>', 'sheets', ''],
    ['<sheets/>', 'sheets', ''],
    ['<sheets count="1">', 'sheets', ''],
    ['<sheets\n>', 'sheets', ''],
    ['<sheets\tcount="1"/>', 'sheets', ''],
    ['<x:sheets>', 'sheets', 'x:'],
    ['<x:sheets/>', 'sheets', 'x:'],
    ['<ns_1.a-b:sheets>', 'sheets', 'ns_1.a-b:'],
    ['<_p:sheets>', 'sheets', '_p:'],
    ['<x:workbook xmlns:x="urn:x"><x:sheets><x:sheet name="A"/></x:sheets></x:workbook>', 'workbook', 'x:'],
    ['<x:workbook xmlns:x="urn:x"><x:sheets><x:sheet name="A"/></x:sheets></x:workbook>', 'sheet', 'x:'],
    // the first element with that local name decides
    ['<a:sheets/><b:sheets/>', 'sheets', 'a:'],
    ['<sheets/><b:sheets/>', 'sheets', ''],
    // names that only start or end with the local name, and close tags, are not the element
    ['<sheet name="A"/>', 'sheets', null],
    ['<sheetsX>', 'sheets', null],
    ['<mysheets>', 'sheets', null],
    ['<x:mysheets>', 'sheets', null],
    ['<sheets>', 'sheet', null],
    ['<sheets><sheet/></sheets>', 'sheet', ''],
    ['</sheets>', 'sheets', null],
    ['</x:sheets>', 'sheets', null],
    ['<sheets', 'sheets', null],
    ['<1x:sheets>', 'sheets', null],
    ['<x:y:sheets>', 'sheets', null],
    ['sheets', 'sheets', null],
    ['', 'sheets', null],
  ])('%j, %j → %j', (xml, local, prefix) => {
    expect(prefixOf(xml, local)).toBe(prefix);
  });

  it.each(['cse-corporate-action-plan.xlsx', 'recommendations-progress-update.xlsx'])('finds the default namespace in the parts of %s', (sample) => {
    const zip = new ZipArchive(new Uint8Array(readFileSync(join(__dirname, '../../../samples', sample))));
    const text = (part: string): string => new TextDecoder().decode(inflateRawSync(zip.rawData(zip.get(part)!)));
    const workbook = text('xl/workbook.xml');
    expect(prefixOf(workbook, 'workbook')).toBe('');
    expect(prefixOf(workbook, 'sheets')).toBe('');
    expect(prefixOf(workbook, 'workbookProtection')).toBeNull();
    expect(prefixOf(text('xl/styles.xml'), 'styleSheet')).toBe('');
    expect(prefixOf(text('xl/worksheets/sheet1.xml'), 'sheetData')).toBe('');
    expect(prefixOf(text('xl/_rels/workbook.xml.rels'), 'Relationship')).toBe('');
    // the same parts with every element prefixed, as some writers produce them
    const prefixed = workbook.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');
    expect(prefixOf(prefixed, 'workbook')).toBe('x:');
    expect(prefixOf(prefixed, 'sheets')).toBe('x:');
  });
});
