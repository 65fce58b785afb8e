import { checkWorkbook, type SheetProblem, type WorkbookReport } from '../checkWorkbook';
import type { IsoDate } from '../dates/isoDays';
import type { WorkbookGrid } from '../grid';
import { isSummaryKind, type Ownership } from '../plan/writePlan';
import { makeSettings, type Settings } from '../settings';
import { placeBlocks, type PlacedBlock } from './placeBlocks';
import { runSettings } from './runSettings';
import { readSaved, usable } from './savedSettings';
import { withoutProductOutput } from './withoutProductOutput';
import type { CheckOutcome, RunRequest } from './workbookHost';

/** A checked workbook, with what planning its writes needs; the grid itself is not kept. */
interface RunFacts extends Omit<CheckOutcome, 'report'> {
  readonly request: RunRequest;
  /** the settings saved in the workbook, or the defaults when it has none that can be used */
  readonly base: Settings;
  /** what the product owns in the workbook, by its saved settings */
  readonly owned: Ownership | null;
  /** where the product's columns are now */
  readonly placed: readonly PlacedBlock[];
  readonly date1904: boolean;
}

export type CheckedRun = RunFacts & { readonly report: WorkbookReport };
/** a run whose sheet could not be checked: the report says why */
export type ProblemRun = RunFacts & { readonly report: SheetProblem };
export type PreparedRun = CheckedRun | ProblemRun;

export const isChecked = (run: PreparedRun): run is CheckedRun => 'sheets' in run.report;

/**
 * Checks a workbook's grid as its user made it: the settings sheet read first, the product's sheets and
 * columns set aside, the saved settings overridden by what the run asks. `grid` holds the settings sheet
 * and the user's sheets; the product's own sheets may be listed unread.
 */
export function prepareRun(grid: WorkbookGrid, request: RunRequest, today: IsoDate): PreparedRun {
  const saved = readSaved(grid);
  const notes = saved.ok ? [] : [`The settings saved in the workbook could not be used (${saved.problem.message}), so they were ignored.`];
  const good = usable(saved);
  const base = good?.settings ?? makeSettings();
  const settings = runSettings(base, request, today);
  const owned = good?.owned ?? null;
  const placed = placeBlocks(grid, owned);
  const checked = checkWorkbook(withoutProductOutput(grid, owned, placed), settings, { sheet: request.sheet });
  const facts: RunFacts = {
    settings,
    usedSavedSettings: good !== null,
    ownedSummaries: owned?.sheets.map((s) => s.kind).filter(isSummaryKind) ?? [],
    notes,
    request,
    base,
    owned,
    placed,
    date1904: grid.date1904,
  };
  // the same object either way: each branch tells the compiler which report the run holds
  return checked.ok ? { report: checked.value, ...facts } : { report: checked.problem, ...facts };
}
