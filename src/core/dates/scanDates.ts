/**
 * Finds the dates written in tokenised text: the grammar of date expressions as UK trackers write them.
 *
 * Each date found is an atom with the interval it could mean:
 *   15/03/2006, 15.03.06, 15-3-06, 2011-03-31      exact day (day first; ISO when the year comes first)
 *   1 March 2009, 1st April 2009, 11-Mar-11          exact day
 *   6th to 8th July 2020, 12th & 19th Nov 2010       one atom per day (joined into a range below, or listed)
 *   Aug 2010, Feb09, Sept 10, Dec '09, Mar-11        month
 *   Jan-Mar 2010, Jan/Jun 11, Nov-Dec 10             one atom per month, sharing the year
 *   2009/2010, 2009/10, 2010-11, FY 10/11            financial year (1 April – 31 March)
 *   2009-2011                                        years (a range, vague)
 *   Q3 2010/11, 2010/11 Q3                           financial quarter; Q1 2011, 2011 Q1: calendar quarter
 *   Summer 2010, Winter 2010/11                      season (a range, vague)
 *   2013                                             year (vague)
 * Then atoms joined by "-", "to", "until" (or "between … and …") become one range when the second does not start
 * before the first.
 *
 * Text that looks like a date but is not a real day (31/02/2010, 2010/13, 15/03/206) marks the scan impossible:
 * the caller then reports the whole text as not understood rather than reading the rest of it.
 * A day and month without a year ("16 March", "12th & 19th Nov.") and a month alone are not dates here.
 */
import type { IsoDate } from './isoDays';
import { expandYear, MAX_YEAR, MIN_YEAR } from './expandYear';
import { financialQuarterInterval, financialYearFromPair, financialYearInterval } from './financialYear';
import { monthNumber } from './monthNames';
import { calendarQuarterInterval, dayIso, monthInterval, yearInterval, type IsoInterval } from './periods';
import { isSeasonWord, seasonInterval } from './seasons';
import type { Token } from './tokenizeDateText';

export type AtomKind = 'exact' | 'month' | 'year' | 'financial-year' | 'quarter' | 'range';
/** why an atom is only roughly placed: a year, a span of years, a season */
export type Vagueness = 'year' | 'years' | 'season';

export interface DateAtom {
  /** token indices, inclusive */
  readonly first: number;
  readonly last: number;
  readonly kind: AtomKind;
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  /** the target this atom stands for: the last day of its interval */
  readonly iso: IsoDate;
  readonly vague?: Vagueness;
  readonly oneDigitYear?: boolean;
}

export interface DateScan {
  /** in the order written */
  readonly atoms: DateAtom[];
  /** 1 for tokens that are part of a date (or the word joining a range) */
  readonly used: Uint8Array;
  /** something date-like that is not a real date was found */
  readonly impossible: boolean;
}

const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const QUARTER_WORDS = new Set(['q', 'qtr', 'quarter']);
/** between days or months that share one year: "Jan/Jun 11", "Jan-Mar 2010", "12th & 19th Nov 2010" */
const LIST_PUNCT = new Set(['/', ',', '&', '+', '-']);
const LIST_WORDS = new Set(['and', 'or', 'to', 'until', 'till', 'through', 'thru']);
/** joins two dates into a range */
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);
/** before a year: "Dec '09", "Mar-11", "Feb/11", "June, 2010" */
const YEAR_LEAD = new Set(["'", '-', '/', ',', '.']);
const TIME_WORDS = new Set(['am', 'pm']);

function makeAtom(
  first: number,
  last: number,
  kind: AtomKind,
  interval: IsoInterval,
  vague?: Vagueness,
  oneDigitYear?: boolean,
): DateAtom {
  const atom: { -readonly [K in keyof DateAtom]: DateAtom[K] } = {
    first,
    last,
    kind,
    earliest: interval.earliest,
    latest: interval.latest,
    iso: interval.latest,
  };
  if (vague) atom.vague = vague;
  if (oneDigitYear) atom.oneDigitYear = true;
  return atom;
}

class Scanner {
  readonly atoms: DateAtom[] = [];
  impossible = false;

  constructor(private readonly tokens: readonly Token[]) {}

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private isPunct(i: number, ch?: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'punct' && (ch === undefined || t.text === ch);
  }

