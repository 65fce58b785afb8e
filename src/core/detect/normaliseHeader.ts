/**
 * Header text as compared with synonyms: lower case, "&" read as "and", "%" as "percent", every other
 * punctuation mark a space. Dates carried in the header are taken out first by the caller.
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADER_DATE =
  /\b(\d{1,2}(?:st|nd|rd|th)?[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{2,4}|(?:q[1-4]\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*['’]?\d{2,4}|q[1-4]\s*\d{4}(?:\s*\/\s*\d{2,4})?)\b/i;

/** Splits "Assessment of progress 16/11/09" into its words and the date it carries. */
export function splitHeaderDate(text: string): { words: string; dateText: string | null } {
  const m = HEADER_DATE.exec(text);
  if (!m) return { words: text, dateText: null };
  return { words: (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim(), dateText: m[0] };
}
