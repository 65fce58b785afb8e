import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { STYLES, STYLE_NAMES } from '../../core/plan/planStyles';
import { appendStyles, StylesPartError } from './appendStyles';
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
    expect(xml).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts><x:fonts count="3">');
    expect(xml).toContain('<x:xf numFmtId="9" fontId="2" fillId="3" borderId="2"');
    expect(lists(xml).cellXfs).toEqual([3, 3]);
  });

  it('refuses a styles part without the lists it appends to', () => {
    expect(() => appendStyles('<styleSheet><fonts count="1"><font/></fonts></styleSheet>', specs)).toThrow(new StylesPartError('the styles part has no fills list'));
  });
});
