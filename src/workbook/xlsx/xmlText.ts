// What XML 1.0 cannot carry at all (written the OOXML way, _x000B_), and a carriage return, which a parser
// reads back as a line feed unless it is a character reference.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"_\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// An underscore is escaped when a reader would take it for the start of an _xHHHH_ escape: before "xHHHH_",
// and before "xHHHH" followed by a character that is itself about to be written as one ("_x0041" then U+0001
// would otherwise read back as "A" and "x0001_"). The lookahead leaves the next underscore to be matched in
// its turn, so "_x0041_x0042_" has both escaped.
// eslint-disable-next-line no-control-regex
const TEXT_ESCAPES = /_(?=x[0-9A-Fa-f]{4}[_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF])|[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// in an attribute a parser also turns a tab or a line feed into a space
const ATTRIBUTE_ESCAPES = new RegExp(`${TEXT_ESCAPES.source}|[\\t\\n]`, 'g');

function escapeOne(c: string): string {
  switch (c) {
    case '_':
      return '_x005F_';
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\r':
      return '&#13;';
    case '\t':
      return '&#9;';
    case '\n':
      return '&#10;';
    default:
      return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  }
}

/** Element text as XML, with what XML 1.0 cannot carry written the OOXML way (_x000B_). */
export function escapeXml(text: string): string {
  // most text has nothing to escape: one test instead of a replace, on every cell the product writes
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(TEXT_ESCAPES, escapeOne);
}

/** An attribute value as XML: as element text, and tabs and line feeds kept as character references. */
export function escapeXmlAttribute(text: string): string {
  if (!NEEDS_ESCAPING.test(text) && !/[\t\n]/.test(text)) return text;
  return text.replace(ATTRIBUTE_ESCAPES, escapeOne);
}

/**
 * The prefix a part's XML gives an element ("" for the default namespace, "x:" for `<x:sheets>`), found
 * from the element itself so the product's additions match how the part is written.
 */
export function prefixOf(xml: string, local: string): string | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return m ? (m[1] ?? '') : null;
}
