/**
 * The product's cell styles in a workbook's styles part: added after the user's in each list, and taken
 * out again so exactly that the part comes back byte for byte.
 *
 * Other writers' styles parts come in many shapes: lists written as empty elements (`<numFmts count="0"/>`),
 * lists left out (a `<styleSheet>` holding none of them), entries written as an `mc:AlternateContent` (one
 * entry, with a copy for each reader), lists with no `count` or a wrong one, any namespace prefix. Every
 * shape is read as it is and nothing of the user's is re-counted or rewritten:
 *  - entries are counted as the elements directly in the list, an `mc:AlternateContent` being one entry,
 *    so the product's indices follow the real list;
 *  - a `count` that is there is raised by the number of entries added (a right count stays right, a wrong
 *    one stays wrong by what it was), and one that is not there is not added;
 *  - a list left out is created where the schema puts it.
 * Where the product has to change a list's form it writes something only it writes, so that `clean` can
 * tell what the form was without guessing:
 *  - an empty-element list (or root) gets a start and an end tag, its start tag ending " >" (XML allows a
 *    space there; no writer we know of puts one before ">" of an empty list);
 *  - a list it created has just a `count`, in single quotes (writers use double quotes), and holds only
 *    the product's entries and the defaults below;
 *  - the entries Excel reads by position before any others (font 0, fills 0 and 1, border 0, cell format 0)
 *    are added first to a list that lacks them, written as start and end tags where Excel writes empty
 *    elements, so they are never taken for a user's own defaults.
 * `removeAppendedStyles` undoes all of this and gives its answer only when doing it again gives back the
 * very text it was given.
 */

import type { StyleSpec } from '../../core';
import { WorkbookWriteError } from './errors';
import { FIRST_CUSTOM_FORMAT_ID, builtInFormat } from './numberFormats';
import { applySplices, childElements, findElement, type ChildElement, type FoundElement, type Splice } from './xmlTags';
import { escapeXmlAttribute, prefixOf } from './xmlText';

export class StylesPartError extends WorkbookWriteError {}

/** A styles part of the product's own, for a workbook that has none (the part is optional). */
export const NEW_STYLES_PART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

type ListName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';

const ENTRY: Readonly<Record<ListName, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

/** CT_Stylesheet's children in schema order: a list the product creates goes before the first later one there is */
const ROOT_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Entries Excel reads by position, which a list must hold before any of the product's. */
function defaults(p: string, list: ListName): string[] {
  switch (list) {
    case 'fonts':
      return [`<${p}font><${p}sz val="11"></${p}sz><${p}name val="Calibri"></${p}name><${p}family val="2"></${p}family></${p}font>`];
    case 'fills':
      return [`<${p}fill><${p}patternFill patternType="none"></${p}patternFill></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"></${p}patternFill></${p}fill>`];
    case 'borders':
      return [`<${p}border><${p}left></${p}left><${p}right></${p}right><${p}top></${p}top><${p}bottom></${p}bottom><${p}diagonal></${p}diagonal></${p}border>`];
    case 'cellXfs':
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"></${p}xf>`];
    default:
      return [];
  }
}

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

/** A styles part read for editing: its prefix for the main namespace, its root and the lists in it. */
interface StylesPart {
  readonly xml: string;
  readonly p: string;
  readonly root: FoundElement;
  readonly children: readonly ChildElement[];
}

function readStylesPart(xml: string): StylesPart | undefined {
  const p = prefixOf(xml, 'styleSheet');
  if (p === null) return undefined;
  const root = findElement(xml, `${p}styleSheet`);
  if (!root) return undefined;
  return { xml, p, root, children: childElements(xml, root.contentStart, root.contentEnd) };
}

function listOf(part: StylesPart, name: string): ChildElement | undefined {
  return part.children.find((c) => c.qname === `${part.p}${name}`);
}

/** A list's entries: its elements of the entry's name, each `mc:AlternateContent` being one entry. */
function entriesOf(part: StylesPart, list: ChildElement, name: ListName): ChildElement[] {
  return childElements(part.xml, list.contentStart, list.contentEnd).filter((c) => c.qname === `${part.p}${ENTRY[name]}` || c.local === 'AlternateContent');
}

