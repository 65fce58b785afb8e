/**
 * findRevisedDate: a revised target written into progress text, e.g.
 *   "… Revised completion date October 2009."                          → 2009-10-31
 *   "New completion date for this recommendation set as September 2009." → 2009-09-30
 *   "Revised target July 11", "Revised target completion date Jan 12"
 *   "… means the target completion date for the revised CCC policy is July 11." → 2011-07-31
 *   "Estimated completion dates: April 2010 for … September 2010 for …" → the latest, 2010-09-30 ('several-dates')
 *
 * Only a revision phrase counts ("revised/new … date/target/deadline", "target completion date", "estimated
 * completion date", "revised to", "rescheduled for", "deferred/postponed/delayed/put back/extended to|until",
 * "now due/expected/scheduled"); ordinary dates in progress ("Survey went live – Nov 11", "scheduled for June 2009")
 * are not revisions. The date is read from the rest of the phrase's sentence. When several revision phrases give a
 * date, the last one wins (progress text is written in date order). A phrase with no date after it ("new date TBC")
 * is skipped: the result always carries a date.
 *
 * `text` of the result is the phrase and its sentence ("Revised completion date October 2009"). Words around the
 * date are normal in progress text, so no 'surrounding-text' warning is raised; other warnings ('several-dates',
 * 'uncertain-date', 'vague-date') are.
 */
import type { DateExpression, DateParseOptions } from './dateExpression';
import { interpretDateText } from './interpretDateText';
import { normaliseDateText } from './normaliseDateText';

const REVISION_RE = new RegExp(
  [
    // revised completion date, new target date, revised target, revised target completion date, new deadline
    String.raw`\b(?:revised|new|amended|updated|re-?scheduled|re-?profiled)\s+(?:(?:target|completion|end|due|finish|delivery|implementation)\s+)*(?:dates?|deadlines?|targets?|timescales?|timetable)\b`,
    // estimated / expected / anticipated completion date(s)
    String.raw`\b(?:estimated|expected|anticipated|forecast|projected)\s+(?:completion|end|finish|delivery)\s+dates?\b`,
    // the target completion date (for …) is July 11
    String.raw`\btarget\s+(?:completion\s+|end\s+|due\s+)?date\b`,
    String.raw`\brevised\s+to\b`,
    String.raw`\bre-?scheduled\s+(?:to|for)\b`,
    String.raw`\b(?:deferred|postponed|delayed|put\s+back|pushed\s+back|moved\s+back|slipped|extended)\s+(?:to|until|till)\b`,
    String.raw`\bnow\s+(?:due|expected|scheduled|planned)\b`,
  ].join('|'),
  'gi',
);

/** words after which a full stop does not end the sentence */
const ABBREVIATIONS = new Set(['c', 'ca', 'approx', 'est', 'no', 'st', 'nd', 'rd', 'th', 'sept', 'wk', 'w', 'e', 'g', 'i']);
const MAX_WINDOW = 200;

/** End of the sentence that starts at `from` (exclusive), at most `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let k = from; k < limit; k++) {
    const ch = text[k];
    if (ch === '\n' || ch === ';' || ch === '!') return k;
    if (ch !== '.') continue;
    const next = text[k + 1];
    if (next !== undefined && next !== ' ') continue; // 15.03.06, 1.2
    const wordStart = text.lastIndexOf(' ', k - 1) + 1;
    const word = text.slice(wordStart, k).toLowerCase();
    if (ABBREVIATIONS.has(word)) continue;
    return k;
  }
  return limit;
}

/** The revised target written in progress text, or null when there is none. */
export function findRevisedDate(progressText: string, options?: DateParseOptions): DateExpression | null {
  if (!progressText) return null;
  const text = normaliseDateText(progressText);
  REVISION_RE.lastIndex = 0;
  const matches: Array<{ start: number; end: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = REVISION_RE.exec(text)) !== null) matches.push({ start: m.index, end: m.index + m[0].length });
  for (let k = matches.length - 1; k >= 0; k--) {
    const { start, end } = matches[k]!;
    const limit = Math.min(text.length, matches[k + 1]?.start ?? text.length, end + MAX_WINDOW);
    const stop = sentenceEnd(text, end, limit);
    const window = text.slice(end, stop);
    const quoted = text.slice(start, stop).trim();
    const result = interpretDateText(window, quoted, { ...options, ignoreSurroundingText: true });
    if (result.iso !== null) return result;
  }
  return null;
}