  private isWord(i: number, words: ReadonlySet<string>): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'word' && words.has(t.lower);
  }

  private num(i: number, minDigits: number, maxDigits: number): Token | undefined {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'num' && t.text.length >= minDigits && t.text.length <= maxDigits
      ? t
      : undefined;
  }

  /** the token touches both its neighbours (no space either side) */
  private tight(i: number): boolean {
    const t = this.tokens[i];
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    return t !== undefined && before !== undefined && after !== undefined && before.end === t.start && t.end === after.start;
  }

  private month(i: number): number | undefined {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'word' ? monthNumber(t.lower) : undefined;
  }

  /** a day number 1–31 written with one or two digits */
  private day(i: number): number | undefined {
    const t = this.num(i, 1, 2);
    return t !== undefined && t.value >= 1 && t.value <= 31 ? t.value : undefined;
  }

  /** a year token (4 digits 1900–2100, or 2 digits) that is not a day ("Sept 10th") or an hour ("10:30") */
  private year(i: number): number | undefined {
    const t = this.num(i, 2, 4);
    if (!t || t.text.length === 3) return undefined;
    if (this.isWord(i + 1, ORDINALS) || this.isPunct(i + 1, ':')) return undefined;
    return expandYear(t.value, t.text.length)?.year;
  }

  scan(): void {
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const t = this.tokens[i]!;
      let next = -1;
      if (t.type === 'num') next = this.atNumber(i);
      else if (t.type === 'word') next = this.atWord(i);
      i = next > i ? next : i + 1;
    }
  }

  private atNumber(i: number): number {
    let next = this.numericDate(i);
    if (next < 0) next = this.financialYear(i, false);
    if (next < 0) next = this.daysThenMonth(i);
    if (next < 0) next = this.yearAlone(i);
    return next;
  }

  private atWord(i: number): number {
    const t = this.tokens[i]!;
    if (monthNumber(t.lower) !== undefined) {
      const next = this.monthDayYear(i);
      return next >= 0 ? next : this.months(i);
    }
    if (QUARTER_WORDS.has(t.lower)) return this.quarter(i);
    if (t.lower === 'fy') {
      const next = this.financialYear(i + 1, true);
      // "FY 2011", "FY11": which financial year is meant (ending or starting in 2011) is anyone's guess
      if (next < 0 && this.num(i + 1, 2, 4)) this.impossible = true;
      return next;
    }
    if (isSeasonWord(t.lower)) return this.season(i);
    return -1;
  }

  /** 15/03/2006, 15.03.06, 15-3-06, 2011-03-31 (optionally followed by a time, which is dropped) */
  private numericDate(i: number): number {
    const a = this.num(i, 1, 4);
    const sep = this.tok(i + 1);
    if (!a || a.text.length === 3 || !sep || sep.type !== 'punct' || !'/.-'.includes(sep.text)) return -1;
    const b = this.num(i + 2, 1, 2);
    const c = this.num(i + 4, 1, 4);
    if (!b || !c || !this.isPunct(i + 3, sep.text)) return -1;
    // 1.2.3.4 is section numbering, not a date: step over the whole chain
    if (this.isPunct(i + 5, sep.text) && this.num(i + 6, 1, 4)) {
      let j = i + 6;
      while (this.isPunct(j + 1, sep.text) && this.num(j + 2, 1, 4)) j += 2;
      return j + 1;
    }
    // 1.1.3, 3.4.2: single digits between full stops are section or element numbers, not dates
    if (sep.text === '.' && a.text.length === 1 && b.text.length === 1 && c.text.length === 1) return i + 5;
    let iso: IsoDate | null;
    let oneDigit = false;
    if (a.text.length === 4) {
      if (c.text.length > 2 || a.value < MIN_YEAR || a.value > MAX_YEAR) {
        this.impossible = true;
        return i + 5;
      }
      iso = dayIso(a.value, b.value, c.value);
    } else {
      const y = expandYear(c.value, c.text.length, true);
      iso = y ? dayIso(y.year, b.value, a.value) : null;
      oneDigit = y?.oneDigit ?? false;
    }
    if (!iso) {
      this.impossible = true;
      return i + 5;
    }
    const last = this.skipTime(i + 5) - 1;
    this.atoms.push(makeAtom(i, last, 'exact', { earliest: iso, latest: iso }, undefined, oneDigit));
    return last + 1;
  }

  /** "10:30", "T00:00:00", "9:00 am" after a date; returns the index after it (or j when there is none) */
  private skipTime(j: number): number {
    let k = j;
    const t = this.tok(k);
    if (t && t.type === 'word' && t.lower === 't') k++;
    if (!this.num(k, 1, 2) || !this.isPunct(k + 1, ':') || !this.num(k + 2, 2, 2)) return j;
    k += 3;
    if (this.isPunct(k, ':') && this.num(k + 1, 2, 2)) k += 2;
    if (this.isPunct(k, '.') && this.num(k + 1, 1, 6)) k += 2;
    if (this.isWord(k, TIME_WORDS)) k++;
    return k;
  }

  /**
   * 2009/2010, 2009/10, 2010-11 → financial year; with "FY" before it also 10/11. 2009-2012 → a range of years.
   * A following "Q3" makes it a financial quarter.
   */
  private financialYear(i: number, afterFy: boolean): number {
    const a = this.num(i, afterFy ? 2 : 4, 4);
    if (!a || a.text.length === 3) return -1;
    const sep = this.tok(i + 1);
    const b = this.num(i + 2, 2, 4);
    if (!sep || sep.type !== 'punct' || (sep.text !== '/' && sep.text !== '-') || !b || b.text.length === 3) {
      return -1;
    }
    if (a.text.length === 2 && b.text.length !== 2) return -1;
    const first = a.text.length === 2 ? 2000 + a.value : a.value;
    const start = afterFy ? i - 1 : i;
    if (first < MIN_YEAR || first > MAX_YEAR) {
      this.impossible = true;
      return i + 3;
    }
    const fyStart = financialYearFromPair(first, b.value, b.text.length);
    if (fyStart === null) {
      if (a.text.length === 4 && b.text.length === 4 && b.value > first && b.value <= MAX_YEAR) {
        const interval = { earliest: yearInterval(first).earliest, latest: yearInterval(b.value).latest };
        this.atoms.push(makeAtom(start, i + 2, 'range', interval, 'years'));
        return i + 3;
      }
      this.impossible = true;
      return i + 3;
    }
    // "2010/11 Q3"
    if (this.isWord(i + 3, QUARTER_WORDS)) {
      const q = this.num(i + 4, 1, 1);
      if (q && q.value >= 1 && q.value <= 4) {
        this.atoms.push(makeAtom(start, i + 4, 'quarter', financialQuarterInterval(fyStart, q.value)));
        return i + 5;
      }
    }
    this.atoms.push(makeAtom(start, i + 2, 'financial-year', financialYearInterval(fyStart)));
    return i + 3;
  }

  /** Q3 2010/11, Q3 10/11, Quarter 3 2010-11 (financial); Q1 2011, Q1 11 (calendar) */
  private quarter(i: number): number {
    const q = this.num(i + 1, 1, 2);
    if (!q) return -1;
    if (q.value < 1 || q.value > 4) {
      // "Q5 2010": a quarter that does not exist
      if (this.tokens[i]!.lower === 'q' && this.tokens[i]!.end === q.start) this.impossible = true;
      return -1;
    }
    let j = i + 2;
    if (this.isWord(j, OF)) j++;
    if (this.isPunct(j, '-') || this.isPunct(j, ',')) j++;
    if (this.isWord(j, FY_WORDS)) j++;
    const a = this.num(j, 2, 4);
    if (!a || a.text.length === 3) return -1;
    const sep = this.tok(j + 1);
    const b = this.num(j + 2, 2, 4);
    if (sep && sep.type === 'punct' && (sep.text === '/' || sep.text === '-') && b && b.text.length !== 3) {
      const first = expandYear(a.value, a.text.length)?.year;
      const fyStart =
        first !== undefined && (a.text.length === 4 || b.text.length === 2)
          ? financialYearFromPair(first, b.value, b.text.length)
          : null;
      if (fyStart === null) {
        this.impossible = true;
        return j + 3;
      }
      this.atoms.push(makeAtom(i, j + 2, 'quarter', financialQuarterInterval(fyStart, q.value)));
      return j + 3;
    }
    const year = this.year(j);
    if (year === undefined) return -1;
    this.atoms.push(makeAtom(i, j, 'quarter', calendarQuarterInterval(year, q.value)));
    return j + 1;
  }

  /** 2013 (and "2011 Q1") */
  private yearAlone(i: number): number {
    const a = this.num(i, 4, 4);
    if (!a || a.value < MIN_YEAR || a.value > MAX_YEAR) return -1;
    if (this.isWord(i + 1, QUARTER_WORDS)) {
      const q = this.num(i + 2, 1, 1);
      if (q && q.value >= 1 && q.value <= 4) {
        this.atoms.push(makeAtom(i, i + 2, 'quarter', calendarQuarterInterval(a.value, q.value)));
        return i + 3;
      }
    }
    this.atoms.push(makeAtom(i, i, 'year', yearInterval(a.value), 'year'));
    return i + 1;
  }

  /** 1 March 2009, 1st April 2009, 19 th October 2009, 11-Mar-11, 6th to 8th July 2020, 12th & 19th Nov 2010 */
  private daysThenMonth(i: number): number {
    const firstDay = this.day(i);
    if (firstDay === undefined) return -1;
    const days: number[] = [firstDay];
    const starts: number[] = [i];
    const ends: number[] = [];
    let j = i + 1;
    if (this.isWord(j, ORDINALS)) j++;
    ends.push(j - 1);
    for (;;) {
      const joint = this.tok(j);
      const isJoint =
        joint !== undefined &&
        ((joint.type === 'punct' && LIST_PUNCT.has(joint.text) && joint.text !== '/') ||
          (joint.type === 'word' && LIST_WORDS.has(joint.lower)));
      const nextDay = isJoint ? this.day(j + 1) : undefined;
      if (nextDay === undefined) break;
      days.push(nextDay);
      starts.push(j + 1);
      j += 2;
      if (this.isWord(j, ORDINALS)) j++;
      ends.push(j - 1);
    }
    // "11-Mar-11" only when written tight: "Phase 2 - Mar 11" is not 2 March
    if ((this.isPunct(j, '-') || this.isPunct(j, '.') || this.isPunct(j, '/')) && this.tight(j)) j++;
    if (this.isWord(j, OF)) j++;
    const month = this.month(j);
    if (month === undefined) return -1;
    j++;
    if (this.isPunct(j, '.')) j++;
    if (this.tok(j)?.type === 'punct' && YEAR_LEAD.has(this.tok(j)!.text)) j++;
    const year = this.year(j);
    if (year === undefined) return -1;
    const isos: IsoDate[] = [];
    for (const d of days) {
      const iso = dayIso(year, month, d);
      if (!iso) {
        this.impossible = true;
        return j + 1;
      }
      isos.push(iso);
    }
    const last = this.skipTime(j + 1) - 1;
    for (let k = 0; k < days.length; k++) {
      const iso = isos[k]!;
      const atomLast = k === days.length - 1 ? last : ends[k]!;
      this.atoms.push(makeAtom(starts[k]!, atomLast, 'exact', { earliest: iso, latest: iso }));
    }
    return last + 1;
  }

  /** March 1st 2009, Mar 11, 2010 (a day after the month needs a four-digit year) */
  private monthDayYear(i: number): number {
    const month = this.month(i)!;
    let j = i + 1;
    if (this.isPunct(j, '.')) j++;
    const d = this.day(j);
    if (d === undefined) return -1;
    j++;
    if (this.isWord(j, ORDINALS)) j++;
    if (this.isPunct(j, ',')) j++;
    const y = this.num(j, 4, 4);
    if (!y || y.value < MIN_YEAR || y.value > MAX_YEAR) return -1;
    const iso = dayIso(y.value, month, d);
    if (!iso) {
      this.impossible = true;
      return j + 1;
    }
    this.atoms.push(makeAtom(i, j, 'exact', { earliest: iso, latest: iso }));
    return j + 1;
  }

  /** Aug 2010, Feb09, Sept 10, Dec '09; Jan-Mar 2010, Jan/Jun 11 (months sharing one year) */
  private months(i: number): number {
    const months: number[] = [this.month(i)!];
    const starts: number[] = [i];
    const ends: number[] = [];
    let j = i + 1;
    if (this.isPunct(j, '.')) j++;
    ends.push(j - 1);
    for (;;) {
      const joint = this.tok(j);
      const isJoint =
        joint !== undefined &&
        ((joint.type === 'punct' && LIST_PUNCT.has(joint.text)) || (joint.type === 'word' && LIST_WORDS.has(joint.lower)));
      const nextMonth = isJoint ? this.month(j + 1) : undefined;
      if (nextMonth === undefined) break;
      months.push(nextMonth);
      starts.push(j + 1);
      j += 2;
      if (this.isPunct(j, '.')) j++;
      ends.push(j - 1);
    }
    if (this.tok(j)?.type === 'punct' && YEAR_LEAD.has(this.tok(j)!.text)) j++;
    let year = this.year(j);
    if (year === undefined) return -1;
    // The year written belongs to the last month; an earlier month that is later in the calendar falls in the
    // year before ("Dec-Jan 2011" is December 2010 to January 2011).
    const years: number[] = new Array<number>(months.length);
    for (let k = months.length - 1; k >= 0; k--) {
      if (k < months.length - 1 && months[k]! > months[k + 1]!) year--;
      years[k] = year;
    }
    for (let k = 0; k < months.length; k++) {
      const last = k === months.length - 1 ? j : ends[k]!;
      this.atoms.push(makeAtom(starts[k]!, last, 'month', monthInterval(years[k]!, months[k]!)));
    }
    return j + 1;
  }

  /** Summer 2010, Winter 2010/11 */
  private season(i: number): number {
    let j = i + 1;
    if (this.isPunct(j, '-') || this.isPunct(j, ',')) j++;
    const year = this.year(j);
    if (year === undefined) return -1;
    let last = j;
    // "Winter 2010/11": the second year only confirms where winter ends
    const b = this.num(j + 2, 2, 4);
    if (this.isPunct(j + 1, '/') && b && financialYearFromPair(year, b.value, b.text.length) !== null) last = j + 2;
    const interval = seasonInterval(this.tokens[i]!.lower, year)!;
    this.atoms.push(makeAtom(i, last, 'range', interval, 'season'));
    return last + 1;
  }

  /** Joins "Dec08 - Jan09", "Jan-Mar 2010", "6th to 8th July 2020", "between Aug 2009 and July 2010" into ranges. */
  joinRanges(used: Uint8Array): DateAtom[] {
    const out: DateAtom[] = [];
    for (const atom of this.atoms) {
      const prev = out[out.length - 1];
      const joint = prev ? this.rangeJoint(prev, atom) : -1;
      if (prev && joint >= 0 && atom.earliest >= prev.earliest && atom.latest >= prev.latest && atom.iso > prev.iso) {
        used[joint] = 1;
        const range: { -readonly [K in keyof DateAtom]: DateAtom[K] } = {
          first: prev.first,
          last: atom.last,
          kind: 'range',
          earliest: prev.earliest,
          latest: atom.latest,
          iso: atom.iso,
        };
        const vague = prev.vague ?? atom.vague;
        if (vague) range.vague = vague === 'year' ? 'years' : vague;
        if (prev.oneDigitYear || atom.oneDigitYear) range.oneDigitYear = true;
        out[out.length - 1] = range;
      } else {
        out.push(atom);
      }
    }
    return out;
  }

  /** index of the single token joining two atoms into a range, or -1 */
  private rangeJoint(a: DateAtom, b: DateAtom): number {
    if (b.first !== a.last + 2) return -1;
    const j = a.last + 1;
    const t = this.tokens[j]!;
    if (t.type === 'punct' && t.text === '-') return j;
    if (t.type === 'word' && RANGE_WORDS.has(t.lower)) return j;
    if (t.type === 'word' && t.lower === 'and' && this.isWord(a.first - 1, BETWEEN)) return j;
    return -1;
  }
}

const OF = new Set(['of']);
const BETWEEN = new Set(['between']);
const FY_WORDS = new Set(['fy']);

/** Every date written in the tokens, in order. */
export function scanDates(tokens: readonly Token[]): DateScan {
  const scanner = new Scanner(tokens);
  scanner.scan();
  const used = new Uint8Array(tokens.length);
  const atoms = scanner.joinRanges(used);
  for (const atom of atoms) used.fill(1, atom.first, atom.last + 1);
  return { atoms, used, impossible: scanner.impossible };
}
