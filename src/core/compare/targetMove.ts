import { daysBetween, type IsoDate } from '../dates/isoDays';
import { normaliseDateText } from '../dates/normaliseDateText';
import { scanDates } from '../dates/scanDates';
import { tokenizeDateText } from '../dates/tokenizeDateText';
import type { z } from 'zod';
import type { targetMovedSchema } from './comparison';
import type { ComparedRecord } from './sheetRecords';

type TargetMove = Omit<z.infer<typeof targetMovedSchema>, 'oldRow' | 'newRow'>;

/** The dates a text gives, each as the target it would stand for: "March 2011" → 2011-03-31. */
export function datesInText(text: string | null): IsoDate[] {
  if (!text) return [];
  return scanDates(tokenizeDateText(normaliseDateText(text))).atoms.map((a) => a.iso);
}

/**
 * How the target moved between the returns, or null when it did not: each return's target is the one it
 * judged by (a revised target when there is one), null when it gave no single date (TBA, ongoing). The move
 * is explained when NEW records it: its revised target gives the new date, or its latest progress text
 * names it ("now expected by the end of March 2011"); otherwise it is quiet, the move an officer asks about.
 */
export function targetMove(old: ComparedRecord, next: ComparedRecord): TargetMove | null {
  const from = old.target;
  const to = next.target;
  if (from === to) return null;
  const days = from !== null && to !== null ? daysBetween(to, from) : null;
  const how = next.revisedFrom === 'column' ? 'revised-column' : next.revisedFrom === 'progress' || (to !== null && datesInText(next.progress).includes(to)) ? 'progress-text' : null;
  return { from, to, days, explained: how !== null, how };
}
