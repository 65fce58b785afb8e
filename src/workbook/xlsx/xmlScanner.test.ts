/**
 * The fast scanner against saxes: the same documents accepted and refused, the same elements, attributes
 * and text (entities, CDATA, line ends), however the input is cut into chunks; and its own limits.
 */

import { SaxesParser } from 'saxes';
import { WorkbookReadError } from './errors';
import { MAX_TOKEN_CHARS, XmlScanner } from './xmlScanner';

type Outcome = { events: string[] } | { error: string };

const local = (name: string): string => name.slice(name.lastIndexOf(':') + 1);

/** joins neighbouring text events, which either parser may split differently */
function joinText(events: string[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    const last = out.length - 1;
    if (e.startsWith('T') && last >= 0 && out[last]!.startsWith('T')) out[last] += e.slice(1);
    else out.push(e);
  }
  return out.filter((e) => e !== 'T');
}

function viaSaxes(xml: string): Outcome {
  const events: string[] = [];
  let depth = 0;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new Error('doctype');
  });
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = Object.entries(tag.attributes).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    events.push(`<${local(tag.name)} ${attrs.join(' ')}`);
  });
  parser.on('closetag', (tag) => {
    depth--;
    events.push(`</${local(tag.name)}`);
  });
  const onText = (t: string): void => {
    if (depth > 0) events.push(`T${t}`);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml).close();
  } catch (e) {
    return { error: (e as Error).message };
  }
  return { events: joinText(events) };
}

/** scans `xml` cut at `cuts`, capturing all text (alternately as strings and as ranges) */
function viaScanner(xml: string, cuts: number[] = []): Outcome {
  const events: string[] = [];
  let depth = 0;
  const scanner = new XmlScanner('xl/part.xml');
  scanner.capture = true;
  scanner.sink = {
    open(name, tag) {
      depth++;
      const attrs: string[] = [];
      for (let i = 0; i < tag.attrCount; i++) {
        const n = tag.attrName(i);
        expect(tag.attrIndex(n)).toBe(i);
        expect(tag.attr(n)).toBe(tag.attrValue(i));
        attrs.push(`${n}=${JSON.stringify(tag.attrValue(i))}`);
      }
      events.push(`<${name} ${attrs.join(' ')}`);
      scanner.rawText = !scanner.rawText;
    },
    close(name) {
      depth--;
      events.push(`</${name}`);
    },
    text(t) {
      if (depth > 0) events.push(`T${t}`);
    },
    range(src, start, end) {
      if (depth > 0) events.push(`T${src.slice(start, end)}`);
    },
  };
  try {
    let last = 0;
    for (const c of [...cuts, xml.length]) {
      if (c > last) scanner.write(xml.slice(last, c));
      last = Math.max(last, c);
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { error: e.message };
  }
  return { events: joinText(events) };
}

function expectSame(xml: string, cuts: number[] = []): void {
  const a = viaSaxes(xml);
  const b = viaScanner(xml, cuts);
  if ('error' in a) {
    expect({ xml, cuts, refused: 'error' in b }).toEqual({ xml, cuts, refused: true });
    expect((b as { error: string }).error).toMatch(/^damaged XML in xl\/part\.xml: (.+ at line \d+|it has a DOCTYPE declaration, which a workbook never has)$/);
  } else {
    expect({ xml, cuts, outcome: b }).toEqual({ xml, cuts, outcome: a });
  }
}

const WELL_FORMED = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst count="2"><si><t>Housing</t></si><si><t xml:space="preserve"> a </t></si></sst>',
  '<a>&amp;&lt;&gt;&quot;&apos; &#10;&#13;&#x2013;&#x1F600;&#9;</a>',
  '<a r="&amp;&#x41;&lt;" s=\'it"s\' t="a\tb\nc\r\nd\re"/>',
  '<a>line\r\none\rtwo\r\n\r\nthree</a>',
  '<a><![CDATA[<b> & ]] > ]]]]><![CDATA[a\r\nb]]></a>',
  '<!-- before --><?pi before?><a><!-- in - side --><?pi x y?>t</a><!-- after -->\n',
  '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
  '<é a="1" é="2">£ € 😀 ñ</é>',
  '<a  r = "1"\n\ts="2" ></a >',
  '<a>]] > ]></a>',
  '<a><b/><b></b><b>x</b></a>',
];

