import { findTracker } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import { columnIndex, type WorkbookGrid } from '../grid';
import { makeSettings } from '../settings';
import { placeBlocks } from './placeBlocks';
import { runSettings } from './runSettings';
import { readSaved, usable } from './savedSettings';
import { withoutProductOutput } from './withoutProductOutput';
import type { RunRequest } from './workbookHost';

/** A status column below its header, on one sheet: 0-based, rows inclusive. */
export interface FillRange {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The cells whose fill colour a run can read a status from: each status column of each sheet the run will
 * check, from below its header to the sheet's last row with a value. A host that pays a request for
 * every range of fills it reads (the Excel add-in) reads these only, before the check. The sheets, settings
 * and mappings are found as prepareRun and checkWorkbook find them: the saved settings with what the run
 * asks over them, the product's own sheets and columns set aside, and hidden sheets only when named. The
 * trackers are detected here and again by prepareRun (a few ms a sheet): the fills have to be read
 * between the two, and Excel pays a request for each range.
 */
export function statusFillRanges(grid: WorkbookGrid, request: RunRequest, today: IsoDate): FillRange[] {
  const good = usable(readSaved(grid));
  const settings = runSettings(good?.settings ?? makeSettings(), request, today);
  const owned = good?.owned ?? null;
  const checked = withoutProductOutput(grid, owned, placeBlocks(grid, owned));
  const sheets = request.sheet !== undefined ? checked.sheets.filter((s) => s.name === request.sheet) : checked.sheets.filter((s) => s.state === 'visible');

  const ranges: FillRange[] = [];
  for (const sheet of sheets) {
    const found = findTracker(sheet, settings);
    if (!found.ok) continue;
    const tracker = found.value;
    const top = tracker.headerRow + 1;
    const bottom = sheet.rowCount - 1;
    if (bottom < top) continue;
    const columns = new Set<number>();
    for (const period of tracker.mapping.periods) if (period.reportedStatus) columns.add(columnIndex(period.reportedStatus.column));
    for (const col of [...columns].sort((a, b) => a - b)) if (col >= 0) ranges.push({ sheet: sheet.name, col, top, bottom });
  }
  return ranges;
}
