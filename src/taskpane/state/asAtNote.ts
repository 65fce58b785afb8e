import type { IsoDate } from '../../core';

/**
 * What the pane says beside the as-at date, so a reader knows where it came from: today's date is called
 * today (however it was set), a date the user did not give here came from the workbook's settings, and a
 * date given here needs no word.
 */
export function asAtNote(asAt: IsoDate, today: IsoDate, givenHere: boolean): string | null {
  if (asAt === today) return 'today';
  return givenHere ? null : 'saved in the workbook';
}