const MALFORMED = [
  '<a><b></a></b>',
  '<a>',
  '<a></b>',
  '</a>',
  '<a/><b/>',
  'text<a/>',
  '<a/>text',
  '<a>&xxe;</a>',
  '<a>&amp</a>',
  '<a>&#0;</a>',
  '<a>&#xD800;</a>',
  '<a>&#x110000;</a>',
  '<a>& b</a>',
  '<a>]]></a>',
  '<a>\u0001</a>',
  '<a>\uFFFE</a>',
  '<a r="1" r="2"/>',
  '<a r="<"/>',
  '<a r=1/>',
  '<a r/>',
  '<a r="1"s="2"/>',
  '<a r="&xxe;"/>',
  '<1a/>',
  '<a><-b/></a>',
  '<a/ >',
  '<a><!-- x -- y --></a>',
  '<a><!ELEMENT a></a>',
  '<a></ a>',
  ' <?xml version="1.0"?><a/>',
  '<a><?xml version="1.0"?></a>',
  '',
  '<!-- only a comment -->',
  '<a><![CDATA[x]]',
  '<a b="1',
];

describe('the scanner reads as saxes does', () => {
  test.each(WELL_FORMED.map((x) => [x]))('well formed: %j', (xml) => {
    expect('events' in viaSaxes(xml)).toBe(true);
    expectSame(xml);
  });

  test.each(MALFORMED.map((x) => [x]))('malformed: %j', (xml) => {
    expect('error' in viaSaxes(xml)).toBe(true);
    expectSame(xml);
  });

  test('however the input is cut: at every point, and one character at a time', () => {
    for (const xml of [...WELL_FORMED, ...MALFORMED]) {
      for (let cut = 1; cut < xml.length; cut++) expectSame(xml, [cut]);
      expectSame(
        xml,
        Array.from({ length: xml.length }, (_, i) => i),
      );
    }
  });

  test('random documents, cut at random points', () => {
    let seed = 12345;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    const names = ['c', 'v', 'row', 'x:c', 'is', 't', 'a-b', 'a.b', '_u', 'é', 'A1'];
    const texts = ['1', ' ', 'abc', '&amp;', '&lt;&gt;', '&#10;', '&#x2013;', '\r\n', '\r', '\t', ']]', '>', 'é–😀', '<![CDATA[x<y&z]]>', '<!-- c -->', '<?pi d?>'];
    const bad = ['&xxe;', '&', '\u0001', ']]>', '<', '</>', '<!DOCTYPE x>', '<!-- a -- b -->', '&#0;'];
    const values = ['A1', '', 'a&amp;b', 'a\tb\r\nc', '&#9;x', "it's", ' 4 ', 'é'];
    const attrs = (): string => {
      const used = new Set<string>();
      let s = '';
      for (let i = Math.floor(rnd() * 4); i > 0; i--) {
        const n = pick(['r', 's', 't', 'xml:space', 'x:r', 'ref']);
        if (used.has(n) && rnd() < 0.9) continue;
        used.add(n);
        s += `${pick([' ', '\n', '\t'])}${n}${pick(['=', ' = '])}"${rnd() < 0.97 ? pick(values) : pick(['<', '&x;', '"'])}"`;
      }
      return s;
    };
    const element = (depth: number): string => {
      const name = pick(names);
      if (rnd() < 0.25 || depth > 4) return `<${name}${attrs()}/>`;
      let body = '';
      for (let i = Math.floor(rnd() * 4); i > 0; i--) body += rnd() < 0.5 ? (rnd() < 0.97 ? pick(texts) : pick(bad)) : element(depth + 1);
      const close = rnd() < 0.01 ? pick(names) : name;
      return `<${name}${attrs()}>${body}</${close}>`;
    };
    let accepted = 0;
    for (let k = 0; k < 1500; k++) {
      const xml = (rnd() < 0.5 ? '<?xml version="1.0"?>' : '') + element(0) + (rnd() < 0.05 ? pick(['x', '<b/>', ' ']) : '');
      const cuts = Array.from({ length: Math.floor(rnd() * 5) }, () => Math.floor(rnd() * xml.length)).sort((a, b) => a - b);
      expectSame(xml, cuts);
      if ('events' in viaSaxes(xml)) accepted++;
    }
    // both kinds are well represented
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(1400);
  });
});

