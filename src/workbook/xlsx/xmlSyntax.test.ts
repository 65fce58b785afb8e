import { entityFault, entityText, isNameChar, isNameStart } from './xmlSyntax';

describe('isNameStart and isNameChar: XML 1.0 name characters', () => {
  it.each([
    // character, may start a name, may continue one
    ['a', true, true],
    ['Z', true, true],
    ['_', true, true],
    [':', true, true],
    ['0', false, true],
    ['-', false, true],
    ['.', false, true],
    ['\u00b7', false, true],
    ['\u0300', false, true],
    ['\u203f', false, true],
    ['é', true, true],
    ['Ω', true, true],
    ['漢', true, true],
    // the first half of a surrogate pair stands for the pair: [#x10000-#xEFFFF] may start a name
    ['\ud840', true, true],
    [' ', false, false],
    ['$', false, false],
    ['"', false, false],
    ['/', false, false],
    ['>', false, false],
    ['=', false, false],
    ['\u00d7', false, false],
    ['\u037e', false, false],
    ['\u2000', false, false],
    ['\ufffe', false, false],
  ])('%p: start %p, name %p', (ch, start, name) => {
    expect(isNameStart(ch.charCodeAt(0))).toBe(start);
    expect(isNameChar(ch.charCodeAt(0))).toBe(name);
  });
});

/** what the reference in `&...;` stands for, or why it is refused */
function reference(ref: string): string | { fault: string } {
  const s = `x&${ref};x`;
  const start = 2;
  const semi = 2 + ref.length;
  return entityText(s, start, semi) ?? { fault: entityFault(s, start, semi) };
}

describe('entityText and entityFault: the five predefined entities and character references, nothing else', () => {
  it.each<[string, string | { fault: string }]>([
    ['amp', '&'],
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"],
    ['#65', 'A'],
    ['#0065', 'A'],
    ['#10', '\n'],
    ['#9', '\t'],
    ['#x41', 'A'],
    ['#x2013', '–'],
    ['#X41', { fault: 'malformed character entity' }],
    ['#x1F600', '😀'],
    ['#x10FFFF', '\u{10FFFF}'],
    ['#xfffd', '\ufffd'],
    // not a legal character, or not a number
    ['#0', { fault: 'malformed character entity' }],
    ['#x1', { fault: 'malformed character entity' }],
    ['#xD800', { fault: 'malformed character entity' }],
    ['#xFFFE', { fault: 'malformed character entity' }],
    ['#x110000', { fault: 'malformed character entity' }],
    ['#', { fault: 'malformed character entity' }],
    ['#x', { fault: 'malformed character entity' }],
    ['#1a', { fault: 'malformed character entity' }],
    ['#x-1', { fault: 'malformed character entity' }],
    // any other name is an entity no one declared (a DOCTYPE is refused before it could)
    ['nbsp', { fault: 'undefined entity' }],
    ['AMP', { fault: 'undefined entity' }],
    ['ampx', { fault: 'undefined entity' }],
    ['x:y', { fault: 'undefined entity' }],
    ['', { fault: 'empty entity name' }],
    ['1a', { fault: 'disallowed character in entity name' }],
    ['a b', { fault: 'disallowed character in entity name' }],
  ])('&%s; → %p', (ref, expected) => {
    expect(reference(ref)).toEqual(expected);
  });
});