const COUNT = /(\scount\s*=\s*)(["'])(\d+)\2/;

/** a start tag with its `count` changed by `by`, when it has a count that is a number */
function shiftCount(tag: string, by: number): string {
  return tag.replace(COUNT, (_, before: string, quote: string, n: string) => `${before}${quote}${Number(n) + by}${quote}`);
}

/** `<x a="1"/>` → `<x a="1" >` and `</x>`: the empty-element form opened, with the mark that says it was */
function opened(element: ChildElement | FoundElement, xml: string, qname: string): { open: string; close: string } {
  const tag = xml.slice(element.start, element.end);
  return { open: `${tag.slice(0, -2)} >`, close: `</${qname}>` };
}

/**
 * Appends the product's styles after the user's: number formats, fonts, fills, borders and cell formats.
 * The user's entries keep their places, so every style index in the user's sheets still means what it
 * meant. Returns the cell-format index of each spec, in order.
 */
export function appendStyles(stylesXml: string, specs: readonly StyleSpec[]): { xml: string; xf: number[] } {
  let part = readStylesPart(stylesXml);
  if (!part) throw new StylesPartError('the workbook\'s styles part has no styleSheet element, so no cell style can be added to it');
  // an empty-element root is opened first, so lists can go in it
  if (part.root.selfClosing) {
    const { open, close } = opened(part.root, stylesXml, `${part.p}styleSheet`);
    part = readStylesPart(stylesXml.slice(0, part.root.start) + open + close + stylesXml.slice(part.root.end))!;
  }
  const { xml, p } = part;
  const splices: Splice[] = [];

  /** puts entries at the end of a list (creating it where it is missing); the index of the first */
  const append = (name: ListName, entries: readonly string[]): number => {
    const list = listOf(part, name);
    const required = defaults(p, name);
    if (!list) {
      const order = ROOT_ORDER.indexOf(name);
      const next = part.children.find((c) => c.qname.startsWith(p) && ROOT_ORDER.indexOf(c.qname.slice(p.length)) > order);
      const all = [...required, ...entries];
      splices.push({ at: next ? next.start : part.root.contentEnd, remove: 0, insert: `<${p}${name} count='${all.length}'>${all.join('')}</${p}${name}>` });
      return required.length;
    }
    const existing = entriesOf(part, list, name).length;
    const added = [...required.slice(existing), ...entries];
    if (list.selfClosing) {
      const { open, close } = opened(list, xml, list.qname);
      splices.push({ at: list.start, remove: list.end - list.start, insert: shiftCount(open, added.length) + added.join('') + close });
    } else {
      splices.push({ at: list.start, remove: list.end - list.start, insert: shiftCount(xml.slice(list.start, list.end), added.length) });
      splices.push({ at: list.contentEnd, remove: 0, insert: added.join('') });
    }
    return existing + required.slice(existing).length;
  };

  const formatIds = new Map<string, number>();
  const custom: string[] = [];
  // a dxf's own number format takes an id too: every id in the part is taken
  const used = [...xml.matchAll(/numFmtId\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1]));
  let next = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...used) + 1;
  for (const s of specs) {
    if (s.numFmt === null || formatIds.has(s.numFmt)) continue;
    const id = builtInId(s.numFmt) ?? next++;
    formatIds.set(s.numFmt, id);
    if (id >= FIRST_CUSTOM_FORMAT_ID) custom.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(s.numFmt)}"/>`);
  }
  if (custom.length > 0) append('numFmts', custom);
  const fonts = append('fonts', specs.map((s) => fontXml(p, s)));
  const fills = append('fills', specs.map((s) => fillXml(p, s)));
  const borders = append('borders', specs.map((s) => borderXml(p, s)));
  // a cell format names its cell style only when the part has cell styles to name
  const styleXfs = listOf(part, 'cellStyleXfs');
  const hasCellStyle = styleXfs !== undefined && childElements(xml, styleXfs.contentStart, styleXfs.contentEnd).length > 0;
  const xfs = specs.map((s, i) => {
    const numFmtId = s.numFmt === null ? 0 : formatIds.get(s.numFmt)!;
    // every cell at the top of its row: in a row made tall by wrapped text, a link, a ref or a status at
    // the bottom would sit beside the next row's text
    const align = `<${p}alignment${s.align ? ` horizontal="${s.align}"` : ''} vertical="top"${s.wrap ? ' wrapText="1"' : ''}/>`;
    return `<${p}xf numFmtId="${numFmtId}" fontId="${fonts + i}" fillId="${fills + i}" borderId="${borders + i}"${hasCellStyle ? ' xfId="0"' : ''} applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</${p}xf>`;
  });
  const first = append('cellXfs', xfs);
  return { xml: applySplices(xml, splices), xf: specs.map((_, i) => first + i) };
}

