/**
 * A run through src/core/run as a host drives it: prepare a grid, plan the writes, write them (here into
 * the grid, as a host reading the workbook back would see them), and run again.
 */

import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import type { Cell, Sheet, WorkbookGrid } from '../grid';
import type { WorkbookFacts } from '../plan/planWrites';
import { rowsToSettings } from '../plan/settingsRows';
import { SETTINGS_SHEET, type PlanCell, type WritePlan } from '../plan/writePlan';
import { editedOutput, fingerprintedSheets } from './editedOutput';
import { planRun, settingsOnlyRows } from './planRun';
import { isChecked, prepareRun, type CheckedRun, type PreparedRun } from './prepareRun';
import { withoutProductOutput } from './withoutProductOutput';
import type { RunRequest } from './workbookHost';

const TODAY = '2011-03-31';
const HEADER: TestCell[] = ['Ref', 'Theme', 'Action', 'Lead officer', 'Target date', 'Progress 01/12/10', 'Status 01/12/10'];
const tracker = (name: string): Sheet => makeSheet([
  ['Improvement plan'],
  HEADER,
  ['1.1', 'Access', 'Overdue', 'HB', '31/10/2010', 'a', 'G'],
  ['1.2', null, 'Soon', 'KD/RH', '30/04/2011', 'b', 'G'],
  ['1.3', 'Culture', 'Undated', 'KD', 'TBA', 'c', 'R'],
], { name });
const fresh: WorkbookGrid = { date1904: false, sheets: [tracker('Plan'), makeSheet([['Notes for officers']], { name: 'Notes' }), tracker('Plan 2')] };

function cellOf(c: PlanCell): Cell | undefined {
  if (c.value === null) return undefined;
  if (typeof c.value === 'string') return { type: 'text', value: c.value };
  return typeof c.value === 'number' ? { type: 'number', value: c.value } : { type: 'boolean', value: c.value };
}

function withCells(sheet: Sheet, cells: readonly PlanCell[]): Sheet {
  const rows = sheet.rows.map((r) => (r ? [...r] : undefined));
  for (const c of cells) (rows[c.row] ??= [])[c.col] = cellOf(c);
  const colCount = Math.max(sheet.colCount, ...cells.map((c) => c.col + 1));
  return { ...sheet, rows, rowCount: Math.max(sheet.rowCount, rows.length), colCount };
}

const emptySheet = (name: string, state: Sheet['state']): Sheet => ({ name, state, rows: [], merges: [], rowCount: 0, colCount: 0 });

/** What a host reads back once it has applied the plan to the user's grid. */
function written(grid: WorkbookGrid, plan: WritePlan): WorkbookGrid {
  const sheets = grid.sheets.map((s) => withCells(s, plan.trackerColumns.filter((c) => c.sheet === s.name).flatMap((c) => c.cells)));
  for (const s of plan.sheets) sheets.push(withCells(emptySheet(s.name, 'visible'), s.cells));
  const settings = plan.settingsRows.flatMap(([key, value], row) => [{ row, col: 0, value: key }, { row, col: 1, value }]);
  sheets.push(withCells(emptySheet(SETTINGS_SHEET, 'veryHidden'), settings));
  return { ...grid, sheets };
}

/** What the host knows of the workbook once the product's previous output is out of it. */
function factsOf(grid: WorkbookGrid, run: PreparedRun): WorkbookFacts {
  const user = withoutProductOutput(grid, run.owned, run.placed);
  return { sheetNames: user.sheets.map((s) => s.name), userColumns: (name) => user.sheets.find((s) => s.name === name)?.colCount ?? 0, date1904: grid.date1904 };
}

function checked(grid: WorkbookGrid, request: RunRequest = {}): CheckedRun {
  const run = prepareRun(grid, request, TODAY);
  if (!isChecked(run)) throw new Error(run.report.message);
  return run;
}

const productSheets = (grid: WorkbookGrid, run: PreparedRun): Sheet[] => grid.sheets.filter((s) => fingerprintedSheets(run.owned).has(s.name));
const savedOf = (plan: WritePlan) => {
  const saved = rowsToSettings(plan.settingsRows);
  if (!saved.ok) throw new Error(saved.problem.message);
  return saved.value;
};

describe('a first run', () => {
  const run = checked(fresh);
  const plan = planRun(run, factsOf(fresh, run), { save: false });

  it('checks every tracker as at today, with the default settings', () => {
    expect(run.report.sheets.map((s) => s.name)).toEqual(['Plan', 'Plan 2']);
    expect(run).toMatchObject({ usedSavedSettings: false, ownedSummaries: [], notes: [], owned: null, placed: [], settings: { asAt: TODAY, ruleSet: 'dates' } });
  });

  it('plans the product\'s columns right of each tracker, its sheets, and the settings with what it owns', () => {
    expect(plan.trackerColumns.map((c) => [c.sheet, c.first])).toEqual([['Plan', 8], ['Plan 2', 8]]);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Summary', 'Exceptions', 'Issues', 'By owner']);
    expect(plan.notes).toEqual([]);
    const saved = savedOf(plan);
    expect(saved.settings).toEqual(run.base);
    expect(saved.owned).toEqual(plan.owned);
  });

  it('writes only the summaries asked for', () => {
    expect(planRun(run, factsOf(fresh, run), { save: false, summaries: ['byOwner'] }).sheets.map((s) => s.kind)).toEqual(['byOwner']);
  });

  it('is a problem, not a run to plan, when the sheet asked for is not there', () => {
    expect(isChecked(prepareRun(fresh, { sheet: 'Nope' }, TODAY))).toBe(false);
  });
});

