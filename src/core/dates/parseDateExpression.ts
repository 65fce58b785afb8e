/**
 * parseDateExpression: what a target / start / completion cell means as a date (see domain.md, "Date expressions",
 * and interpretDateText.ts for the decisions on several dates, recurring words and warnings).
 *
 * This is on the engine's hot path, so the common shapes are read by anchored, precompiled regular expressions
 * before the general reader runs: date cells, "31/03/2011", "Mar 11", "2013", "2010/11", and the one-word
 * vocabulary ("Ongoing", "TBA", "-"). The fast paths give exactly what the general reader would (tested).
 *
 * A cell that gives another record's date instead of its own ("As above", "Ditto", "See 7.7", "As 3.2") is
 * kind 'reference', with no date: resolveDateReferences puts that record's date in its place once every
 * record is read. It is looked for only when no fast path answered, so it costs the common dates nothing.
 */
import type { Cell } from '../grid';
import { cellText, isDateFormat } from '../grid';
import type { DateExpression, DateParseOptions } from './dateExpression';
import { datedResult, undatedResult } from './dateResult';
import { oneDigitYearWarning } from './dateWarnings';
import { expandYear } from './expandYear';
import { financialYearFromPair, financialYearInterval } from './financialYear';
import { interpretDateText } from './interpretDateText';
import { monthNumber } from './monthNames';
import { dayIso, monthInterval } from './periods';
import { dateFromPlainNumber, dateFromSerial } from './readDateNumber';

export type { DateExpression, DateParseOptions } from './dateExpression';

