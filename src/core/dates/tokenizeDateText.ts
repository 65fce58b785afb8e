/**
 * Splits (normalised) date text into tokens: runs of digits, runs of letters, and single punctuation marks.
 * White space only separates tokens. "Feb09" → feb, 09; "1st" → 1, st; "Q3" → q, 3; "w/c" → w, /, c.
 */

export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  readonly type: TokenType;
  /** as written */
  readonly text: string;
  /** lower case (words); the same as text otherwise */
  readonly lower: string;
  /** the number, for 'num' tokens (NaN otherwise) */
  readonly value: number;
  /** offsets in the text: [start, end) */
  readonly start: number;
  readonly end: number;
}

const TOKEN_RE = /(\d+)|([A-Za-z\u00C0-\u024F]+)|(\S)/g;

export function tokenizeDateText(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (m[1] !== undefined) {
      tokens.push({ type: 'num', text: raw, lower: raw, value: Number(raw), start, end });
    } else if (m[2] !== undefined) {
      tokens.push({ type: 'word', text: raw, lower: raw.toLowerCase(), value: NaN, start, end });
    } else {
      tokens.push({ type: 'punct', text: raw, lower: raw, value: NaN, start, end });
    }
  }
  return tokens;
}
