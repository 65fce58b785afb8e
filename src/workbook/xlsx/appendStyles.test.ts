import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { STYLES, STYLE_NAMES } from '../../core/plan/planStyles';
import { appendStyles, removeAppendedStyles, StylesPartError } from './appendStyles';
import { childElements, findElement } from './xmlTags';
import { STYLES_SHAPES as SHAPES } from '../../../test/support/stylesShapes';
import { ZipArchive } from './zip';

function stylesOf(sample: string): string {
  const zip = new ZipArchive(new Uint8Array(readFileSync(join(__dirname, '../../../samples', sample))));
  return new TextDecoder().decode(inflateRawSync(zip.rawData(zip.get('xl/styles.xml')!)));
}

/** each list's count attribute and how many children it really has */
function lists(xml: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  const parser = new SaxesParser();
  const stack: string[] = [];
  parser.on('opentag', (t) => {
    const name = t.name.replace(/^\w+:/, '');
    const parent = stack[stack.length - 1];
    if (parent && out[parent]) out[parent]![1]++;
    if (['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'].includes(name)) out[name] = [Number(t.attributes.count), 0];
    stack.push(t.isSelfClosing ? '' : name);
    if (t.isSelfClosing) stack.pop();
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing) stack.pop();
  });
  parser.write(xml).close();
  return out;
}

const specs = STYLE_NAMES.map((n) => STYLES[n]);

describe('appendStyles', () => {
  it.each(['cse-corporate-action-plan.xlsx', 'recommendations-progress-update.xlsx'])('appends after the user\'s styles in %s, counts right, the user\'s entries where they were', (sample) => {
    const before = stylesOf(sample);
    const { xml, xf } = appendStyles(before, specs);
    const old = lists(before);
    const now = lists(xml);
    for (const [name, [count, children]] of Object.entries(now)) expect({ name, count }).toEqual({ name, count: children });
    expect(now.fonts![1] - old.fonts![1]).toBe(specs.length);
    expect(now.cellXfs![1] - old.cellXfs![1]).toBe(specs.length);
    expect(xf).toEqual(specs.map((_, i) => old.cellXfs![1] + i));
    // the user's own font list is unchanged, with ours after it
    const userFonts = before.slice(before.indexOf('<font>'), before.indexOf('</fonts>'));
    expect(xml).toContain(userFonts + '<font><b/><sz val="14"/>');
    expect(xml).toContain('formatCode="dd/mm/yyyy"');
  });

  it('gives the same XML for the same input', () => {
    const before = stylesOf('cse-corporate-action-plan.xlsx');
    expect(appendStyles(before, specs).xml).toBe(appendStyles(before, specs).xml);
  });

  it('works with prefixed elements and no numFmts list', () => {
    const before = '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf/></x:cellXfs></x:styleSheet>';
    const { xml, xf } = appendStyles(before, [STYLES.date, STYLES.percent]);
    expect(xf).toEqual([1, 2]);
    expect(xml).toContain("<x:numFmts count='1'><x:numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></x:numFmts><x:fonts count=\"3\">");
    expect(xml).toContain('<x:xf numFmtId="9" fontId="2" fillId="3" borderId="2"');
    expect(lists(xml).cellXfs).toEqual([3, 3]);
  });

});

const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;

/** a list's entries as the product counts them (an mc:AlternateContent is one), with their texts */
function entries(xml: string, list: string, p = ''): string[] {
  const root = findElement(xml, `${p}styleSheet`)!;
  const el = childElements(xml, root.contentStart, root.contentEnd).find((c) => c.qname === `${p}${list}`);
  if (!el) return [];
  return childElements(xml, el.contentStart, el.contentEnd).map((c) => xml.slice(c.start, c.elementEnd));
}

/** a list's count attribute as written, or null */
function countOf(xml: string, list: string, p = ''): string | null {
  const m = new RegExp(`<${p}${list}(?=[\\s/>])[^>]*?\\scount\\s*=\\s*["']([^"']*)["']`).exec(xml);
  return m ? m[1]! : null;
}

describe.each(SHAPES)('a styles part with %s', (_shape, before, p, firstXf) => {
  const { xml, xf } = appendStyles(before, specs);

  it('is still well-formed XML', () => {
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
  });

  it('gives the product\'s cell formats the indices after the user\'s', () => {
    expect(xf).toEqual(specs.map((_, i) => firstXf + i));
  });

  it('points each cell format at its own font, fill and border, counted as the real lists are', () => {
    const xfs = entries(xml, 'cellXfs', p);
    const fonts = entries(xml, 'fonts', p);
    const fills = entries(xml, 'fills', p);
    specs.forEach((spec, i) => {
      const a = /fontId="(\d+)" fillId="(\d+)" borderId="(\d+)"/.exec(xfs[xf[i]!]!)!;
      expect(fonts[Number(a[1])]).toContain(`sz val="${spec.size}"`);
      expect(fonts[Number(a[1])]!.includes('<' + p + 'b/>')).toBe(spec.bold);
      if (spec.fill) expect(fills[Number(a[2])]).toContain(spec.fill);
    });
  });

  it('keeps Excel\'s positional entries first: fills 0 and 1 are none and gray125', () => {
    const fills = entries(xml, 'fills', p);
    expect(fills[0]).toContain('patternType="none"');
    expect(fills[1]).toContain('patternType="gray125"');
  });

  it.each(LISTS)('leaves the user\'s %s where they were, and their count raised only by what was added', (list) => {
    const old = entries(before, list, p);
    const now = entries(xml, list, p);
    expect(now.slice(0, old.length)).toEqual(old);
    const count = countOf(before, list, p);
    if (count === null) expect(countOf(xml, list, p) === null || !before.includes(`<${p}${list}`)).toBe(true);
    else expect(Number(countOf(xml, list, p))).toBe(Number(count) + now.length - old.length);
  });

  it('is given back exactly by removeAppendedStyles', () => {
    expect(removeAppendedStyles(xml, specs)).toBe(before);
  });
});

describe('removeAppendedStyles', () => {
  const before = SHAPES[0]![1];
  const after = appendStyles(before, specs).xml;

  it.each([
    ['the part was saved again with a style of its own added', after.replace('</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>')],
    ['one of the product\'s fonts was changed', after.replace('<sz val="14"/>', '<sz val="15"/>')],
    ['the part lost a list', after.replace(/<borders[\s\S]*<\/borders>/, '')],
    ['the part is not a styles part', '<workbook/>'],
    ['the part is cut off', after.slice(0, after.length - 40)],
  ])('leaves it alone when %s', (_what, xml) => {
    expect(removeAppendedStyles(xml, specs)).toBeUndefined();
  });
});

it('refuses a part with no styleSheet', () => {
  expect(() => appendStyles('<workbook/>', specs)).toThrow(StylesPartError);
});
