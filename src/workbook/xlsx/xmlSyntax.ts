/**
 * The parts of XML 1.0's syntax the fast scanner (xmlScanner.ts) checks that need no scanner state, as
 * functions that decide and never fail: which characters may make a name, and what an entity reference
 * stands for. The scanner words the errors, as saxes words them.
 */

const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;

/** ASCII name characters: 1 may start a name, 2 may only continue one */
export const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === COLON) NAME[c] = 1;
  else if ((c >= 48 && c <= 57) || c === 45 || c === 46) NAME[c] = 2;
}

/** XML 1.0 NameStartChar beyond ASCII (a surrogate pair counts as one of [#x10000-#xEFFFF]) */
function isWideNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xdb7f) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

export function isWideNameChar(c: number): boolean {
  return isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

export function isNameStart(c: number): boolean {
  return c < 128 ? NAME[c] === 1 : isWideNameStart(c);
}

export function isNameChar(c: number): boolean {
  return c < 128 ? NAME[c] !== 0 : isWideNameChar(c);
}

function isName(s: string): boolean {
  if (s.length === 0 || !isNameStart(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) if (!isNameChar(s.charCodeAt(i))) return false;
  return true;
}

/** XML 1.0 Char, for a character reference's code point */
function isXmlChar(cp: number): boolean {
  return cp === TAB || cp === LF || cp === CR || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * What the entity reference between '&' and ';' (s[start, semi)) stands for: one of the five predefined
 * entities or a character reference to a legal character; undefined for anything else (entityFault says
 * why). No other entity is known: nothing is ever declared, expanded or fetched.
 */
export function entityText(s: string, start: number, semi: number): string | undefined {
  const len = semi - start;
  const c0 = s.charCodeAt(start);
  if (c0 === HASH) {
    let cp = NaN;
    if (len > 2 && s.charCodeAt(start + 1) === 120 /* x */) {
      const hex = s.slice(start + 2, semi);
      if (/^[0-9a-fA-F]+$/.test(hex)) cp = parseInt(hex, 16);
    } else if (len > 1) {
      const dec = s.slice(start + 1, semi);
      if (/^[0-9]+$/.test(dec)) cp = parseInt(dec, 10);
    }
    return isXmlChar(cp) ? String.fromCodePoint(cp) : undefined;
  }
  switch (len) {
    case 2:
      if (c0 === 108 /* l */ && s.charCodeAt(start + 1) === 116) return '<';
      if (c0 === 103 /* g */ && s.charCodeAt(start + 1) === 116) return '>';
      break;
    case 3:
      if (s.startsWith('amp', start)) return '&';
      break;
    case 4:
      if (s.startsWith('quot', start)) return '"';
      if (s.startsWith('apos', start)) return "'";
      break;
    default:
  }
  return undefined;
}

/** why entityText knows no entity between '&' and ';' (s[start, semi)), in saxes's words */
export function entityFault(s: string, start: number, semi: number): string {
  if (s.charCodeAt(start) === HASH) return 'malformed character entity';
  if (semi === start) return 'empty entity name';
  return isName(s.slice(start, semi)) ? 'undefined entity' : 'disallowed character in entity name';
}
