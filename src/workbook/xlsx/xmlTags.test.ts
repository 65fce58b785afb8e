import { childElements } from './xmlTags';

/** the children of the root element's content, as [qname, their text] */
function children(xml: string): Array<[string, string]> {
  const from = xml.indexOf('>') + 1;
  const to = xml.lastIndexOf('</');
  return childElements(xml, from, to).map((c) => [c.qname, xml.slice(c.start, c.elementEnd)]);
}

describe('childElements', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['none', '<a></a>', []],
    ['empty elements', '<a><b/><c x="1"/></a>', [['b', '<b/>'], ['c', '<c x="1"/>']]],
    ['nested elements, only the outer ones', '<a><b><b><c/></b></b><d>t</d></a>', [['b', '<b><b><c/></b></b>'], ['d', '<d>t</d>']]],
    ['prefixed names', '<x:a><x:b/><mc:AlternateContent><mc:Choice><x:b/></mc:Choice></mc:AlternateContent></x:a>', [['x:b', '<x:b/>'], ['mc:AlternateContent', '<mc:AlternateContent><mc:Choice><x:b/></mc:Choice></mc:AlternateContent>']]],
    ['comments, processing instructions and CDATA skipped whole', '<a><!-- <b/> --><?pi <c/> ?><d><![CDATA[<e>]]></d></a>', [['d', '<d><![CDATA[<e>]]></d>']]],
    ['a ">" inside an attribute value', '<a><b v="x>y"/><c v=\'<\'></c></a>', [['b', '<b v="x>y"/>'], ['c', '<c v=\'<\'></c>']]],
    ['whitespace and text between them', '<a>\n  <b/>\n  <c></c>\n</a>', [['b', '<b/>'], ['c', '<c></c>']]],
  ])('%s', (_what, xml, expected) => {
    expect(children(xml)).toEqual(expected);
  });

  it.each([
    ['an element not closed', '<a><b><c/></a>'],
    ['an end tag of another element', '<a><b></c></a>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => children(xml)).toThrow();
  });

  it('gives each child its extent and attributes', () => {
    const xml = '<a><b n="1">t</b></a>';
    const [b] = childElements(xml, 3, xml.length - 4);
    expect(b).toMatchObject({ qname: 'b', local: 'b', start: 3, contentStart: 12, contentEnd: 13, elementEnd: 17, selfClosing: false });
    expect(b!.attributes.get('n')).toBe('1');
  });
});
