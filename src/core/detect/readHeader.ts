import type { MappableField } from './fieldSynonyms';
import {
  ABBREVIATION_FACTOR,
  ALTERNATIVE_FACTOR,
  CHANGED_FIELD_FACTOR,
  HEADER_ABBREVIATIONS,
  HEADER_ABBREVIATIONS_WITH_FULL_STOP,
  PERIOD_LABEL,
  PLURAL_FACTOR,
  QUALIFIERS_THAT_CHANGE_THE_FIELD,
  QUALIFIER_FACTOR,
} from './headerWords';
import { normaliseHeader } from './normaliseHeader';

export interface HeaderWords {
  /** the header's words, normalised as normaliseHeader does */
  words: string[];
  /** which words follow a punctuation mark (":", "/", "(", " - "): a phrase does not run across one */
  breaks: ReadonlySet<number>;
}

export interface HeaderReading extends HeaderWords {
  /** the words joined by spaces */
  text: string;
  /** words singularised and abbreviations written in full: matched against the synonyms read the same way */
  canonical: boolean;
  /** how sure this reading of the header is (0..1): it multiplies the score of the synonym it matches */
  factor: number;
}

export interface HeaderReadings {
  readings: HeaderReading[];
  /** fields the header's qualifiers make another field ("Target date (revised)"), or rule out (null) */
  changes: ReadonlyMap<MappableField, MappableField | null>;
}

// Maps, not the records, so that a header word such as "constructor" is never found on Object's prototype.
const ABBREVIATIONS = new Map(Object.entries(HEADER_ABBREVIATIONS));
const FULL_STOP_ABBREVIATIONS = new Map(Object.entries(HEADER_ABBREVIATIONS_WITH_FULL_STOP));
const CHANGES_THE_FIELD = new Map(
  Object.entries(QUALIFIERS_THAT_CHANGE_THE_FIELD).map(([word, changes]) => [word, Object.entries(changes) as [MappableField, MappableField | null][]]),
);

/** "(s)" and "/s" are plural markers, read with the word they follow; every other mark here breaks a phrase */
const PHRASE_BREAK = /\((?:s|es)\)|\/(?:s|es)\b|[:;,()[\]/\\|–—]|\s-\s/gi;
/** "/" between alternatives ("Comments/Progress"), not the plural marker of "Officer/s" */
const ALTERNATIVES = /\/(?!(?:s|es)\b)/i;
const WORD_WITH_FULL_STOP = /\b([a-z]+)\./gi;
/** "(SMART)", "[if applicable]", but not the plural marker "(s)" */
const PARENTHESISED = /\(([^()]*)\)|\[([^[\]]*)\]/g;
const PLURAL_MARKER = /^\s*(?:s|es)\s*$/i;
const LAST_WORD = /([a-z]+)\.?[^a-z0-9]*$/i;

