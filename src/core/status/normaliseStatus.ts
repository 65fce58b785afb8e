import type { Status, Vocabulary } from '../settings';

/**
 * Reads a status cell ("2 - On Track", "G", "Agreed not to proceed.") as a normalised Status, using the
 * tracker's vocabulary. null when nothing is written; 'unknown' when the text is not understood.
 *
 * Text is compared case-, space- and punctuation-blind: it is cut into words (runs of letters and digits)
 * and the words are compared run together, so "On-Track", "on track." and "ONTRACK" read alike.
 * In order:
 * 1. nothing but spaces and punctuation ("", "-", "?") → null;
 * 2. a leading category number ("2 - On Track", "3 – Slipped", "4", "1. Achieved", "Category 2") that
 *    vocabulary.categories knows → that category, whatever words follow it. A bare number followed only by
 *    a space needs a status phrase after it ("2 On track"), so "2 actions done" is not category 2;
 * 3. the text is, or starts with, a vocabulary word, longest first ("Green", "Agreed not to proceed.",
 *    "Completed – ongoing future editions.", "Slipped due to staff shortage"). A one-letter word (G, A, R, B)
 *    counts at the start of longer text only when punctuation follows it ("G - see note"), so the article in
 *    "A review is planned" is not Amber;
 * 4. otherwise 'unknown'. A number the categories do not know is read from the words after it.
 * Words buried mid-sentence ("Work is on track") are never matched.
 */
export type StatusReader = (text: string | null | undefined) => Status | null;

/** cells read per reader before its memo is cleared (status columns hold few distinct values) */
const MEMO_LIMIT = 4096;
/** longer text (a progress note in the status column) is not worth remembering */
const MEMO_TEXT_LIMIT = 100;
const DIGITS = /^\d+$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CATEGORY_WORDS: ReadonlySet<string> = new Set(['category', 'cat', 'categories']);
/** "<p>3 - Slipped</p>", "&nbsp;": rich text pasted from the web */
const MARKUP = /<[^>]*>|&[a-z]+;|&#\d+;/gi;

/** A text cut into words (runs of letters and digits, lower case). */
interface Words {
  readonly words: string[];
  /** punctuated[i]: punctuation, not only spaces, stands between word i and the next (true for the last) */
  readonly punctuated: boolean[];
}

function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text.charAt(at));
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** the first `limit` words of a text: a status is read from its start, so long text is not cut up whole */
function splitWords(text: string, limit = Infinity): Words {
  const words: string[] = [];
  const punctuated: boolean[] = [];
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (i < text.length && isWordChar(code, text, i)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      if (words.length === limit) return { words, punctuated };
      words.push(text.slice(wordStart, i).toLowerCase());
      punctuated.push(false);
      wordStart = -1;
    }
    if (words.length > 0 && i < text.length && !isSpace(code)) punctuated[words.length - 1] = true;
  }
  if (punctuated.length > 0) punctuated[punctuated.length - 1] = true;
  return { words, punctuated };
}

export function makeStatusReader(vocabulary: Vocabulary): StatusReader {
  const phrases = new Map<string, Status>();
  let longestPhrase = 1;
  for (const [word, status] of Object.entries(vocabulary.words)) {
    const split = splitWords(word);
    if (split.words.length === 0) continue;
    phrases.set(split.words.join(''), status);
    longestPhrase = Math.max(longestPhrase, split.words.length);
  }
  const categories = new Map<string, Status>();
  for (const [category, status] of Object.entries(vocabulary.categories)) {
    categories.set(String(Number(category)), status);
  }

  /** the status of the longest vocabulary phrase that words[from..] starts with */
  function phraseAt(w: Words, from: number): Status | null {
    const most = Math.min(longestPhrase, w.words.length - from);
    let found: Status | null = null;
    let key = '';
    for (let n = 1; n <= most; n++) {
      key += w.words[from + n - 1];
      const status = phrases.get(key);
      // a one-letter code at the start of longer text needs punctuation after it ("G - see note")
      if (status !== undefined && (key.length > 1 || w.punctuated[from + n - 1] === true)) found = status;
    }
    return found;
  }

  function read(text: string): Status | null {
    const plain = text.includes('<') || text.includes('&') ? text.replace(MARKUP, ' ') : text;
    const w = splitWords(plain, longestPhrase + 3);
    if (w.words.length === 0) return null;

    let numberAt = -1;
    if (DIGITS.test(w.words[0] as string)) numberAt = 0;
    else if (w.words.length > 1 && CATEGORY_WORDS.has(w.words[0] as string) && DIGITS.test(w.words[1] as string)) {
      numberAt = 1;
    }
    if (numberAt >= 0) {
      const explicit = numberAt === 1 || w.punctuated[numberAt] === true || phraseAt(w, numberAt + 1) !== null;
      if (explicit) {
        return categories.get(String(Number(w.words[numberAt]))) ?? phraseAt(w, numberAt + 1) ?? 'unknown';
      }
    }
    return phraseAt(w, 0) ?? 'unknown';
  }

  let memo = new Map<string, Status | null>();
  return (text) => {
    if (text === null || text === undefined) return null;
    const known = memo.get(text);
    if (known !== undefined) return known;
    const status = read(text);
    if (text.length <= MEMO_TEXT_LIMIT) {
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(text, status);
    }
    return status;
  };
}

const readers = new WeakMap<Vocabulary, StatusReader>();

/**
 * One-off form of makeStatusReader. The reader is kept per vocabulary object, so calling this on every row
 * with the same vocabulary costs a lookup, not a rebuild.
 */
export function normaliseStatus(text: string | null | undefined, vocabulary: Vocabulary): Status | null {
  let reader = readers.get(vocabulary);
  if (reader === undefined) {
    reader = makeStatusReader(vocabulary);
    readers.set(vocabulary, reader);
  }
  return reader(text);
}