describe('safety', () => {
  test('a DOCTYPE is refused as soon as it starts, nothing in it is read', () => {
    const scanner = new XmlScanner('xl/worksheets/sheet1.xml');
    expect(() => {
      scanner.write('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "');
    }).toThrow(new WorkbookReadError('bad-xml', 'damaged XML in xl/worksheets/sheet1.xml: it has a DOCTYPE declaration, which a workbook never has'));
  });

  test('only the predefined entities and character references exist', () => {
    for (const ref of ['&lol;', '&xxe;', '&nbsp;', '&AMP;']) {
      const r = viaScanner(`<a>${ref}</a>`);
      expect(r).toEqual({ error: 'damaged XML in xl/part.xml: undefined entity at line 1' });
    }
  });

  test('a run of text or a tag longer than the limit is refused, and a long tag costs linear time', () => {
    const code = (xml: string): string => {
      const scanner = new XmlScanner('p');
      try {
        for (let i = 0; i < xml.length; i += 65536) scanner.write(xml.slice(i, i + 65536));
        scanner.end();
      } catch (e) {
        return (e as WorkbookReadError).code;
      }
      return 'ok';
    };
    expect(code(`<a>${'x'.repeat(MAX_TOKEN_CHARS + 1)}</a>`)).toBe('too-large');
    expect(code(`<a><b v="${'x'.repeat(MAX_TOKEN_CHARS + 1)}"/></a>`)).toBe('too-large');
    const t0 = Date.now();
    expect(code(`<a><b v="${'x'.repeat(MAX_TOKEN_CHARS - 100)}"/></a>`)).toBe('ok');
    expect(code(`<a><!--${'x'.repeat(MAX_TOKEN_CHARS - 100)}--></a>`)).toBe('ok');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test('plain text can come as positions; text with entities or line ends always comes decoded', () => {
    const got: string[] = [];
    const scanner = new XmlScanner('p');
    scanner.sink = {
      open: () => {
        scanner.capture = true;
        scanner.rawText = true;
      },
      close: () => undefined,
      text: (t) => got.push(`text:${t}`),
      range: (src, start, end) => got.push(`range:${src.slice(start, end)}`),
    };
    scanner.write('<a><v>40055</v><v>a &amp; b</v><v>x\r\ny</v></a>');
    scanner.end();
    expect(got).toEqual(['range:40055', 'text:a & b', 'text:x\ny']);
  });
});

describe("openTag's steps", () => {
  const opened = (xml: string): Outcome => {
    const r = viaScanner(xml);
    return 'events' in r ? { events: r.events.filter((e) => e.startsWith('<') && !e.startsWith('</')) } : r;
  };
  const refused = (message: string): Outcome => ({ error: `damaged XML in xl/part.xml: ${message} at line 1` });

  test.each([
    // the tag name (endOfName), and its local name (startElement, intern): namespaces are not tracked
    ['<a/>', '<a '],
    ['<x:c/>', '<c '],
    ['<ns:x:y/>', '<y '],
    ['<a.b-c_d9/>', '<a.b-c_d9 '],
    ['<é/>', '<é '],
    ['<_/>', '<_ '],
  ])('the name of %s → %s', (xml, event) => {
    expect(opened(xml)).toEqual({ events: [event] });
  });

  test.each([
    ['<1a/>', 'disallowed character in tag name'],
    ['<-a/>', 'disallowed character in tag name'],
    ['<a$/>', 'disallowed character in tag name'],
    ['<a"/>', 'disallowed character in tag name'],
  ])('the name of %s is refused: %s', (xml, message) => {
    expect(opened(xml)).toEqual(refused(message));
  });

  test.each([
    // attributes: names (endOfName), '=' with whitespace around it, quoted values (endOfValue)
    ['<a b="1"/>', '<a b="1"'],
    ["<a b='1' c=\"2\"/>", '<a b="1" c="2"'],
    ['<a b = "1"\n\tc\r=\'2\' />', '<a b="1" c="2"'],
    ['<a x:b="1" xml:space="preserve"/>', '<a x:b="1" xml:space="preserve"'],
    ['<a b=""/>', '<a b=""'],
    ["<a b='it\"s' c=\"it's\"/>", '<a b="it\\"s" c="it\'s"'],
    ['<a b="é–😀"/>', '<a b="é–😀"'],
    // what a value holds: references decoded, tab, CR and LF read as spaces (CR LF as one)
    ['<a b="x&amp;y&lt;&#65;&#x42;"/>', '<a b="x&y<AB"'],
    ['<a b="1\t2\n3\r\n4\r5"/>', '<a b="1 2 3 4 5"'],
    ['<a b="&#10;&#9;"/>', '<a b="\\n\\t"'],
    ['<a b=">"/>', '<a b=">"'],
  ])('the attributes of %s → %s', (xml, event) => {
    expect(opened(xml)).toEqual({ events: [event] });
  });

  test.each([
    ['<a b/>', 'attribute without value'],
    ['<a b c="1"/>', 'attribute without value'],
    ['<a b=1/>', 'unquoted attribute value'],
    ['<a b="1"c="2"/>', 'no whitespace between attributes'],
    ['<a -b="1"/>', 'disallowed character in attribute name'],
    ['<a b="<"/>', 'disallowed character'],
    ['<a b="\u0001"/>', 'disallowed character'],
    ['<a b="\uFFFF"/>', 'disallowed character'],
    // every reference in a value must be known, read or not (checkReferences)
    ['<a b="&xxe;"/>', 'undefined entity'],
    ['<a b="&amp"/>', 'unterminated entity reference'],
    ['<a b="&;"/>', 'empty entity name'],
    ['<a b="&#xD800;"/>', 'malformed character entity'],
    // no attribute twice (checkDuplicates), by its name as written
    ['<a b="1" b="2"/>', 'duplicate attribute: b'],
    ['<a b="1" c="2" d="3" e="4" f="5" g="6" h="7" i="8" j="9" b="10"/>', 'duplicate attribute: b'],
    // the tag's end
    ['<a b="1"/ >', 'forward-slash in opening tag not followed by >'],
  ])('%s is refused: %s', (xml, message) => {
    expect(opened(xml)).toEqual(refused(message));
  });

  test('the same attribute name with two prefixes is two attributes', () => {
    expect(opened('<a x:b="1" y:b="2" b="3"/>')).toEqual({ events: ['<a x:b="1" y:b="2" b="3"'] });
  });

  test.each([
    // the element starts (startElement): one root, which may be empty
    ['<a><b/><c></c></a>', { events: ['<a ', '<b ', '<c '] }],
    ['<a/>', { events: ['<a '] }],
    ['<a/><b/>', refused('documents may contain only one root')],
    ['<a></a><b/>', refused('documents may contain only one root')],
  ])('%s → %p', (xml, outcome) => {
    expect(opened(xml)).toEqual(outcome);
  });

  test.each([
    // a tag cut anywhere waits for the rest: every step returns -1 at the end of the chunk
    '<x:c r="A1" s = \'2\' t="s"/>',
    '<row r="1" spans="1:11">',
    '<t xml:space="preserve">',
    '<a b="&amp;&#x2013;\r\n"/>',
  ])('%s cut at every point reads as it does whole', (tag) => {
    const xml = tag.endsWith('/>') ? tag : `${tag}</${tag.slice(1, tag.search(/[ >]/))}>`;
    const whole = viaScanner(xml);
    expect('events' in whole).toBe(true);
    for (let cut = 1; cut < tag.length; cut++) expect(viaScanner(xml, [cut])).toEqual(whole);
  });
});