const FAST_DMY = /^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{1,4})\s*$/;
const FAST_MONTH_YEAR = /^\s*([A-Za-z]{3,9})\.?[\s'\-/.,]*(\d{4}|\d{2})\s*$/;
const FAST_DIGITS = /^\s*(\d{1,9})\s*$/;
const FAST_FY = /^\s*(\d{4})\s*[/-]\s*(\d{4}|\d{2})\s*$/;
const FAST_WORDS = /^\s*[A-Za-z?/\-. ]{1,20}$/;

/** Whole-cell texts (lower case, without a final full stop) with no date: the commonest ones, read at once. */
const VOCABULARY = new Map<string, 'none' | 'recurring'>([
  ...['tba', 'tbc', 'tbd', 'n/a', 'na', 'none', 'nil', '?', '-', '--', '---', 'to be confirmed', 'to be agreed']
    .map((w) => [w, 'none'] as const),
  ...[
    'ongoing',
    'on-going',
    'on going',
    'continuous',
    'quarterly',
    'monthly',
    'annually',
    'annual',
    'weekly',
    'yearly',
    'six-monthly',
    'six monthly',
    '6-monthly',
    'every year',
    'each year',
    'rolling',
  ].map((w) => [w, 'recurring'] as const),
]);

function fastText(input: string, options: DateParseOptions | undefined): DateExpression | null {
  let m = FAST_DMY.exec(input);
  if (m && !(m[2] === '.' && m[1]!.length === 1 && m[3]!.length === 1 && m[4]!.length === 1)) {
    const y = expandYear(Number(m[4]), m[4]!.length, true);
    const iso = y ? dayIso(y.year, Number(m[3]), Number(m[1])) : null;
    const text = input.trim();
    if (!y || !iso) return undatedResult(text, 'invalid');
    return datedResult(text, 'exact', iso, iso, iso, y.oneDigit ? [oneDigitYearWarning(text, iso)] : []);
  }
  m = FAST_MONTH_YEAR.exec(input);
  if (m) {
    const month = monthNumber(m[1]!);
    const y = month === undefined ? null : expandYear(Number(m[2]), m[2]!.length);
    if (month !== undefined && y) {
      const { earliest, latest } = monthInterval(y.year, month);
      return datedResult(input.trim(), 'month', latest, earliest, latest);
    }
    return null;
  }
  m = FAST_DIGITS.exec(input);
  if (m) return dateFromPlainNumber(Number(m[1]), input.trim(), options);
  m = FAST_FY.exec(input);
  if (m) {
    const first = expandYear(Number(m[1]), 4);
    const start = first ? financialYearFromPair(first.year, Number(m[2]), m[2]!.length) : null;
    if (start === null) return null;
    const { earliest, latest } = financialYearInterval(start);
    return datedResult(input.trim(), 'financial-year', latest, earliest, latest);
  }
  if (FAST_WORDS.test(input)) {
    let key = input.trim().toLowerCase();
    if (key.length > 1 && key.endsWith('.')) key = key.slice(0, -1);
    const kind = VOCABULARY.get(key);
    if (kind) return undatedResult(input.trim(), kind);
  }
  return null;
}

// The whole cell, in any case, with a final full stop or not. "See also", "as per", "the row above" are how
// officers write it; a bare ditto mark means the same (typed as " and often turned into a curly quote: seed
// 000 has one in an owner cell). Not references: "As soon as possible", "As required", "Above target", "See
// note" (no record named), and text with a date in it ("As above, Mar 11"), whose date counts. "As previous"
// is left out: it may as well mean the previous report's date.
const REFERENCE_OPENING = String.raw`(?:(?:the\s+)?same\s+(?:date\s+)?as|as(?:\s+(?:per|for|in))?|see(?:\s+also)?)\s+`;
const ABOVE = new RegExp(
  String.raw`^\s*(?:${REFERENCE_OPENING}(?:the\s+)?(?:(?:row|line|action|date)\s+)?above|ditto|["\u201c\u201d\u3003])\s*\.?\s*$`,
  'i',
);
// Refs as numbered in plans: "7", "7.7", "1.1.3", "2(a)", "2 (a)", "2a". Letters first ("R1") are left out,
// as "As Mar11" or "See Q3" would then name a ref; a number that reads as a date ("See 1.4.11") is a date.
const REF = String.raw`\d{1,3}(?:\.\d{1,3}){0,3}(?:\s?\([a-z]{1,4}\)|[a-z])?`;
const BY_REF = new RegExp(
  String.raw`^\s*${REFERENCE_OPENING}(?:(?:action|ref|item|recommendation|rec|no)\.?\s*)?(${REF})(?:\s+(?:above|below))?\s*\.?\s*$`,
  'i',
);
const DAY_MONTH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{2}$/;

/** "As above" → { above }, "See 7.7" → { ref: '7.7' }; null for any other text. */
function readReference(input: string): DateExpression | null {
  let refersTo: DateExpression['refersTo'];
  if (ABOVE.test(input)) refersTo = { above: true };
  else {
    const m = BY_REF.exec(input);
    if (!m || DAY_MONTH_YEAR.test(m[1]!)) return null;
    refersTo = { ref: m[1]! };
  }
  return { text: input.trim(), iso: null, kind: 'reference', earliest: null, latest: null, warnings: [], refersTo };
}

function parseText(input: string, options: DateParseOptions | undefined): DateExpression {
  return fastText(input, options) ?? readReference(input) ?? interpretDateText(input, input.trim(), options);
}

/**
 * Reads a cell (or its text or number) as a date expression. Never throws: anything not understood is
 * kind 'invalid' with the text quoted.
 */
export function parseDateExpression(
  input: Cell | string | number | null | undefined,
  options?: DateParseOptions,
): DateExpression {
  if (input === null || input === undefined) return undatedResult('', 'none');
  if (typeof input === 'string') return parseText(input, options);
  if (typeof input === 'number') return dateFromPlainNumber(input, String(input), options);
  const value = input.value;
  switch (input.type) {
    case 'empty':
      return undatedResult(cellText(input), 'none');
    case 'date':
      if (typeof value === 'number') return dateFromSerial(value, options, input.format);
      break;
    case 'number':
      if (typeof value === 'number') {
        return isDateFormat(input.format) ? dateFromSerial(value, options, input.format) : dateFromPlainNumber(value, String(value), options);
      }
      break;
    case 'text':
      break;
    case 'boolean':
    case 'error':
      return undatedResult(cellText(input), 'invalid');
  }
  if (value === null) return undatedResult('', 'none');
  if (typeof value === 'string') return parseText(value, options);
  if (typeof value === 'number') return dateFromPlainNumber(value, String(value), options);
  return undatedResult(cellText(input), 'invalid');
}