/** A header's words as normaliseHeader gives them, with where punctuation broke the phrase. */
export function headerWords(text: string): HeaderWords {
  const words: string[] = [];
  const breaks = new Set<number>();
  const addSegment = (segment: string): void => {
    const normalised = normaliseHeader(segment);
    if (normalised !== '') words.push(...normalised.split(' '));
  };
  let from = 0;
  for (const m of text.matchAll(PHRASE_BREAK)) {
    addSegment(text.slice(from, m.index));
    if (m[0].length > 1 && /^[(/]/.test(m[0])) addSegment(m[0]);
    else breaks.add(words.length);
    from = m.index + m[0].length;
  }
  addSegment(text.slice(from));
  return { words, breaks };
}

function expandFullStops(text: string): { text: string; expanded: boolean } {
  let expanded = false;
  const out = text.replace(WORD_WITH_FULL_STOP, (whole, word: string) => {
    const full = FULL_STOP_ABBREVIATIONS.get(word.toLowerCase());
    if (full === undefined) return whole;
    expanded = true;
    return ` ${full} `;
  });
  return { text: out, expanded };
}

/** A header word as its abbreviation stands for ("tgt" → "target"); other words as they are. */
const inFull = (word: string): string => ABBREVIATIONS.get(word) ?? word;

/**
 * A header word in the singular, by the plain English rules, which is all header words need:
 * "measures" → "measure", "activities" → "activity"; "progress", "status", "basis" stay as they are.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/**
 * A header's words singularised, abbreviations written in full and plural or possessive marks taken
 * off ("Lead Officer(s)", "Officer/s", "Officer's" all read "lead officer"), with the confidence that costs.
 */
export function canonicalWords(text: string): HeaderWords & { text: string; factor: number } {
  const stops = expandFullStops(text);
  return canonicalOf(headerWords(stops.text), stops.expanded);
}

/** canonicalWords, from the words of the text with its full stops expanded (`expanded`: some were) */
function canonicalOf(written: HeaderWords, expanded: boolean): HeaderWords & { text: string; factor: number } {
  let abbreviated = expanded;
  let plural = false;
  const words: string[] = [];
  const breaks = new Set<number>();
  written.words.forEach((word, i) => {
    if ((word === 's' || word === 'es') && words.length > 0) {
      plural = true;
      return;
    }
    if (written.breaks.has(i)) breaks.add(words.length);
    const full = inFull(word);
    if (full !== word) abbreviated = true;
    const one = singular(full);
    if (one !== full) plural = true;
    words.push(one);
  });
  return { words, breaks, text: words.join(' '), factor: (abbreviated ? ABBREVIATION_FACTOR : 1) * (plural ? PLURAL_FACTOR : 1) };
}

/** The words as they stand for, to find the qualifiers among them ("Rev." is "revised"). */
const wordsInFull = (text: string): string[] => headerWords(expandFullStops(text).text).words.map(inFull);

/** "(R/A/G)", "(H/M/L)", "(1-4)": the values the column takes, which add nothing to what it is. */
const isValueKey = (words: string[]): boolean => words.every((w) => w.length === 1 || /^\d+$/.test(w));

/**
 * The ways a header can be read, each with how sure that reading is: as written; without its
 * parenthesised qualifiers and period labels; with a qualifier that changes the field read in front;
 * each alternative of "A / B" on its own; and each of those with its words singularised and its
 * abbreviations in full.
 */
export function readHeader(header: string): HeaderReadings {
  const readings: HeaderReading[] = [];
  /** adds the text's readings; returns its words with full stops expanded, which most often are its words as written */
  const add = (text: string, factor: number): HeaderWords => {
    const written = headerWords(text);
    const writtenText = written.words.join(' ');
    if (writtenText !== '') readings.push({ ...written, text: writtenText, canonical: false, factor });
    // read in the singular even when nothing in it changes: "Comment" is the singular of the synonym "comments"
    const stops = expandFullStops(text);
    const expanded = stops.expanded ? headerWords(stops.text) : written;
    const canonical = canonicalOf(expanded, stops.expanded);
    const cost = canonical.text === writtenText ? PLURAL_FACTOR : canonical.factor;
    if (canonical.text !== '') readings.push({ words: canonical.words, breaks: canonical.breaks, text: canonical.text, canonical: true, factor: factor * cost });
    return expanded;
  };
  const headerInFull = add(header, 1).words.map(inFull);

  const changes = new Map<MappableField, MappableField | null>();
  for (const word of headerInFull) {
    for (const [from, to] of CHANGES_THE_FIELD.get(word) ?? []) if (!changes.has(from)) changes.set(from, to);
  }

  const front: string[] = [];
  let qualified = false;
  let main = header.replace(PARENTHESISED, (whole, round?: string, square?: string) => {
    const inner = round ?? square ?? '';
    if (PLURAL_MARKER.test(inner)) return whole;
    const words = wordsInFull(inner.replace(PERIOD_LABEL, ' '));
    if (isValueKey(words)) return ' ';
    for (const word of words) {
      if (CHANGES_THE_FIELD.has(word)) front.push(word);
      else qualified = true;
    }
    return ' ';
  });
  const last = LAST_WORD.exec(main);
  const lastWord = last ? inFull(last[1]!.toLowerCase()) : '';
  if (last && CHANGES_THE_FIELD.has(lastWord) && wordsInFull(main).length > 1) {
    front.push(lastWord);
    main = main.slice(0, last.index);
  }
  main = main.replace(PERIOD_LABEL, ' ');

  const parts = main.split(ALTERNATIVES);
  const alternatives = parts.length > 1 && parts.every((p) => wordsInFull(p).some((w) => w.length > 1)) ? parts : [main];
  if (alternatives.length === 1 && main === header) return { readings, changes };
  const base = (alternatives.length > 1 ? ALTERNATIVE_FACTOR : 1) * (qualified ? QUALIFIER_FACTOR : 1);
  for (const part of alternatives) {
    add(part, base * (front.length > 0 ? QUALIFIER_FACTOR : 1));
    if (front.length > 0) add(`${front.join(' ')} ${part}`, base * CHANGED_FIELD_FACTOR);
  }
  return { readings, changes };
}
