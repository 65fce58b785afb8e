/**
 * Finding elements in a part's XML text by position, so the writer can insert and remove exactly the
 * product's own elements and leave every other byte of the part as it was. Attribute values may hold ">"
 * (XML allows it unescaped), so tags are matched with their quoted values, never up to the first ">".
 */

const ATTRIBUTES = `(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*`;

/** A start tag (or an empty-element tag) found in a part. */
export interface FoundTag {
  /** offset of "<" */
  readonly start: number;
  /** offset just past ">" */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
}

const regexCache = new Map<string, RegExp>();

/** a global regex for start tags of `qname` ("x:sheet"), capturing the attributes and any closing "/" */
function startTag(qname: string): RegExp {
  let re = regexCache.get(qname);
  if (!re) {
    re = new RegExp(`<${qname.replace(/[.]/g, '\\.')}(${ATTRIBUTES})(/?)>`, 'g');
    regexCache.set(qname, re);
  }
  re.lastIndex = 0;
  return re;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** attributes by their qualified name, values unescaped */
export function parseAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    if (!out.has(m[1]!)) out.set(m[1]!, unescapeEntities(m[2] ?? m[3] ?? ''));
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(?:#x([0-9A-Fa-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return name ? ENTITIES[name]! : whole;
  });
}

/** Start tags of `qname` between `from` and `to`. */
export function findTags(xml: string, qname: string, from = 0, to = xml.length): FoundTag[] {
  const re = startTag(qname);
  re.lastIndex = from;
  const found: FoundTag[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    found.push({ start: m.index, end: m.index + m[0].length, selfClosing: m[2] === '/', attributes: parseAttributes(m[1]!) });
  }
  return found;
}

/** The first start tag of `qname` at or after `from`. */
export function findTag(xml: string, qname: string, from = 0): FoundTag | undefined {
  const re = startTag(qname);
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? { start: m.index, end: m.index + m[0].length, selfClosing: m[2] === '/', attributes: parseAttributes(m[1]!) } : undefined;
}

/** An element's whole extent: from its start tag to just past its end tag (or the empty-element tag). */
export interface FoundElement extends FoundTag {
  /** offset of its content (= end of the start tag) */
  readonly contentStart: number;
  /** offset of its end tag ("</"), or of its end when self-closing */
  readonly contentEnd: number;
  /** offset just past the whole element */
  readonly elementEnd: number;
}

/** Elements of `qname` between `from` and `to` that do not nest in themselves (rows, cells, sheets, names). */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): FoundElement[] {
  const close = `</${qname}>`;
  const out: FoundElement[] = [];
  for (const tag of findTags(xml, qname, from, to)) {
    if (tag.selfClosing) {
      out.push({ ...tag, contentStart: tag.end, contentEnd: tag.end, elementEnd: tag.end });
      continue;
    }
    const at = xml.indexOf(close, tag.end);
    if (at < 0) throw new Error(`<${qname}> is not closed`);
    out.push({ ...tag, contentStart: tag.end, contentEnd: at, elementEnd: at + close.length });
  }
  return out;
}

/** The first element of `qname` at or after `from`, with its extent. */
export function findElement(xml: string, qname: string, from = 0): FoundElement | undefined {
  const tag = findTag(xml, qname, from);
  if (!tag) return undefined;
  if (tag.selfClosing) return { ...tag, contentStart: tag.end, contentEnd: tag.end, elementEnd: tag.end };
  const close = `</${qname}>`;
  const at = xml.indexOf(close, tag.end);
  if (at < 0) throw new Error(`<${qname}> is not closed`);
  return { ...tag, contentStart: tag.end, contentEnd: at, elementEnd: at + close.length };
}

/** The prefix bound to a namespace on the root element ("r" for xmlns:r="..."), or undefined. */
export function prefixForNamespace(rootTag: FoundTag, namespace: string): string | undefined {
  for (const [name, value] of rootTag.attributes) if (name.startsWith('xmlns:') && value === namespace) return name.slice(6);
  return undefined;
}

/** Edits as (offset, length removed, text inserted), applied in one pass; offsets refer to the original. */
export interface Splice {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

export function applySplices(xml: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return xml;
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let p = 0;
  for (const s of sorted) {
    if (s.at < p) throw new Error('overlapping edits');
    parts.push(xml.slice(p, s.at), s.insert);
    p = s.at + s.remove;
  }
  parts.push(xml.slice(p));
  return parts.join('');
}

/** An element directly inside another, with its qualified name and extent. */
export interface ChildElement extends FoundElement {
  /** as written ("x:font", "mc:AlternateContent") */
  readonly qname: string;
  /** the name without its prefix */
  readonly local: string;
}

// a comment, processing instruction or CDATA section (skipped whole: a "<" inside one is no tag), or a tag
const MARKUP = new RegExp(`<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<(/?)([^\\s/>!?]+)(${ATTRIBUTES})(/?)>`, 'g');

/**
 * The elements directly inside the content between `from` and `to` (an element's contentStart and
 * contentEnd), in order, each with its whole extent: what a list of style entries holds, whether an entry
 * is written plainly or as an `mc:AlternateContent` with its own nested copies.
 */
export function childElements(xml: string, from: number, to: number): ChildElement[] {
  const out: ChildElement[] = [];
  const open: Array<{ qname: string; start: number; end: number; attributes: string }> = [];
  MARKUP.lastIndex = from;
  for (let m = MARKUP.exec(xml); m && m.index < to; m = MARKUP.exec(xml)) {
    const qname = m[2];
    if (qname === undefined) continue;
    const end = m.index + m[0].length;
    if (m[1] === '/') {
      const top = open.pop();
      if (!top || top.qname !== qname) throw new Error(`</${qname}> does not close the element open there`);
      if (open.length === 0) {
        out.push({ qname, local: localPart(qname), start: top.start, end: top.end, selfClosing: false, attributes: parseAttributes(top.attributes), contentStart: top.end, contentEnd: m.index, elementEnd: end });
      }
    } else if (m[4] === '/') {
      if (open.length === 0) out.push({ qname, local: localPart(qname), start: m.index, end, selfClosing: true, attributes: parseAttributes(m[3]!), contentStart: end, contentEnd: end, elementEnd: end });
    } else open.push({ qname, start: m.index, end, attributes: m[3]! });
  }
  if (open.length > 0) throw new Error(`<${open[0]!.qname}> is not closed`);
  return out;
}

function localPart(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}
