import type { MappableField } from './fieldSynonyms';

/**
 * The ways councils shorten, pluralise and qualify the words of a header, and how much each costs in
 * confidence. A header read through any of these is mapped below an exact synonym (so the user is asked
 * to confirm it) but well above MIN_MATCH_SCORE.
 */

/**
 * Abbreviations seen in council headers, read in full wherever they stand: none is an English word.
 * "No." is deliberately absent: the ref synonyms already list its forms ("Action No.", "Item No."), and
 * "No" is also an answer ("Completed (Yes/No)").
 */
export const HEADER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  offr: 'officer',
  resp: 'responsible',
  tgt: 'target',
  rev: 'revised',
  compl: 'completion',
  pct: 'percent',
  prog: 'progress',
  desc: 'description',
};

/**
 * Abbreviations that are also English words, so read in full only when written with a full stop:
 * "Lead Off." is the lead officer, but "Sign off date" has no officer in it.
 */
export const HEADER_ABBREVIATIONS_WITH_FULL_STOP: Readonly<Record<string, string>> = {
  off: 'officer',
};

/**
 * Qualifiers that make a header a different field from the one its other words name: a target date
 * "(revised)" is the revised target, not the target; an "actual" date is when it was done, not when it
 * was due, and an actual outcome is not the outcome hoped for. A header carrying one is read as the field
 * it makes (or, for null, as none of it), and the qualifier is also read in front of the other words
 * ("Target date (revised)" as "revised target date"). Qualifiers that only restate the field ("(planned)",
 * "(original)") are not here: they are read as any other qualifier.
 */
export const QUALIFIERS_THAT_CHANGE_THE_FIELD: Readonly<Record<string, Readonly<Partial<Record<MappableField, MappableField | null>>>>> = {
  revised: { target: 'revisedTarget' },
  new: { target: 'revisedTarget' },
  actual: { target: 'completed', outcome: null },
};

/**
 * Period labels ("Progress Update (Q3)", "Q2 status"): they say which reporting period a column is for,
 * not what it holds, so they are left out of the words matched, at no cost (as a date in a header is).
 * The reporting period's label is taken from the header text itself (see detectTracker).
 */
export const PERIOD_LABEL = /\b(?:q[1-4]|(?:quarter|qtr\.?)\s*[1-4])\b/gi;

/**
 * A synonym followed by a word that is not a preposition, a conjunction or a number only describes that
 * word ("Officer comments" are comments, a "Target audience" is an audience, a "Key action owner" is an
 * owner); one after a preposition only describes the word before it ("Notes for officers" are notes,
 * "Performance against target" is performance). Either way it is not what the header names and is scored
 * down by MODIFIER_FACTOR. A punctuation mark between the words ("Finish date: planned",
 * "Comments/Progress") ends the phrase, so nothing is described across it.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'by', 'against', 'on', 'in', 'with', 'at', 'from', 'per']);
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Head nouns that say how a field is written or graded, not what it is: the column still holds the
 * field a synonym next to them names ("Officer name", "Name of lead officer", "Owner initials",
 * "Priority rating", "Action summary"), so the synonym is not scored down as a modifier.
 */
export const WORDS_THAT_KEEP_THE_FIELD: ReadonlySet<string> = new Set([
  'name', 'names', 'initials', 'detail', 'details', 'text', 'summary', 'title', 'description', 'rating', 'level', 'score',
]);

/** A header read with its words singularised ("Measures of success", "Officer(s)", "Target Date(s)"). */
export const PLURAL_FACTOR = 0.95;
/** A header read with an abbreviation in full ("Tgt date", "Resp. Officer"). */
export const ABBREVIATION_FACTOR = 0.9;
/** A header read without its parenthesised qualifier ("Measures of Success (SMART)"). */
export const QUALIFIER_FACTOR = 0.95;
/** A header read as the field its qualifier makes it ("Target date (revised)", "Revised target completion date"). */
export const CHANGED_FIELD_FACTOR = 0.95;
/** One of the alternatives a header names ("Comments/Progress", "Responsible Officer(s) / Team"). */
export const ALTERNATIVE_FACTOR = 0.95;
/** A synonym that only describes another word of the header (see PREPOSITIONS). */
export const MODIFIER_FACTOR = 0.7;
