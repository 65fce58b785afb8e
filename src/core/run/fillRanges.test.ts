import { makeSheet } from '../../../test/support/makeSheet';
import { columnIndex, type WorkbookGrid } from '../grid';
import type { SheetMapping } from '../settings';
import { statusFillRanges, type FillRange } from './fillRanges';
import { isChecked, prepareRun } from './prepareRun';
import type { RunRequest } from './workbookHost';

const TODAY = '2011-03-31' as const;

const plan = makeSheet(
  [
    ['Corporate action plan 2010-11'],
    [],
    ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress Q1', 'Status Q1', 'Progress Q2', 'Status Q2'],
    ['1', 'Review standards', 'KH', 'Mar 11', 'Started', null, 'Drafted', null],
    ['2', 'Publish standards', 'JR', 'Jun 11', null, 'G', null, null],
    ['3', 'Train staff', 'SS', 'Dec 11', null, null, null, null],
  ],
  { name: 'Plan' },
);
const noStatus = makeSheet([['Ref', 'Action', 'Lead officer', 'Target date'], ['1', 'Review standards', 'KH', 'Mar 11']], { name: 'No status' });
const hidden = makeSheet([['Ref', 'Action', 'Owner', 'Due', 'RAG'], ['1', 'Old plan', 'KH', 'Mar 10', 'R']], { name: 'Old plan', state: 'hidden' });
const notes = makeSheet([['Notes'], ['Updated quarterly']], { name: 'Notes' });
const grid: WorkbookGrid = { sheets: [plan, noStatus, hidden, notes], date1904: false };

/** the status columns prepareRun checks, as (sheet, column) pairs */
function checkedStatusColumns(workbook: WorkbookGrid, request: RunRequest): string[] {
  const run = prepareRun(workbook, request, TODAY);
  if (!isChecked(run)) return [];
  return run.report.sheets.flatMap((s) => s.mapping.periods.flatMap((p) => (p.reportedStatus ? [`${s.name}!${columnIndex(p.reportedStatus.column)}`] : [])));
}
const pairs = (ranges: readonly FillRange[]): string[] => ranges.map((r) => `${r.sheet}!${r.col}`);

describe('statusFillRanges', () => {
  it('gives each status column of each tracker checked, from below its header to the last row', () => {
    expect(statusFillRanges(grid, {}, TODAY)).toEqual([
      { sheet: 'Plan', col: 5, top: 3, bottom: 5 },
      { sheet: 'Plan', col: 7, top: 3, bottom: 5 },
    ]);
  });

  it('gives a hidden sheet only when the run names it, and only the sheet named', () => {
    expect(statusFillRanges(grid, { sheet: 'Old plan' }, TODAY)).toEqual([{ sheet: 'Old plan', col: 4, top: 1, bottom: 1 }]);
    expect(statusFillRanges(grid, { sheet: 'No status' }, TODAY)).toEqual([]);
    expect(statusFillRanges(grid, { sheet: 'Nowhere' }, TODAY)).toEqual([]);
  });

  it('follows a mapping the user has confirmed in the pane', () => {
    const detected = prepareRun(grid, {}, TODAY);
    if (!isChecked(detected)) throw new Error('not checked');
    const mapping = detected.report.sheets[0]!.mapping;
    const onlyQ2: SheetMapping = { ...mapping, periods: [{ ...mapping.periods[1]!, reportedStatus: { column: 'G', header: 'Progress Q2', confidence: 1 } }] };
    expect(statusFillRanges(grid, { mappings: [onlyQ2] }, TODAY)).toEqual([{ sheet: 'Plan', col: 6, top: 3, bottom: 5 }]);
  });

  it('gives nothing for a sheet whose tracker has no rows below its header', () => {
    const empty = makeSheet([['Ref', 'Action', 'Lead officer', 'Target date', 'Status']], { name: 'Empty' });
    expect(statusFillRanges({ sheets: [empty], date1904: false }, {}, TODAY)).toEqual([]);
  });

  it.each<[string, RunRequest]>([
    ['every visible sheet', {}],
    ['a hidden sheet named', { sheet: 'Old plan' }],
    ['a sheet with no status column', { sheet: 'No status' }],
  ])('names the columns prepareRun checks: %s', (_, request) => {
    expect(pairs(statusFillRanges(grid, request, TODAY))).toEqual(checkedStatusColumns(grid, request));
  });
});