/** how many number formats `appendStyles` adds for these specs */
function customFormatCount(specs: readonly StyleSpec[]): number {
  return new Set(specs.flatMap((s) => (s.numFmt !== null && builtInId(s.numFmt) === undefined ? [s.numFmt] : []))).size;
}

/**
 * The styles part as it was before `appendStyles(…, specs)`, or undefined when the part is not exactly
 * that: it is undone only when doing it again gives back the same text, so a part Excel has since
 * rewritten (styles merged or renumbered) is left as it is.
 */
export function removeAppendedStyles(stylesXml: string, specs: readonly StyleSpec[]): string | undefined {
  let candidate: string | undefined;
  try {
    candidate = undoAppend(stylesXml, specs);
    return candidate !== undefined && appendStyles(candidate, specs).xml === stylesXml ? candidate : undefined;
  } catch (e) {
    // a part that no longer reads as one the product wrote into is left as it is
    if (e instanceof StylesPartError || (e instanceof Error && / is not closed$| does not close /.test(e.message))) return undefined;
    throw e;
  }
}

function undoAppend(stylesXml: string, specs: readonly StyleSpec[]): string | undefined {
  const part = readStylesPart(stylesXml);
  if (!part) return undefined;
  const { xml, p } = part;
  const splices: Splice[] = [];
  const lists: Array<[ListName, number]> = [['numFmts', customFormatCount(specs)], ['fonts', specs.length], ['fills', specs.length], ['borders', specs.length], ['cellXfs', specs.length]];
  for (const [name, ours] of lists) {
    if (ours === 0) continue;
    const list = listOf(part, name);
    if (!list || list.selfClosing) return undefined;
    const entries = entriesOf(part, list, name);
    if (entries.length < ours) return undefined;
    const before = entries.slice(0, entries.length - ours);
    // the defaults the product put before its entries, when the list lacked them
    const required = defaults(p, name);
    let added = 0;
    if (before.length === required.length) {
      for (let q = required.length; q > 0 && added === 0; q--) {
        if (before.slice(required.length - q).every((e, j) => xml.slice(e.start, e.elementEnd) === required[required.length - q + j])) added = q;
      }
    }
    const kept = before.length - added;
    const from = kept < entries.length ? entries[kept]!.start : list.contentEnd;
    const tag = xml.slice(list.start, list.end);
    const restored = shiftCount(tag, -(ours + added));
    if (kept === 0 && tag === `<${p}${name} count='${ours + added}'>`) {
      // a list the product created
      splices.push({ at: list.start, remove: list.elementEnd - list.start, insert: '' });
    } else if (kept === 0 && tag.endsWith(' >') && from === list.contentStart) {
      // an empty-element list the product opened
      splices.push({ at: list.start, remove: list.elementEnd - list.start, insert: `${restored.slice(0, -2)}/>` });
    } else {
      splices.push({ at: list.start, remove: list.end - list.start, insert: restored });
      splices.push({ at: from, remove: list.contentEnd - from, insert: '' });
    }
  }
  const undone = applySplices(xml, splices);
  // an empty-element root the product opened
  const after = readStylesPart(undone)!;
  const rootTag = undone.slice(after.root.start, after.root.end);
  if (!after.root.selfClosing && rootTag.endsWith(' >') && after.root.contentStart === after.root.contentEnd) {
    return undone.slice(0, after.root.start) + `${rootTag.slice(0, -2)}/>` + undone.slice(after.root.elementEnd);
  }
  return undone;
}
