/**
 * Reads free text as a date expression: the general path of parseDateExpression (which tries cheap fast paths
 * first) and the reader behind findRevisedDate.
 *
 * Decisions (see domain.md, "Date expressions"):
 * - One date found → its own kind. Words around it that are normal phrasing ("by end of", "Target:", "w/c") are
 *   dropped silently; any other words raise 'surrounding-text', quoting what was ignored.
 * - Several dates found → kind 'multiple': they are milestones and the latest is the target (iso); earliest and
 *   latest span all of them; `dates` lists each milestone's own date (its last day) in the order written, repeats
 *   kept, so they line up with numbered sub-actions. Warning 'several-dates'.
 * - Recurring words next to dates ("Apr09 May09 Ongoing", "Jun 10 - Ongoing") do not make the cell recurring: the
 *   dated milestones give a target that can be checked, and the officer wrote them for that reason. The recurring
 *   words are not counted as surrounding text, but the user is told they were set aside: inside the
 *   'several-dates' message when there are several dates, otherwise in a 'surrounding-text' warning.
 * - "TBC", "?" next to a date ("Mar 11 (TBC)", "01.07.08?") make it uncertain, like "approx." or "circa".
 * - No date found → "Year 2"/"Budget cycle" are 'relative'; "TBA", "N/A", "?", "-" are 'none'; "Ongoing",
 *   "Quarterly", "Sept each year" are 'recurring' (no warning: extra words beside them are not reported, as the
 *   cell gives no date to check anyway); anything else is 'invalid' with no warnings (validation quotes the text).
 * - Anything that looks like a date but cannot be one (31/02/2010, 2010/13) makes the whole text 'invalid'.
 */
import type { DateExpression, DateParseOptions, DateWarning } from './dateExpression';
import type { IsoDate } from './isoDays';
import { datedResult, undatedResult } from './dateResult';
import { classifyTokens, type WordClass } from './dateVocabulary';
import {
  oneDigitYearWarning,
  relativeDateWarning,
  severalDatesWarning,
  surroundingTextWarning,
  uncertainDateWarning,
  vagueDateWarning,
} from './dateWarnings';
import { normaliseDateText } from './normaliseDateText';
import { findRelativeDate, resolveRelativeDate } from './relativeDates';
import { scanDates, type DateAtom } from './scanDates';
import { tokenizeDateText, type Token } from './tokenizeDateText';

export interface InterpretOptions extends DateParseOptions {
  /** do not raise 'surrounding-text' (for dates picked out of progress text, where words around them are normal) */
  ignoreSurroundingText?: boolean;
}

/** The text of a run of tokens, from the normalised text. */
function span(clean: string, tokens: readonly Token[], first: number, last: number): string {
  return clean.slice(tokens[first]!.start, tokens[last]!.end);
}

/**
 * Runs of unused tokens made of `core` words (at least one), with `inner` words and punctuation allowed between
 * them and `edge` words allowed at either end; anything else ends a run. Returns the text of each run.
 */
function phrases(
  clean: string,
  tokens: readonly Token[],
  classes: readonly WordClass[],
  used: Uint8Array,
  core: WordClass,
  edge: ReadonlySet<WordClass>,
  inner: ReadonlySet<WordClass>,
): string[] {
  const out: string[] = [];
  let first = -1;
  let last = -1;
  let hasCore = false;
  const close = (): void => {
    if (hasCore && first >= 0) out.push(span(clean, tokens, first, last));
    first = -1;
    last = -1;
    hasCore = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const cls = classes[i]!;
    if (used[i]) {
      close();
    } else if (cls === core) {
      if (first < 0) first = i;
      last = i;
      hasCore = true;
    } else if (edge.has(cls)) {
      if (first < 0) first = i;
      last = i;
    } else if (cls === 'punct' || inner.has(cls)) {
      // allowed between words, never at the ends
    } else {
      close();
    }
  }
  close();
  return out;
}

/** The uncertainty marker starting at token i as written: "approx.", "c.", "?", "TBC", "N/A", "to be confirmed". */
function markerText(clean: string, tokens: readonly Token[], classes: readonly WordClass[], i: number): string {
  let last = i;
  if (classes[i] === 'none') {
    // a phrase: "N/A", "to be confirmed", "not applicable"
    for (;;) {
      if (classes[last + 1] === 'none') last += 1;
      else if (tokens[last + 1]?.text === '/' && classes[last + 2] === 'none') last += 2;
      else break;
    }
  }
  // "c." and "approx." are quoted with their full stop
  const dot = tokens[last + 1];
  if (tokens[last]!.type === 'word' && dot?.text === '.' && dot.start === tokens[last]!.end) last += 1;
  return span(clean, tokens, i, last);
}

const NONE_SET: ReadonlySet<WordClass> = new Set();
const OTHER_INNER: ReadonlySet<WordClass> = new Set(['filler', 'companion']);
const RECURRING_EDGE: ReadonlySet<WordClass> = new Set(['companion']);
const RECURRING_INNER: ReadonlySet<WordClass> = new Set(['filler']);

