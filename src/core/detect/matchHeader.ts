import { FIELD_SYNONYMS, type MappableField } from './fieldSynonyms';
import { CHANGED_FIELD_FACTOR, CONJUNCTIONS, MODIFIER_FACTOR, PREPOSITIONS, WORDS_THAT_KEEP_THE_FIELD } from './headerWords';
import { canonicalWords, readHeader, singular, type HeaderReading } from './readHeader';

interface Phrase {
  field: MappableField;
  text: string;
  words: string[];
  weight: number;
  /** its letter pairs, spaces left out, as sorted distinct numbers: made when a near spelling is first looked for */
  bigrams?: Int32Array;
}

/** The synonyms as looked up: by their whole text, by their first word, and by length for near spellings. */
interface PhraseIndex {
  exact: Map<string, Phrase[]>;
  byFirstWord: Map<string, Phrase[]>;
  byLength: Phrase[][];
}

/**
 * The distinct letter pairs of a text, spaces left out, sorted. Sorted in place and deduplicated rather
 * than gathered in a Set: the synonyms' pairs were made at load, 400 of them, a tenth of loading the engine.
 */
function bigrams(text: string): Int32Array {
  const s = text.replace(/ /g, '');
  const pairs = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
  pairs.sort();
  let distinct = 0;
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) pairs[distinct++] = pairs[i]!;
  return pairs.subarray(0, distinct);
}

/** Near spellings are looked for among synonyms this long and longer. */
const FUZZY_MIN_LENGTH = 5;

function indexPhrases(texts: ReadonlyArray<readonly [MappableField, string, number]>): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), byFirstWord: new Map(), byLength: [] };
  const seen = new Map<string, Phrase>();
  const push = <K>(map: Map<K, Phrase[]>, key: K, p: Phrase): void => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const [field, text, weight] of texts) {
    const known = seen.get(`${field} ${text}`);
    if (known) {
      known.weight = Math.max(known.weight, weight);
      continue;
    }
    const words = text.split(' ');
    const p: Phrase = { field, text, words, weight };
    seen.set(`${field} ${text}`, p);
    push(index.exact, text, p);
    push(index.byFirstWord, words[0]!, p);
    if (text.length >= FUZZY_MIN_LENGTH) (index.byLength[text.length] ??= []).push(p);
  }
  return index;
}

const SYNONYMS = FIELD_SYNONYMS.flatMap(([field, list]) => list.map(([text, weight]) => [field, text, weight] as const));
const AS_WRITTEN = indexPhrases(SYNONYMS);
const CANONICAL = indexPhrases(SYNONYMS.map(([field, text, weight]) => [field, canonicalWords(text).text, weight] as const));

export interface HeaderMatch {
  readonly field: MappableField;
  /** 0..1 */
  readonly score: number;
}

/** Below this a header is not taken for a field. */
export const MIN_MATCH_SCORE = 0.6;
/** Typos ("Responsibilty", "Targt date") are matched when this similar, and scored down by NEAR_SPELLING_FACTOR. */
const FUZZY_SIMILARITY = 0.8;
const NEAR_SPELLING_FACTOR = 0.9;
/** A near spelling is looked for only in a synonym within this fraction of the header's length. */
const FUZZY_LENGTH_TOLERANCE = 0.25;

/** Dice similarity of two sorted sets of letter pairs. */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** A word a synonym before it would describe: not a preposition, a conjunction or a number ("Update 2"). */
const isDescribable = (word: string): boolean => !PREPOSITIONS.has(word) && !CONJUNCTIONS.has(word) && !/^\d+$/.test(word);

/**
 * Whether the words from..to of a header only describe another of its words, with no punctuation in
 * between: a describable word follows them ("Officer comments"), or a preposition with a word before it
 * comes before them ("Notes for officers"; but "By officer" names the officer). A head noun that keeps
 * the field ("Officer name", "Name of officer") does not count.
 */
