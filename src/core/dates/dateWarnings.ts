/**
 * The plain-English warnings a council officer sees about how a date was read. Each quotes the text.
 */
import type { DateWarning } from './dateExpression';
import { formatUkDate, type IsoDate } from './isoDays';
import type { Vagueness } from './scanDates';

const MAX_QUOTE = 80;

/** The text in double quotes, shortened with "…" when long. */
export function quote(text: string): string {
  const t = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
  return `"${t}"`;
}

function quoteList(parts: readonly string[]): string {
  const shown = parts.slice(0, 3).map(quote);
  const list = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return parts.length > 3 ? `${list} and more` : list;
}

function givesNoDate(words: readonly string[]): string {
  return words.length === 1 ? 'which gives no date' : 'which give no date';
}

export function vagueDateWarning(text: string, vague: Vagueness, iso: IsoDate): DateWarning {
  const what = vague === 'year' ? 'only a year' : vague === 'years' ? 'only years' : 'only a season';
  return { code: 'vague-date', message: `${quote(text)} gives ${what}; read as ${formatUkDate(iso)}` };
}

export function oneDigitYearWarning(text: string, iso: IsoDate): DateWarning {
  return { code: 'one-digit-year', message: `${quote(text)} has a one-digit year; read as ${formatUkDate(iso)}` };
}

export function uncertainDateWarning(text: string, marker: string, iso: IsoDate): DateWarning {
  return {
    code: 'uncertain-date',
    message: `${quote(text)} is marked as uncertain (${quote(marker)}); read as ${formatUkDate(iso)}`,
  };
}

export function plainNumberWarning(text: string, iso: IsoDate): DateWarning {
  return { code: 'uncertain-date', message: `${quote(text)} is a plain number, read as an Excel date: ${formatUkDate(iso)}` };
}

export function severalDatesWarning(
  text: string,
  dates: readonly IsoDate[],
  target: IsoDate,
  recurring: readonly string[],
): DateWarning {
  const listed = dates.map(formatUkDate).join(', ');
  const also = recurring.length ? `; it also says ${quoteList(recurring)}, ${givesNoDate(recurring)}` : '';
  return {
    code: 'several-dates',
    message: `${quote(text)} gives several dates (${listed}); the latest, ${formatUkDate(target)}, is the one used${also}`,
  };
}

export function surroundingTextWarning(
  text: string,
  ignored: readonly string[],
  recurring: readonly string[],
  target: IsoDate | null,
): DateWarning {
  const parts: string[] = [];
  if (ignored.length) parts.push(`${quoteList(ignored)} ignored`);
  if (recurring.length) parts.push(`it also says ${quoteList(recurring)}, ${givesNoDate(recurring)}`);
  const read = target ? `; read as ${formatUkDate(target)}` : '';
  return { code: 'surrounding-text', message: `In ${quote(text)}: ${parts.join('; ')}${read}` };
}

export function relativeDateWarning(
  text: string,
  planStart: IsoDate | undefined,
  target: IsoDate | null,
  budget: boolean,
): DateWarning {
  if (!planStart || !target) {
    return {
      code: 'relative-date',
      message: `${quote(text)} is relative to the start of the plan, which is not set: give the plan start (Plan start on the RAG tab of the pane, or --plan-start on the command line) to place it`,
    };
  }
  const how = budget
    ? `the end of the financial year in which the plan starts (${formatUkDate(planStart)})`
    : `counted from the plan start (${formatUkDate(planStart)})`;
  return { code: 'relative-date', message: `${quote(text)} is relative: read as ${formatUkDate(target)}, ${how}` };
}
