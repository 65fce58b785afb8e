/**
 * A strict, streaming XML scanner for every part read (see xml.ts), several times faster than saxes: it
 * walks the text with indexOf and charCodeAt, allocates nothing per attribute (attributes are positions in
 * the chunk, read on demand), and only slices text the caller asked for (`capture`).
 *
 * It checks what makes XML well formed: names, quoted attribute values, no duplicate attributes, matching
 * close tags, one root, nothing but whitespace outside it, legal characters, and entity references. Only
 * the five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references (&#10; &#x2013;)
 * are known; any other entity is damaged XML, and a DOCTYPE is refused on sight, so nothing is ever
 * declared, expanded or fetched. Namespaces are not tracked: handlers get local names ("x:c" → "c").
 * Line ends are normalised as XML says (CR LF and CR → LF in text; tab, CR and LF → space in attribute
 * values), CDATA is delivered as text, comments and processing instructions are skipped.
 * Unlike saxes it does not check the characters inside comments and processing instructions, nor what the
 * XML declaration says (version, encoding); neither is ever read.
 *
 * Errors are WorkbookReadError 'bad-xml' ("damaged XML in <part>: <what> at line <n>", worded as saxes
 * words them) or 'too-large' for a run of text or a tag over MAX_TOKEN_CHARS.
 *
 * Which characters make a name, and what an entity reference stands for, are in xmlSyntax.ts. A start tag
 * is read in steps (openTag); the loops over a name's or a value's characters are methods that leave the
 * character they stopped at in a field, rather than functions whose caller reads it again: written that
 * way, reading bench-10000.xlsx took 8.5% more instructions than with the single openTag of before
 * (valgrind, 20 reads after warm-up); written this way, none more.
 */

import { WorkbookReadError } from './errors';
import { NAME, entityFault, entityText, isNameChar, isNameStart, isWideNameChar } from './xmlSyntax';

/** the longest run of text, tag, comment or CDATA section accepted; Excel's own cell limit is 32,767 characters */
export const MAX_TOKEN_CHARS = 16 * 1024 * 1024;

/** how much of the next chunk is joined to a carried token to finish it */
const BRIDGE_CHARS = 4096;

/** what an entity reference may take (&#x0010FFFF; is 12) before it is damaged XML */
const MAX_ENTITY_CHARS = 64;

