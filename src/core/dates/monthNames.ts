/**
 * English month names as council officers write them: full names, three-letter abbreviations, "Sept", and a few
 * common misspellings. Lookup is by lower-case word without a trailing full stop.
 */

const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan', 'janurary', 'janaury']],
  [2, ['february', 'feb', 'febuary', 'feburary', 'febr']],
  [3, ['march', 'mar', 'mrch']],
  [4, ['april', 'apr', 'aprl']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept', 'septemeber', 'setpember']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

const MONTHS = new Map<string, number>();
for (const [month, words] of MONTH_WORDS) for (const word of words) MONTHS.set(word, month);

/** "Sept" → 9, "march" → 3; undefined when the word is not a month. Case-blind. */
export function monthNumber(word: string): number | undefined {
  const month = MONTHS.get(word);
  return month !== undefined ? month : MONTHS.get(word.toLowerCase());
}

export const MONTH_FULL_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
