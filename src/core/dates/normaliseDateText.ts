/**
 * Cleans cell text before date words are looked for: HTML markup that some exports leave in cells
 * (<p>Nov08</p>), the common entities, typographic dashes (en dash "Jan09 – Feb09") and quotes ("Dec ’09"),
 * and runs of white space (line breaks inside a cell) become a single space.
 */

const TAG_RE = /<\/?[a-zA-Z][^>]*>/g;
const ENTITY_RE = /&(?:nbsp|amp|lt|gt|quot|apos|#39|#160);/g;
const DASH_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTE_RE = /[\u2018\u2019\u201B\u2032\u00B4`]/g;
const SPACE_RE = /\s+/g;
const NEEDS_WORK_RE = /[<&\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2018\u2019\u201B\u2032\u00B4`]|\s\s|[^\S ]/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&#160;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};

/** The text with markup, typographic dashes and quotes, and extra white space made plain; trimmed. */
export function normaliseDateText(text: string): string {
  if (!NEEDS_WORK_RE.test(text)) return text.trim();
  let out = text;
  if (out.includes('<')) out = out.replace(TAG_RE, ' ');
  if (out.includes('&')) out = out.replace(ENTITY_RE, (entity) => ENTITIES[entity] ?? ' ');
  return out.replace(DASH_RE, '-').replace(QUOTE_RE, "'").replace(SPACE_RE, ' ').trim();
}
