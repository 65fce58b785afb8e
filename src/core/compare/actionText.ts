import { normaliseDateText } from '../dates/normaliseDateText';

/**
 * An action's words as compare matches them: the same action written with other capitals, punctuation,
 * spacing or "&" for "and" reads the same. A ref at the start ("1(a). Service planning ...") is dropped:
 * readRecords leaves it in the text, and a renumbered action must still read the same.
 */
export function normaliseAction(action: string | null): string {
  if (!action) return '';
  return normaliseDateText(action)
    .replace(LEADING_REF, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** the refs readRecords reads from the start of an action (refFromActionText), and bullets */
const LEADING_REF = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}(?:\s?\([a-z]{1,3}\))?|\([a-z]{1,3}\)|[a-z]\)|[-•*·])[.):]?\s+(?=\S)/i;

/**
 * Words that carry no meaning of an action's own: two actions sharing only these are not alike. Single
 * letters and numbers are kept ("policy A", "phase 2" tell near twins apart).
 */
const STOP_WORDS = new Set(
  'the of to and an in for on with be by at as is are from this that its their our into will should all any or'.split(' '),
);

/**
 * A word's stem, crudely: plural and -ing/-ed endings off, so "reviewing the policies" and "review of policy"
 * share their words. Applied to both returns alike, so a stem need not be a word.
 */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** the stems of a normalised action's meaningful words, each once */
export function actionWords(normalised: string): string[] {
  if (normalised === '') return [];
  const words = new Set<string>();
  for (const w of normalised.split(' ')) if (!STOP_WORDS.has(w)) words.add(stem(w));
  return [...words];
}
