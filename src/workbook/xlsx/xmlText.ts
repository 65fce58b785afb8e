// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text and attribute values as XML, with what XML 1.0 cannot carry written the OOXML way (_x000B_). */
export function escapeXml(text: string): string {
  // most text has nothing to escape: one test instead of six replaces, on every cell the product writes
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/**
 * The prefix a part's XML gives an element ("" for the default namespace, "x:" for `<x:sheets>`), found
 * from the element itself so the product's additions match how the part is written.
 */
export function prefixOf(xml: string, local: string): string | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return m ? (m[1] ?? '') : null;
}
