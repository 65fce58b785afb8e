import type { WorkbookReport } from '../checkWorkbook';
import type { IsoDate } from '../dates/isoDays';

/** where a return's as-at date came from, so a comparison can say */
export type AsAtSource = 'given' | 'saved' | 'stated' | 'today';

/** where a return's as-at date came from, in the words the terminal and the pane both show */
export const AS_AT_FROM: Readonly<Record<AsAtSource, string>> = {
  given: 'as given',
  saved: 'saved in the workbook',
  stated: 'the date of its latest progress column',
  today: 'today: the workbook states no date',
};

/**
 * The date a return states it was made at: the latest date its reporting-period headers carry
 * ("Evidence of progress 31/03/11"), over every tracker sheet. A quarterly return's progress is written as
 * at its period's date, so that is the date its RAG should be computed at when no one has said otherwise.
 */
export function statedAsAt(report: WorkbookReport): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const sheet of report.sheets) {
    for (const period of sheet.records.periods) if (period.date !== null && (latest === null || period.date > latest)) latest = period.date;
  }
  return latest;
}