/** Reads `raw` as a date expression; `text` is what the result quotes (what the cell showed). */
export function interpretDateText(raw: string, text: string, options?: InterpretOptions): DateExpression {
  const clean = normaliseDateText(raw);
  const tokens = tokenizeDateText(clean);
  if (tokens.length === 0) return undatedResult(text, 'none');
  const scan = scanDates(tokens);
  if (scan.impossible) return undatedResult(text, 'invalid');
  const classes = classifyTokens(tokens);
  const { used } = scan;
  // the same date written twice (a target carried on to a continuation row: "Mar 12" then "Mar 12") is one date
  const atoms = scan.atoms.length > 1 && scan.atoms.every((a) => sameDate(a, scan.atoms[0]!)) ? scan.atoms.slice(0, 1) : scan.atoms;

  let hasOther = false;
  let hasRecurring = false;
  let hasNone = false;
  let hasWords = false;
  let uncertainMarker: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const cls = classes[i]!;
    if (tokens[i]!.type !== 'punct') hasWords = true;
    if (cls === 'other') hasOther = true;
    else if (cls === 'recurring') hasRecurring = true;
    else if (cls === 'none') hasNone = true;
    if ((cls === 'uncertain' || cls === 'none') && uncertainMarker === null) {
      uncertainMarker = markerText(clean, tokens, classes, i);
    }
  }

  if (atoms.length === 0) {
    const relative = findRelativeDate(tokens);
    if (relative) return relativeResult(clean, text, tokens, classes, relative, options);
    if (hasNone || !hasWords) return undatedResult(text, 'none');
    if (hasRecurring) return undatedResult(text, 'recurring');
    return undatedResult(text, 'invalid');
  }

  const result = datedFromAtoms(text, atoms);
  const iso = result.iso!;
  const warnings: DateWarning[] = [];
  const oneDigit = atoms.find((a) => a.oneDigitYear);
  if (oneDigit) warnings.push(oneDigitYearWarning(span(clean, tokens, oneDigit.first, oneDigit.last), oneDigit.iso));
  const vague = atoms.find((a) => a.vague);
  if (vague) warnings.push(vagueDateWarning(span(clean, tokens, vague.first, vague.last), vague.vague!, vague.iso));
  if (uncertainMarker !== null) warnings.push(uncertainDateWarning(text, uncertainMarker, iso));
  const recurring = hasRecurring
    ? phrases(clean, tokens, classes, used, 'recurring', RECURRING_EDGE, RECURRING_INNER)
    : [];
  if (atoms.length > 1) warnings.push(severalDatesWarning(text, result.dates!, iso, recurring));
  if (!options?.ignoreSurroundingText) {
    const ignored = hasOther ? phrases(clean, tokens, classes, used, 'other', NONE_SET, OTHER_INNER) : [];
    const recurringToMention = atoms.length > 1 ? [] : recurring;
    if (ignored.length || recurringToMention.length) {
      warnings.push(surroundingTextWarning(text, ignored, recurringToMention, iso));
    }
  }
  result.warnings = warnings;
  return result;
}

function sameDate(a: DateAtom, b: DateAtom): boolean {
  return a.kind === b.kind && a.iso === b.iso && a.earliest === b.earliest && a.latest === b.latest;
}

function datedFromAtoms(text: string, atoms: readonly DateAtom[]): DateExpression {
  if (atoms.length === 1) {
    const a = atoms[0]!;
    return datedResult(text, a.kind, a.iso, a.earliest, a.latest);
  }
  let iso: IsoDate = atoms[0]!.iso;
  let earliest: IsoDate = atoms[0]!.earliest;
  let latest: IsoDate = atoms[0]!.latest;
  const dates: IsoDate[] = [];
  for (const a of atoms) {
    if (a.iso > iso) iso = a.iso;
    if (a.earliest < earliest) earliest = a.earliest;
    if (a.latest > latest) latest = a.latest;
    dates.push(a.iso);
  }
  return datedResult(text, 'multiple', iso, earliest, latest, [], dates);
}

function relativeResult(
  clean: string,
  text: string,
  tokens: readonly Token[],
  classes: readonly WordClass[],
  relative: NonNullable<ReturnType<typeof findRelativeDate>>,
  options: InterpretOptions | undefined,
): DateExpression {
  const interval = resolveRelativeDate(relative, options?.planStart);
  const quoted = span(clean, tokens, relative.first, relative.last);
  const warnings: DateWarning[] = [
    relativeDateWarning(quoted, options?.planStart, interval?.latest ?? null, relative.type === 'budget'),
  ];
  if (!options?.ignoreSurroundingText) {
    const used = new Uint8Array(tokens.length).fill(1, relative.first, relative.last + 1);
    const ignored = phrases(clean, tokens, classes, used, 'other', NONE_SET, OTHER_INNER);
    if (ignored.length) warnings.push(surroundingTextWarning(text, ignored, [], interval?.latest ?? null));
  }
  if (!interval) return undatedResult(text, 'relative', warnings);
  return datedResult(text, 'relative', interval.latest, interval.earliest, interval.latest, warnings);
}