export interface XmlSink {
  /** an element starts; its attributes are readable through `tag` during this call only */
  open(local: string, tag: XmlScanner): void;
  /** an element ends (straight after `open` for an empty element such as <c/>) */
  close(local: string): void;
  /** character data (entities decoded, CDATA as it is), only while `capture` is set; may come in pieces */
  text(s: string): void;
  /**
   * Instead of `text`, while `rawText` is set too, for a piece with nothing to decode: where it is, so that
   * a number can be read without making a string. `src` is the whole decoded chunk: read what is needed
   * from it rather than keep it (keeping it keeps the chunk alive).
   */
  range(src: string, start: number, end: number): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const AMP = 38;
const SEMI = 59;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const RBRACKET = 93;
const CR = 13;
const LF = 10;
const TAB = 9;
const SPACE = 32;

/** ASCII characters an attribute value's loop must look at: controls, quotes, '<' and '&' */
const VALUE = new Uint8Array(128);
for (let c = 0; c < 32; c++) VALUE[c] = 1;
VALUE[DQUOTE] = 1;
VALUE[SQUOTE] = 1;
VALUE[LT] = 1;
VALUE[AMP] = 1;

/** what an attribute value holds besides plain characters (valueFlags) */
const HOLDS_REFERENCE = 1;
const HOLDS_BREAK = 2;

/**
 * A copy of `s` that does not keep alive the (large) string it was sliced from: V8 makes a slice of 13
 * characters or more a view into its parent, so one short value kept in the grid would pin a whole chunk.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** whether `s` holds `word` at `at` (names are short: a loop beats a call to startsWith) */
function holdsAt(s: string, at: number, word: string): boolean {
  const len = word.length;
  for (let k = 0; k < len; k++) if (s.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** [start, end) of the source holds a tag's or an attribute's name, compared without slicing */
function sameChars(s: string, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (s.charCodeAt(a0 + i) !== s.charCodeAt(b0 + i)) return false;
  return true;
}

const NO_SINK: XmlSink = { open: () => undefined, close: () => undefined, text: () => undefined, range: () => undefined };

export class XmlScanner {
  /** where the events go (set once, before the first write) */
  sink: XmlSink = NO_SINK;
  /** set by a handler to receive the text that follows (through `sink.text`), cleared to stop */
  capture = false;
  /** with `capture`: hand over plain text as positions (`sink.range`) rather than as a string */
  rawText = false;

  /** the chunk the current tag's attributes point into */
  src = '';
  /** the current tag's attributes: how many, and where each name and value is in `src` */
  attrCount = 0;
  private nameStarts: number[] = [];
  private nameEnds: number[] = [];
  private valueStarts: number[] = [];
  private valueEnds: number[] = [];
  /** per attribute: what the value holds (HOLDS_REFERENCE, HOLDS_BREAK), 0 when it is plain */
  private valueFlags: number[] = [];
  /**
   * Left by endOfName and endOfValue: the character they stopped at (meaningless when they reached the
   * end of the text), so that the caller need not read it again, and what the value held.
   */
  private stop = 0;
  private holds = 0;

  private readonly stack: string[] = [];
  private readonly stackLocal: string[] = [];
  private depth = 0;
  private sawRoot = false;
  private closedRoot = false;

  /** the unprocessed end of the last chunk (an incomplete tag, or text the next chunk may complete) */
  private carry = '';
  /** chunks waiting behind a long carried token, and their length */
  private pending: string[] = [];
  private pendingChars = 0;
  /** characters and line breaks consumed so far, and where the scan of the current string started */
  private offset = 0;
  private lines = 0;
  private from = 0;
  /** characters in the current run of text */
  private textRun = 0;

  /** element names seen recently, so that each tag name is one shared string */
  private readonly internFull: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  private readonly internLocal: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);

  /** `part` names the zip part in error messages */
  constructor(private readonly part: string) {}

  // ------------------------------------------------------------------ attributes of the current tag

  /** the index of the attribute with this exact name (prefix included: "xml:space"), or -1 */
  attrIndex(name: string): number {
    const s = this.src;
    const len = name.length;
    for (let i = 0; i < this.attrCount; i++) {
      const a = this.nameStarts[i]!;
      if (this.nameEnds[i]! - a === len && holdsAt(s, a, name)) return i;
    }
    return -1;
  }

  /** the value of the attribute with this exact name, decoded; undefined when absent */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.attrValue(i);
  }

  attrValue(i: number): string {
    const start = this.valueStarts[i]!;
    const end = this.valueEnds[i]!;
    if (this.valueFlags[i] === 0) return detach(this.src.slice(start, end));
    return this.decode(this.src, start, end, true);
  }

  /** the attribute's name as written ("r", "xml:space") */
  attrName(i: number): string {
    return this.src.slice(this.nameStarts[i], this.nameEnds[i]);
  }

  /** the attribute's name length and first character, for a fast dispatch on one-letter names */
  attrNameLength(i: number): number {
    return this.nameEnds[i]! - this.nameStarts[i]!;
  }

  attrNameCode(i: number): number {
    return this.src.charCodeAt(this.nameStarts[i]!);
  }

  /** where the raw value is in `src`; `attrPlain` says whether it is the value as it is (no entity, no tab or line break) */
  attrStart(i: number): number {
    return this.valueStarts[i]!;
  }

  attrEnd(i: number): number {
    return this.valueEnds[i]!;
  }

  attrPlain(i: number): boolean {
    return this.valueFlags[i] === 0;
  }

  // ------------------------------------------------------------------ input

  write(chunk: string): void {
    let s = chunk;
    let from = 0;
    const carry = this.carry;
    if (carry.length > BRIDGE_CHARS) {
      // a long token still open (a tag, comment or CDATA section): it is scanned again from its start only
      // once as much input again has come, so that however long it is the work stays linear
      this.pending.push(chunk);
      this.pendingChars += chunk.length;
      if (carry.length + this.pendingChars > MAX_TOKEN_CHARS) this.tooLong();
      if (this.pendingChars < carry.length) return;
      s = carry + this.pending.join('');
      this.pending = [];
      this.pendingChars = 0;
      this.carry = '';
    } else if (carry.length > 0) {
      // a short one: finished on a bridge rather than by joining it to the whole chunk (a joined string
      // is slower to read character by character)
      this.carry = '';
      const bridge = carry + chunk.slice(0, BRIDGE_CHARS);
      const done = this.scanAndCount(bridge, 0, false);
      if (done >= carry.length) from = done - carry.length;
      else s = bridge.slice(done) + chunk.slice(BRIDGE_CHARS);
    }
    const done = this.scanAndCount(s, from, false);
    if (done < s.length) {
      this.carry = s.slice(done);
      if (this.carry.length > MAX_TOKEN_CHARS) this.tooLong();
    }
  }

  private tooLong(): never {
    throw new WorkbookReadError('too-large', `part ${this.part} has a tag longer than ${MAX_TOKEN_CHARS} characters: refused`);
  }

  end(): void {
    const s = this.carry + this.pending.join('');
    this.carry = '';
    this.pending = [];
    this.from = 0;
    const done = this.scan(s, 0, true);
    // in saxes's order: no root, an unclosed element, then anything left incomplete
    if (!this.sawRoot) this.fail('document must contain a root element', s, s.length);
    if (this.depth > 0) this.fail(`unclosed tag: ${this.stack[this.depth - 1]!}`, s, s.length);
    if (done < s.length) this.fail('unexpected end', s, s.length);
  }

  /** scans s[from...] and counts what it consumed; returns where it stopped */
  private scanAndCount(s: string, from: number, final: boolean): number {
    this.from = from;
    const done = this.scan(s, from, final);
    let n = 0;
    for (let i = s.indexOf('\n', from); i >= 0 && i < done; i = s.indexOf('\n', i + 1)) n++;
    this.lines += n;
    this.offset += done - from;
    return done;
  }

  private fail(message: string, s: string, at: number): never {
    let line = this.lines + 1;
    for (let i = s.indexOf('\n', this.from); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) line++;
    throw new WorkbookReadError('bad-xml', `damaged XML in ${this.part}: ${message} at line ${line}`);
  }

  // ------------------------------------------------------------------ the scan

  /** Scans `s` from the start; returns how much of it was consumed (the rest waits for more input). */
  private scan(s: string, from: number, final: boolean): number {
    const n = s.length;
    let pos = from;
    while (pos < n) {
      if (s.charCodeAt(pos) !== LT) {
        const next = this.textUpTo(s, pos, final);
        if (next === pos) return pos;
        pos = next;
        continue;
      }
      if (pos + 1 >= n) return pos;
      const c1 = s.charCodeAt(pos + 1);
      let next: number;
      if (c1 === SLASH) next = this.closeTag(s, pos);
      else if (c1 === BANG) next = this.bang(s, pos, final);
      else if (c1 === QUESTION) next = this.instruction(s, pos);
      else next = this.openTag(s, pos);
      if (next < 0) return pos;
      this.textRun = 0;
      pos = next;
    }
    return n;
  }

  /**
   * Text from `pos` to the next '<' (or what can be taken of it before the end of the chunk): checked,
   * and handed over decoded when captured. Returns where it stopped.
   */
  private textUpTo(s: string, pos: number, final: boolean): number {
    const n = s.length;
    const lt = s.indexOf('<', pos);
    let end = lt < 0 ? n : lt;
    if (lt < 0 && !final) {
      // hold back what the next chunk may complete: an entity reference, the CR of a CR LF, a ']' of ']]>'
      for (let k = n - 1; k >= pos && k >= n - MAX_ENTITY_CHARS; k--) {
        const c = s.charCodeAt(k);
        if (c === SEMI) break;
        if (c === AMP) {
          end = k;
          break;
        }
      }
      if (end === n) {
        let back = 0;
        while (back < 2 && end > pos) {
          const c = s.charCodeAt(end - 1);
          if (c !== CR && c !== RBRACKET) break;
          end--;
          back++;
        }
      }
      if (end === pos) return pos;
    }
    this.textRun += end - pos;
    if (this.textRun > MAX_TOKEN_CHARS) {
      throw new WorkbookReadError('too-large', `part ${this.part} has a run of text longer than ${MAX_TOKEN_CHARS} characters: refused`);
    }
    // check every character; note entity references and CRs
    let special = false;
    const outside = this.depth === 0;
    for (let i = pos; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < SPACE) {
        if (c === CR) special = true;
        else if (c !== LF && c !== TAB) this.fail('disallowed character', s, i);
      } else if (outside) {
        if (c !== SPACE) this.fail('text data outside of root node', s, i);
      } else if (c === AMP) {
        const semi = s.indexOf(';', i + 1);
        if (semi < 0 || semi >= end) this.fail('unterminated entity reference', s, i);
        this.entity(s, i + 1, semi);
        special = true;
        i = semi;
      } else if (c === RBRACKET) {
        if (i + 2 < end && s.charCodeAt(i + 1) === RBRACKET && s.charCodeAt(i + 2) === GT) this.fail('the string "]]>" is disallowed in char data', s, i);
      } else if (c >= 0xfffe) {
        this.fail('disallowed character', s, i);
      }
    }
    if (this.capture && end > pos) {
      if (special) this.sink.text(this.decode(s, pos, end, false));
      else if (this.rawText) this.sink.range(s, pos, end);
      else this.sink.text(detach(s.slice(pos, end)));
    }
    return end;
  }