function describesAnother(words: ReadonlyArray<string>, breaks: ReadonlySet<number>, from: number, to: number): boolean {
  const after = words[to];
  if (after !== undefined && !breaks.has(to) && isDescribable(after) && !WORDS_THAT_KEEP_THE_FIELD.has(after)) return true;
  for (let k = from - 1; k > 0 && !breaks.has(k + 1); k--) {
    if (PREPOSITIONS.has(words[k]!) && !breaks.has(k)) return !WORDS_THAT_KEEP_THE_FIELD.has(words[k - 1]!);
  }
  return false;
}

const startsAt = (words: ReadonlyArray<string>, at: number, phrase: ReadonlyArray<string>): boolean => {
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
};

/**
 * Whether every word of a header (but a plural mark) is a word of the synonym: then the header is the
 * synonym with words missing ("Target dates" of "new target date"), not a misspelling of it.
 */
const wordsWithin = (words: ReadonlyArray<string>, phrase: ReadonlyArray<string>): boolean =>
  words.every((w) => w.length === 1 || phrase.includes(w) || phrase.includes(singular(w)));

type Keep = (field: MappableField, score: number) => void;

/**
 * An exact synonym scores its weight; a synonym found inside a longer header scores less the more other
 * words there are, and less again when it only describes another word; a near spelling (a typo, not a
 * word missing) of the header as written scores by its similarity. Every score is multiplied by how sure
 * the reading is.
 */
function scoreReading(reading: HeaderReading, index: PhraseIndex, best: ReadonlyMap<MappableField, number>, keep: Keep): void {
  const { text, words, breaks, factor } = reading;
  for (const p of index.exact.get(text) ?? []) keep(p.field, p.weight * factor);
  const contained = new Set<Phrase>();
  for (let i = 0; i < words.length; i++) {
    for (const p of index.byFirstWord.get(words[i]!) ?? []) {
      const n = p.words.length;
      if (n >= words.length || i + n > words.length || !startsAt(words, i, p.words)) continue;
      contained.add(p);
      const modifier = describesAnother(words, breaks, i, i + n) ? MODIFIER_FACTOR : 1;
      keep(p.field, p.weight * (0.7 + 0.25 * (n / words.length)) * modifier * factor);
    }
  }
  // a typo is looked for in the header as written: its singular reading would only find the same one again
  if (reading.canonical) return;
  const shortest = Math.max(FUZZY_MIN_LENGTH, Math.ceil(text.length / (1 + FUZZY_LENGTH_TOLERANCE)));
  const longest = Math.min(index.byLength.length - 1, Math.floor(text.length / (1 - FUZZY_LENGTH_TOLERANCE)));
  let headerBigrams: Int32Array | undefined;
  for (let length = shortest; length <= longest; length++) {
    for (const p of index.byLength[length] ?? []) {
      const most = p.weight * NEAR_SPELLING_FACTOR * factor;
      if (contained.has(p) || most < MIN_MATCH_SCORE || (best.get(p.field) ?? 0) >= most || wordsWithin(words, p.words)) continue;
      headerBigrams ??= bigrams(text);
      const similarity = dice(headerBigrams, (p.bigrams ??= bigrams(p.text)));
      if (similarity >= FUZZY_SIMILARITY) keep(p.field, most * similarity);
    }
  }
}

/**
 * Scores a header (its words, with any date it carries taken out) against every field, through every
 * reading of it (see readHeader). Returns the best score per field, best first. A field a qualifier in
 * the header changes is scored as the field it becomes ("Revised target completion date"), or not at all.
 */
export function matchHeader(header: string): readonly HeaderMatch[] {
  const { readings, changes } = readHeader(header);
  const best = new Map<MappableField, number>();
  const keep: Keep = (named, score) => {
    const changed = changes.get(named);
    if (changed === null) return;
    const field = changed ?? named;
    const sure = changed === undefined ? score : score * CHANGED_FIELD_FACTOR;
    if (sure >= MIN_MATCH_SCORE && sure > (best.get(field) ?? 0)) best.set(field, sure);
  };
  for (const reading of readings) scoreReading(reading, reading.canonical ? CANONICAL : AS_WRITTEN, best, keep);
  return [...best].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}
