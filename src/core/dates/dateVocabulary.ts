/**
 * The words that may stand around a date in a target cell, and what each one means.
 *
 *   filler      normal phrasing that changes nothing: "by end of March 2010", "Target: 31/03/2011", "w/c 5 April 2010"
 *   recurring   no single target: "Ongoing", "On-going", "Quarterly", "six-monthly", "Sept each year"
 *   companion   words that go with recurring words or dates: "each year", "on a quarterly basis", "thereafter"
 *   uncertain   the writer is not sure: "approx.", "c.", "circa", "around", "provisional", "?"
 *   none        no target yet: "TBA", "TBC", "TBD", "N/A", "to be confirmed"
 *   other       anything else; when it surrounds a date the user is told it was ignored
 *
 * Every list is exported so that a settings screen can show (and later extend) it.
 */
import { monthNumber } from './monthNames';
import { isSeasonWord } from './seasons';
import type { Token } from './tokenizeDateText';

export type WordClass = 'filler' | 'recurring' | 'companion' | 'uncertain' | 'none' | 'other' | 'punct';

export const FILLER_WORDS: readonly string[] = [
  'by', 'end', 'ending', 'of', 'the', 'before', 'target', 'targets', 'targeted', 'due', 'revised', 'revise', 'to',
  'completion', 'date', 'dates', 'start', 'starting', 'from', 'until', 'till', 'no', 'later', 'than', 'wc', 'week',
  'commencing', 'deadline', 'on', 'in', 'at', 'for', 'and', 'or', 'between', 'during', 'within', 'finish',
  'expected', 'anticipated', 'estimated', 'planned', 'new', 'original', 'originally', 'latest', 'st', 'nd', 'rd',
  'th', 'a', 'an', 'is', 'be', 'will', 'now', 'set', 'as', 'fy', 'financial', 'then', 'also',
];

export const RECURRING_WORDS: readonly string[] = [
  'ongoing', 'continuous', 'continuously', 'continual', 'continually', 'continuing', 'rolling', 'quarterly',
  'monthly', 'weekly', 'daily', 'fortnightly', 'annually', 'annual', 'yearly', 'biannually', 'biannual',
  'biennially', 'biennial', 'periodically', 'periodic', 'regularly', 'recurring', 'every', 'each',
];

export const COMPANION_WORDS: readonly string[] = [
  'year', 'years', 'yr', 'month', 'months', 'quarter', 'quarters', 'qtr', 'q', 'weeks', 'day', 'days', 'basis',
  'thereafter', 'after', 'six', 'half', 'bi', 'per', 'twice', 'once', 'times',
];

export const UNCERTAIN_WORDS: readonly string[] = [
  'approx', 'approximately', 'circa', 'c', 'ca', 'around', 'about', 'roughly', 'provisional', 'provisionally',
  'tentative', 'tentatively', 'possibly', 'probably', 'hopefully', 'maybe', 'perhaps',
];

export const NONE_WORDS: readonly string[] = ['tba', 'tbc', 'tbd', 'tbe', 'na', 'none', 'nil', 'unknown'];

/** after "each" / "every" */
const PERIOD_WORDS = new Set([
  'year', 'years', 'yr', 'month', 'months', 'quarter', 'quarters', 'qtr', 'week', 'weeks', 'day', 'days',
  'fortnight', 'term', 'financial',
]);

/** "as required", "as needed" */
const AS_WORDS = new Set(['required', 'needed', 'necessary']);

/** "to be …" phrases that mean no date yet */
const TO_BE_WORDS = new Set(['agreed', 'confirmed', 'decided', 'determined', 'arranged', 'advised', 'scheduled', 'set']);

const CLASS = new Map<string, WordClass>();
for (const w of COMPANION_WORDS) CLASS.set(w, 'companion');
for (const w of FILLER_WORDS) CLASS.set(w, 'filler');
for (const w of RECURRING_WORDS) CLASS.set(w, 'recurring');
for (const w of UNCERTAIN_WORDS) CLASS.set(w, 'uncertain');
for (const w of NONE_WORDS) CLASS.set(w, 'none');

/** The class of a lower-case word on its own (no context). */
export function wordClass(word: string): WordClass {
  const cls = CLASS.get(word);
  if (cls) return cls;
  if (monthNumber(word) !== undefined || isSeasonWord(word)) return 'companion';
  return 'other';
}

function lowerAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/**
 * The class of every token, reading phrases in context: "on going" and "as required" are recurring, "w/c" is
 * filler, "n/a", "to be confirmed" and "not applicable" mean no date, and the 6 in "6-monthly" goes with the word.
 */
export function classifyTokens(tokens: readonly Token[]): WordClass[] {
  const classes: WordClass[] = new Array<WordClass>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'punct') {
      classes[i] = t.text === '?' ? 'uncertain' : 'punct';
      continue;
    }
    if (t.type === 'num') {
      // "6-monthly", "6 monthly", "12 monthly"
      const after = lowerAt(tokens, tokens[i + 1]?.text === '-' ? i + 2 : i + 1);
      classes[i] = CLASS.get(after) === 'recurring' ? 'companion' : 'other';
      continue;
    }
    const w = t.lower;
    let cls = wordClass(w);
    const prev = lowerAt(tokens, i - 1);
    const next = lowerAt(tokens, i + 1);
    if (w === 'each' || w === 'every') {
      // recurring only before a period: "each year", "every 6 months", "Sept each year" (not "each of the criteria")
      cls = PERIOD_WORDS.has(next) || PERIOD_WORDS.has(lowerAt(tokens, i + 2)) ? 'recurring' : 'other';
    } else if (w === 'going' && (prev === 'on' || (prev === '-' && lowerAt(tokens, i - 2) === 'on'))) {
      cls = 'recurring';
    } else if (w === 'on' && (next === 'going' || (next === '-' && lowerAt(tokens, i + 2) === 'going'))) {
      cls = 'recurring';
    } else if (w === 'as' && AS_WORDS.has(next)) cls = 'recurring';
    else if (AS_WORDS.has(w) && prev === 'as') cls = 'recurring';
    else if (w === 'when' && prev === 'and' && lowerAt(tokens, i - 2) === 'as') cls = 'recurring';
    else if (w === 'w' && next === '/' && lowerAt(tokens, i + 2) === 'c') cls = 'filler';
    else if (w === 'c' && prev === '/' && lowerAt(tokens, i - 2) === 'w') cls = 'filler';
    else if (w === 'n' && next === '/' && lowerAt(tokens, i + 2) === 'a') cls = 'none';
    else if (w === 'a' && prev === '/' && lowerAt(tokens, i - 2) === 'n') cls = 'none';
    else if (w === 'not' && (next === 'applicable' || next === 'known')) cls = 'none';
    else if ((w === 'applicable' || w === 'known') && prev === 'not') cls = 'none';
    else if (w === 'to' && next === 'be' && TO_BE_WORDS.has(lowerAt(tokens, i + 2))) cls = 'none';
    else if (w === 'be' && prev === 'to' && TO_BE_WORDS.has(next)) cls = 'none';
    else if (TO_BE_WORDS.has(w) && prev === 'be' && lowerAt(tokens, i - 2) === 'to') cls = 'none';
    classes[i] = cls;
  }
  return classes;
}
