import type { StyleSpec } from '../../core/plan/planStyles';
import { FIRST_CUSTOM_FORMAT_ID, builtInFormat } from './numberFormats';
import { escapeXmlAttribute, prefixOf } from './xmlText';

export class StylesPartError extends Error {}

/** the built-in id of a format code, when Excel has one that is the same everywhere */
function builtInId(code: string): number | undefined {
  for (let id = 0; id < FIRST_CUSTOM_FORMAT_ID; id++) if (builtInFormat(id) === code && (id <= 13 || (id >= 37 && id <= 49))) return id;
  return undefined;
}

function fontXml(p: string, s: StyleSpec): string {
  return `<${p}font>${s.bold ? `<${p}b/>` : ''}${s.italic ? `<${p}i/>` : ''}${s.underline ? `<${p}u/>` : ''}<${p}sz val="${s.size}"/>${s.color ? `<${p}color rgb="FF${s.color}"/>` : `<${p}color theme="1"/>`}<${p}name val="Calibri"/><${p}family val="2"/><${p}scheme val="minor"/></${p}font>`;
}

function fillXml(p: string, s: StyleSpec): string {
  return s.fill
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${s.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    : `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
}

function borderXml(p: string, s: StyleSpec): string {
  const bottom = s.bottomBorder ? `<${p}bottom style="thin"><${p}color rgb="FF808080"/></${p}bottom>` : `<${p}bottom/>`;
  return `<${p}border><${p}left/><${p}right/><${p}top/>${bottom}<${p}diagonal/></${p}border>`;
}

/** inserts `items` at the end of the <name> list of <child> elements and sets its count; returns the index of the first one */
function appendTo(xml: string, p: string, name: string, child: string, items: string[]): { xml: string; first: number } {
  const open = new RegExp(`<${p}${name}(\\s[^>]*)?>`).exec(xml);
  const close = xml.indexOf(`</${p}${name}>`);
  if (!open || close < open.index) throw new StylesPartError(`the styles part has no ${name} list`);
  const body = xml.slice(open.index + open[0].length, close);
  const existing = (body.match(new RegExp(`<${p}${child}[\\s/>]`, 'g')) ?? []).length;
  const count = `count="${existing + items.length}"`;
  const tag = /\scount="[^"]*"/.test(open[0]) ? open[0].replace(/count="[^"]*"/, count) : open[0].replace(/>$/, ` ${count}>`);
  return { xml: xml.slice(0, open.index) + tag + body + items.join('') + xml.slice(close), first: existing };
}

/**
 * Appends the product's styles after the user's in styles.xml: fonts, fills, borders, number formats and
 * cell formats, each list's count raised. The user's own entries keep their places, so every style index
 * in the user's sheets still means what it meant. Returns the cell-format index of each spec, in order.
 */
export function appendStyles(stylesXml: string, specs: readonly StyleSpec[]): { xml: string; xf: number[] } {
  const p = prefixOf(stylesXml, 'styleSheet');
  if (p === null) throw new StylesPartError('the styles part has no styleSheet');
  let xml = stylesXml;

  const formatIds = new Map<string, number>();
  const custom: string[] = [];
  const used = [...xml.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...used) + 1;
  for (const s of specs) {
    if (s.numFmt === null || formatIds.has(s.numFmt)) continue;
    const id = builtInId(s.numFmt) ?? next++;
    formatIds.set(s.numFmt, id);
    if (id >= FIRST_CUSTOM_FORMAT_ID) custom.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(s.numFmt)}"/>`);
  }
  if (custom.length > 0) {
    if (new RegExp(`<${p}numFmts[\\s>]`).test(xml)) xml = appendTo(xml, p, 'numFmts', 'numFmt', custom).xml;
    else {
      const root = new RegExp(`<${p}styleSheet(\\s[^>]*)?>`).exec(xml)!;
      const at = root.index + root[0].length;
      xml = `${xml.slice(0, at)}<${p}numFmts count="${custom.length}">${custom.join('')}</${p}numFmts>${xml.slice(at)}`;
    }
  }
  const fonts = appendTo(xml, p, 'fonts', 'font', specs.map((s) => fontXml(p, s)));
  const fills = appendTo(fonts.xml, p, 'fills', 'fill', specs.map((s) => fillXml(p, s)));
  const borders = appendTo(fills.xml, p, 'borders', 'border', specs.map((s) => borderXml(p, s)));
  const xfs = specs.map((s, i) => {
    const numFmtId = s.numFmt === null ? 0 : formatIds.get(s.numFmt)!;
    const align = s.wrap ? `<${p}alignment vertical="top" wrapText="1"/>` : '';
    return `<${p}xf numFmtId="${numFmtId}" fontId="${fonts.first + i}" fillId="${fills.first + i}" borderId="${borders.first + i}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1">' + align + `</${p}xf>` : '/>'}`;
  });
  const cellXfs = appendTo(borders.xml, p, 'cellXfs', 'xf', xfs);
  return { xml: cellXfs.xml, xf: specs.map((_, i) => cellXfs.first + i) };
}

/** Takes the last `n` `<child>` elements out of the <name> list and lowers its count; undefined when it has fewer. */
function dropLast(xml: string, p: string, name: string, child: string, n: number): string | undefined {
  const open = new RegExp(`<${p}${name}(\\s[^>]*)?>`).exec(xml);
  const close = xml.indexOf(`</${p}${name}>`);
  if (!open || close < open.index) return undefined;
  const bodyStart = open.index + open[0].length;
  const starts = [...xml.slice(bodyStart, close).matchAll(new RegExp(`<${p}${child}[\\s/>]`, 'g'))].map((m) => bodyStart + m.index);
  if (starts.length < n) return undefined;
  const cut = n === 0 ? close : starts[starts.length - n]!;
  const left = starts.length - n;
  if (left === 0 && name === 'numFmts') return xml.slice(0, open.index) + xml.slice(close + `</${p}${name}>`.length);
  const tag = open[0].replace(/count="[^"]*"/, `count="${left}"`);
  return xml.slice(0, open.index) + tag + xml.slice(bodyStart, cut) + xml.slice(close);
}

/**
 * The styles part as it was before `appendStyles(…, specs)`, or undefined when the part is not exactly
 * that: it is undone only when doing it again gives back the same text, so a part Excel has since
 * rewritten (styles merged or renumbered) is left as it is.
 */
export function removeAppendedStyles(stylesXml: string, specs: readonly StyleSpec[]): string | undefined {
  const p = prefixOf(stylesXml, 'styleSheet');
  if (p === null) return undefined;
  const customFormats = new Set(specs.flatMap((s) => (s.numFmt !== null && builtInId(s.numFmt) === undefined ? [s.numFmt] : []))).size;
  let xml: string | undefined = stylesXml;
  for (const [name, child] of [['cellXfs', 'xf'], ['borders', 'border'], ['fills', 'fill'], ['fonts', 'font']] as const) {
    xml = dropLast(xml, p, name, child, specs.length);
    if (xml === undefined) return undefined;
  }
  if (customFormats > 0) xml = dropLast(xml, p, 'numFmts', 'numFmt', customFormats);
  if (xml === undefined) return undefined;
  try {
    return appendStyles(xml, specs).xml === stylesXml ? xml : undefined;
  } catch (e) {
    if (e instanceof StylesPartError) return undefined;
    throw e;
  }
}