describe('a run over what the first one wrote', () => {
  const first = checked(fresh);
  const plan = planRun(first, factsOf(fresh, first), { save: false });
  const grid = written(fresh, plan);
  const run = checked(grid);

  it('checks what the user made: the product\'s columns and sheets set aside', () => {
    expect(run).toMatchObject({ usedSavedSettings: true, ownedSummaries: ['summary', 'exceptions', 'issues', 'byOwner'], notes: [] });
    expect(run.placed.map((p) => [p.block.sheet, p.first])).toEqual([['Plan', 8], ['Plan 2', 8]]);
    expect(run.report.skipped).toEqual(first.report.skipped);
    expect(run.report.sheets.map((s) => [s.name, s.counts, s.issues])).toEqual(first.report.sheets.map((s) => [s.name, s.counts, s.issues]));
  });

  it('finds nothing of the product\'s changed, and plans the same writes', () => {
    expect(editedOutput(grid, run.owned, run.placed, productSheets(grid, run))).toEqual([]);
    expect(planRun(run, factsOf(grid, run), { save: false })).toEqual(plan);
  });

  it('finds where someone has typed into the product\'s columns or sheets', () => {
    const [plan1] = grid.sheets;
    const typed = withCells(plan1!, [{ row: 3, col: 9, value: 'Amber, says the officer' }]);
    const summary = grid.sheets.find((s) => s.name === 'Summary')!;
    const annotated = withCells(summary, [{ row: 40, col: 0, value: 'Reviewed by the board' }]);
    const edited = { ...grid, sheets: grid.sheets.map((s) => (s === plan1 ? typed : s === summary ? annotated : s)) };
    expect(editedOutput(edited, run.owned, run.placed, productSheets(edited, run))).toEqual(['"Summary"', 'the columns on "Plan"']);
  });

  it('takes out the columns on a sheet it no longer checks, and says so', () => {
    const one = checked(grid, { sheet: 'Plan 2' });
    const again = planRun(one, factsOf(grid, one), { save: false });
    expect(again.trackerColumns.map((c) => c.sheet)).toEqual(['Plan 2']);
    expect(again.notes).toEqual(['Tracker Check\'s columns on sheet "Plan" were taken out: that sheet was not checked this time (only "Plan 2" was).']);
  });

  it('saves only the settings, keeping what the product owns', () => {
    const saving = checked(grid, { ruleSet: 'months-behind' });
    const saved = rowsToSettings(settingsOnlyRows(saving));
    expect(saved).toMatchObject({ ok: true, value: { owned: plan.owned, settings: { ruleSet: 'months-behind', mappings: saving.report.sheets.map((s) => s.mapping) } } });
  });
});

describe('the settings a run stores', () => {
  const base = checked(fresh);
  const mapping = (() => {
    const { owner: _owner, ...columns } = base.report.sheets[0]!.mapping.columns;
    return { ...base.report.sheets[0]!.mapping, columns, rowKinds: [{ row: 5, kind: 'note' as const }] };
  })();

  it('checks a sheet with the mapping the user confirmed, and stores it with the settings though nothing else is saved', () => {
    const run = checked(fresh, { mappings: [mapping], ruleSet: 'months-behind' });
    expect(run.report.sheets[0]!.issues.map((i) => i.code)).toContain('unmapped-required-column');
    expect(run.report.sheets[0]!.records.length).toBe(2);
    const saved = savedOf(planRun(run, factsOf(fresh, run), { save: false }));
    expect(saved.settings).toEqual({ ...base.base, mappings: [mapping] });
  });

  it.each([
    ['the run\'s rule set and every sheet\'s mapping, and no as-at date unless one was asked for', {}, undefined],
    ['the as-at date asked for', { asAt: '2010-09-30' }, '2010-09-30'],
  ])('saves %s', (_, request: RunRequest, asAt) => {
    const run = checked(fresh, { ...request, ruleSet: 'expected-progress' });
    const saved = savedOf(planRun(run, factsOf(fresh, run), { save: true }));
    expect(saved.settings).toMatchObject({ ruleSet: 'expected-progress', mappings: run.report.sheets.map((s) => s.mapping) });
    expect(saved.settings.asAt).toBe(asAt);
  });

  it('says when the saved settings cannot be used, and goes on without them', () => {
    const damaged = { ...fresh, sheets: [...fresh.sheets, makeSheet([['format', 'tracker-check-settings'], ['version', '99']], { name: SETTINGS_SHEET, state: 'veryHidden' })] };
    const run = checked(damaged);
    expect(run.notes).toEqual(['The settings saved in the workbook could not be used (it is version 99, and this version of Tracker Check reads version 1), so they were ignored.']);
    expect(run).toMatchObject({ usedSavedSettings: false, owned: null });
    expect(run.report.sheets.map((s) => s.name)).toEqual(['Plan', 'Plan 2']);
  });
});