  /** `<!...`: a comment, a CDATA section, or a DOCTYPE (refused); -1 when the chunk ends first */
  private bang(s: string, pos: number, final: boolean): number {
    const n = s.length;
    if (s.startsWith('<!--', pos)) {
      const end = s.indexOf('-->', pos + 4);
      if (end < 0) return -1;
      const dash = s.indexOf('--', pos + 4);
      if (dash < end) this.fail('malformed comment', s, dash);
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', pos)) {
      if (this.depth === 0) this.fail('text data outside of root node', s, pos);
      const end = s.indexOf(']]>', pos + 9);
      if (end < 0) return -1;
      let special = false;
      for (let i = pos + 9; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c < SPACE) {
          if (c === CR) special = true;
          else if (c !== LF && c !== TAB) this.fail('disallowed character', s, i);
        } else if (c >= 0xfffe) {
          this.fail('disallowed character', s, i);
        }
      }
      if (this.capture && end > pos + 9) this.sink.text(special ? normaliseLineEnds(s.slice(pos + 9, end)) : detach(s.slice(pos + 9, end)));
      return end + 3;
    }
    if (s.startsWith('<!DOCTYPE', pos)) {
      throw new WorkbookReadError('bad-xml', `damaged XML in ${this.part}: it has a DOCTYPE declaration, which a workbook never has`);
    }
    // too short yet to tell which it is
    if (!final && n - pos < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((m) => m.startsWith(s.slice(pos)))) return -1;
    return this.fail('incorrect syntax', s, pos);
  }

  /** `<?target ...?>`: skipped; the XML declaration only at the very start */
  private instruction(s: string, pos: number): number {
    const end = s.indexOf('?>', pos + 2);
    if (end < 0) return -1;
    let i = pos + 2;
    if (!isNameStart(s.charCodeAt(i))) this.fail('processing instruction without a target', s, pos);
    while (i < end && isNameChar(s.charCodeAt(i))) i++;
    const target = s.slice(pos + 2, i);
    if (i < end) {
      const c = s.charCodeAt(i);
      if (c !== SPACE && c !== TAB && c !== LF && c !== CR) this.fail('disallowed character in processing instruction name', s, i);
    }
    if (target.toLowerCase() === 'xml' && (target !== 'xml' || this.offset + pos - this.from !== 0)) {
      this.fail('an XML declaration must be at the start of the document', s, pos);
    }
    return end + 2;
  }

  /**
   * The element name at s[start, end) as one shared string, and its local name ("x:c" → "c": namespaces
   * are not tracked), from a small cache of recent names: returns the cache slot holding both.
   */
  private intern(s: string, start: number, end: number): number {
    const key = ((end - start) * 31 + s.charCodeAt(start) * 7 + s.charCodeAt(end - 1)) & 255;
    const cached = this.internFull[key];
    if (cached === undefined || cached.length !== end - start || !holdsAt(s, start, cached)) {
      const full = s.slice(start, end);
      const colon = full.lastIndexOf(':');
      this.internFull[key] = full;
      this.internLocal[key] = colon < 0 ? full : full.slice(colon + 1);
    }
    return key;
  }

  /**
   * `<name attr="value" ...>` or `<name .../>`, in steps: the name (endOfName); each attribute's name
   * (endOfName), '=' and quoted value (endOfValue, checkReferences), kept as positions; no attribute twice
   * (checkDuplicates); then the element starts (startElement). The current character is carried from step
   * to step, read once. Returns where the tag ends, or -1 when the chunk ends first.
   */
  private openTag(s: string, pos: number): number {
    const n = s.length;
    const start = pos + 1;
    if (!isNameStart(s.charCodeAt(start))) this.fail('disallowed character in tag name', s, start);
    const end = this.endOfName(s, start + 1);
    if (end >= n) return -1;
    let i = end;
    let c = this.stop;
    let count = 0;
    for (;;) {
      let space = false;
      while (c === SPACE || c === LF || c === CR || c === TAB) {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
        space = true;
      }
      if (c === GT || c === SLASH) break;
      if (!space) this.fail(count === 0 ? 'disallowed character in tag name' : 'no whitespace between attributes', s, i);
      // the attribute's name, then '=' with spaces around it
      if (!isNameStart(c)) this.fail('disallowed character in attribute name', s, i);
      const a0 = i;
      const a1 = this.endOfName(s, i + 1);
      if (a1 >= n) return -1;
      i = a1;
      c = this.stop;
      while (c === SPACE || c === LF || c === CR || c === TAB) {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      }
      if (c !== EQ) this.fail('attribute without value', s, i);
      if (++i >= n) return -1;
      c = s.charCodeAt(i);
      while (c === SPACE || c === LF || c === CR || c === TAB) {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      }
      // its value
      if (c !== DQUOTE && c !== SQUOTE) this.fail('unquoted attribute value', s, i);
      const v0 = i + 1;
      i = this.endOfValue(s, v0, c);
      if (i >= n) return -1;
      if (this.stop !== c) this.fail('disallowed character', s, i);
      const holds = this.holds;
      if (holds & HOLDS_REFERENCE) this.checkReferences(s, v0, i);
      this.nameStarts[count] = a0;
      this.nameEnds[count] = a1;
      this.valueStarts[count] = v0;
      this.valueEnds[count] = i;
      this.valueFlags[count] = holds;
      count++;
      if (++i >= n) return -1;
      c = s.charCodeAt(i);
    }
    // '>', or '/>' for an empty element
    const empty = c === SLASH;
    if (empty) {
      if (i + 1 >= n) return -1;
      if (s.charCodeAt(i + 1) !== GT) this.fail('forward-slash in opening tag not followed by >', s, i);
      i++;
    }
    if (count > 1) this.checkDuplicates(s, count, pos);
    this.attrCount = count;
    this.startElement(s, pos, start, end, empty);
    return i + 1;
  }

  /** where the name going on at `from` ends: the first character that cannot continue a name (left in `stop`), or s.length */
  private endOfName(s: string, from: number): number {
    const n = s.length;
    let i = from;
    let c = -1;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 128 ? NAME[c] === 0 : !isWideNameChar(c)) break;
    }
    this.stop = c;
    return i;
  }

  /**
   * Where the attribute value from `from` (just past its opening `quote`) stops: at its closing quote, at
   * the first character a value may not hold ('<', a control other than tab, CR and LF, U+FFFE, U+FFFF),
   * or at s.length when the chunk ends first. The character it stopped at is left in `stop`, and what the
   * value holds up to there in `holds`.
   */
  private endOfValue(s: string, from: number, quote: number): number {
    const n = s.length;
    let holds = 0;
    let i = from;
    let c = -1;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 128) {
        if (VALUE[c] === 0) continue;
        if (c === quote) break;
        if (c === AMP) holds |= HOLDS_REFERENCE;
        else if (c === TAB || c === LF || c === CR) holds |= HOLDS_BREAK;
        else if (c !== DQUOTE && c !== SQUOTE) break;
      } else if (c >= 0xfffe) {
        break;
      }
    }
    this.stop = c;
    this.holds = holds;
    return i;
  }

  /** every entity reference in an attribute value s[start, end) must be known, whether or not the value is read */
  private checkReferences(s: string, start: number, end: number): void {
    for (let k = s.indexOf('&', start); k >= 0 && k < end; k = s.indexOf('&', k + 1)) {
      const semi = s.indexOf(';', k + 1);
      if (semi < 0 || semi > end) this.fail('unterminated entity reference', s, k);
      this.entity(s, k + 1, semi);
    }
  }

  /** the element named s[start, end) starts (and ends at once when `empty`, `<x/>`): one root, then the sink */
  private startElement(s: string, pos: number, start: number, end: number, empty: boolean): void {
    if (this.depth === 0) {
      if (this.closedRoot) this.fail('documents may contain only one root', s, pos);
      this.sawRoot = true;
    }
    const key = this.intern(s, start, end);
    const local = this.internLocal[key]!;
    this.src = s;
    if (empty) {
      this.sink.open(local, this);
      this.sink.close(local);
      if (this.depth === 0) this.closedRoot = true;
    } else {
      this.stack[this.depth] = this.internFull[key]!;
      this.stackLocal[this.depth] = local;
      this.depth++;
      this.sink.open(local, this);
    }
  }

  private checkDuplicates(s: string, count: number, pos: number): void {
    const { nameStarts: ns, nameEnds: ne } = this;
    if (count <= 8) {
      for (let a = 1; a < count; a++) {
        for (let b = 0; b < a; b++) {
          if (sameChars(s, ns[a]!, ne[a]!, ns[b]!, ne[b]!)) this.fail(`duplicate attribute: ${s.slice(ns[a], ne[a])}`, s, pos);
        }
      }
      return;
    }
    const seen = new Set<string>();
    for (let a = 0; a < count; a++) {
      const name = s.slice(ns[a], ne[a]);
      if (seen.has(name)) this.fail(`duplicate attribute: ${name}`, s, pos);
      seen.add(name);
    }
  }

  /** `</name>`; -1 when the chunk ends first */
  private closeTag(s: string, pos: number): number {
    const n = s.length;
    const depth = this.depth;
    // the usual case first: exactly the open element's name, then '>'
    if (depth > 0) {
      const top = this.stack[depth - 1]!;
      const gt = pos + 2 + top.length;
      if (gt < n && s.charCodeAt(gt) === GT && holdsAt(s, pos + 2, top)) {
        this.depth = depth - 1;
        if (depth === 1) this.closedRoot = true;
        this.sink.close(this.stackLocal[depth - 1]!);
        return gt + 1;
      }
    }
    const start = pos + 2;
    if (start >= n) return -1;
    const end = this.endOfName(s, start);
    if (end >= n) return -1;
    if (end === start || !isNameStart(s.charCodeAt(start))) this.fail('disallowed character in closing tag', s, start);
    let i = end;
    let c = this.stop;
    while (c === SPACE || c === LF || c === CR || c === TAB) {
      if (++i >= n) return -1;
      c = s.charCodeAt(i);
    }
    if (c !== GT) this.fail('disallowed character in closing tag', s, i);
    const top = depth > 0 ? this.stack[depth - 1]! : undefined;
    if (top === undefined || top.length !== end - start || !holdsAt(s, start, top)) {
      // as saxes words it: a close tag that is not the open element's, or one with nothing open
      this.fail(top === undefined ? `unmatched closing tag: ${s.slice(start, end)}` : 'unexpected close tag', s, pos);
    }
    this.depth = depth - 1;
    if (this.depth === 0) this.closedRoot = true;
    this.sink.close(this.stackLocal[depth - 1]!);
    return i + 1;
  }

  // ------------------------------------------------------------------ entities

  /** the text of the entity reference between '&' and ';' (from `start` to `semi`), or damaged XML */
  private entity(s: string, start: number, semi: number): string {
    return entityText(s, start, semi) ?? this.fail(entityFault(s, start, semi), s, start);
  }

  /** [start, end) with entity references replaced and line ends normalised (to a space in an attribute value) */
  private decode(s: string, start: number, end: number, attribute: boolean): string {
    let out = '';
    let last = start;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === AMP) {
        const semi = s.indexOf(';', i + 1);
        out += s.slice(last, i) + this.entity(s, i + 1, semi);
        i = semi;
        last = semi + 1;
      } else if (c === CR) {
        out += s.slice(last, i) + (attribute ? ' ' : '\n');
        if (i + 1 < end && s.charCodeAt(i + 1) === LF) i++;
        last = i + 1;
      } else if (attribute && (c === LF || c === TAB)) {
        out += s.slice(last, i) + ' ';
        last = i + 1;
      }
    }
    return detach(out + s.slice(last, end));
  }
}

function normaliseLineEnds(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
