import { checkRows } from '../../../test/support/checkRows';
import type { CheckedSettings } from '../checkSheet';
import type { WorkbookReport } from '../checkWorkbook';
import { cellRef } from '../grid';
import { makeSettings } from '../settings';
import { planWrites, type WorkbookFacts } from './planWrites';
import { rowsToSettings } from './settingsRows';
import { writePlanSchema, type PlanCell, type ProductSheet } from './writePlan';

const HEADER = ['Ref', 'Theme', 'Action', 'Lead officer', 'Target date', 'Progress 01/06/10', 'Status 01/06/10', 'Progress 01/12/10', 'Status 01/12/10'];
const settings = makeSettings({ asAt: '2011-03-31' }) as CheckedSettings;
const sheet = checkRows(HEADER, [
  ['1.1', 'Access', 'Overdue', 'HB', '31/10/2010', 'a', 'G', 'b', 'G'],
  ['1.2', null, '=HYPERLINK("http://evil")', 'KD/RH', '31/01/2011', 'a', 'A', 'b', 'G'],
  ['1.3', 'Culture', '+44 1234 567890', 'KD', 'TBA', 'a', 'R', 'b', 'R'],
  ['1.4', null, 'Done', 'JP', 'Jan 11', 'a', 'G', '@risk register updated', 'Complete'],
], { asAt: '2011-03-31' });
const report: WorkbookReport = { asAt: '2011-03-31', sheets: [sheet], skipped: [] };
const facts: WorkbookFacts = { sheetNames: ['Plan'], userColumns: () => 9, date1904: false };

const at = (cells: readonly PlanCell[], ref: string) => cells.find((c) => cellRef(c.row, c.col) === ref);
const byKind = (sheets: readonly ProductSheet[], kind: string) => sheets.find((s) => s.kind === kind)!;

describe('planWrites', () => {
  const plan = planWrites(report, settings, settings, null, facts);

  it('is plain data that the schema accepts', () => {
    expect(writePlanSchema.parse(plan)).toEqual(plan);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('puts the computed columns one column right of everything the user has, under the tracker header', () => {
    const [cols] = plan.trackerColumns;
    expect(cols).toMatchObject({ sheet: 'Plan', first: 10, headerRow: 1, headers: ['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues'] });
    const c = cols!.cells;
    expect(at(c, 'K1')).toMatchObject({ value: 'Tracker Check, as at 31/03/2011', style: 'note' });
    expect(['K2', 'L2', 'M2', 'N2'].map((r) => at(c, r)?.value)).toEqual(['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues']);
    expect([at(c, 'K3'), at(c, 'L3'), at(c, 'M3')]).toEqual([
      { row: 2, col: 10, value: 40482, style: 'date' },
      { row: 2, col: 11, value: 'Red', style: 'rag-Red' },
      { row: 2, col: 12, value: 151, style: 'number' },
    ]);
    expect([at(c, 'K5')?.value, at(c, 'L5')?.value, at(c, 'M5')]).toEqual(['No date', 'No date', undefined]);
    // the row's issues in one line that fits the column, unwrapped; the whole message on the Issues sheet
    expect(at(c, 'N5')).toEqual({ row: 4, col: 13, value: 'No target date', style: 'text' });
    const issues = plan.sheets.find((s) => s.kind === 'issues')!.cells;
    expect(issues.filter((x) => x.style === 'link').map((x) => x.link)).toEqual(report.sheets[0]!.issues.flatMap((i) => (i.cell === null ? [] : [`'Plan'!${i.cell}`])));
    expect(issues.some((x) => typeof x.value === 'string' && x.value.startsWith('Target date "TBA" is not a date'))).toBe(true);
  });

  it('writes every cell a string fills as text: nothing from the tracker can become a formula', () => {
    const cells = [...plan.trackerColumns.flatMap((c) => c.cells), ...plan.sheets.flatMap((s) => s.cells)];
    const copied = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(copied.map((c) => c.value)).toEqual(expect.arrayContaining(['=HYPERLINK("http://evil")', '+44 1234 567890']));
    for (const c of copied) expect(c.formula).toBeUndefined();
  });

  it('counts the Summary with COUNTIFS over the Computed RAG column, cached with the engine counts', () => {
    const summary = byKind(plan.sheets, 'summary');
    const counts = summary.cells.filter((c) => c.formula?.startsWith('COUNTIFS'));
    expect(counts.map((c) => [c.formula, c.value])).toEqual([
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Red\")", 2],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Amber\")", 0],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Green\")", 0],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Complete\")", 1],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Ongoing\")", 0],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"No date\")", 1],
      ["COUNTIFS('Plan'!$L$3:$L$6,\"Closed\")", 0],
    ]);
    expect(summary.cells.find((c) => c.value === 'Total')).toBeDefined();
    expect(summary).toMatchObject({ name: 'Summary', freeze: { rows: 4, cols: 0 } });
    expect(summary.printArea).toMatch(/^A1:I\d+$/);
  });

  it('links each exception to its source cell', () => {
    const links = byKind(plan.sheets, 'exceptions').cells.filter((c) => c.link);
    expect(links.map((c) => [c.value, c.link])).toEqual([['A3', "'Plan'!A3"], ['A4', "'Plan'!A4"], ['A5', "'Plan'!A5"]]);
  });

  it('writes Movement for two reporting periods, and no CSE scoring without a compliance column', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Summary', 'Exceptions', 'Issues', 'By owner', 'Movement']);
  });

  it('saves the settings and what it owns in the settings rows', () => {
    const saved = rowsToSettings(plan.settingsRows);
    expect(saved).toEqual({ ok: true, value: { settings, owned: plan.owned } });
    expect(plan.owned).toEqual({
      sheets: ['summary', 'exceptions', 'issues', 'byOwner', 'movement'].map((kind, i) => ({ kind, name: plan.sheets[i]!.name, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) })),
      columns: [{ sheet: 'Plan', first: 10, headers: ['Target (read as)', 'Computed RAG', 'Days slipped', 'Issues'], headerRow: 1, widths: [14, 14, 10, 60], fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }],
    });
  });

  it('gives its sheet another name when the user has a sheet with that name, and says so', () => {
    const mine = planWrites(report, settings, settings, null, { ...facts, sheetNames: ['Plan', 'summary', 'Summary (Tracker Check)'] });
    expect(mine.sheets[0]!.name).toBe('Summary (Tracker Check 2)');
    expect(mine.notes).toEqual(['A sheet named "Summary" is yours, so Tracker Check\'s Summary sheet is named "Summary (Tracker Check 2)".']);
  });

  it('plans the same writes again on its own output: its sheets and columns keep their places', () => {
    const again = planWrites(report, settings, settings, plan.owned, { ...facts, sheetNames: ['Plan', ...plan.sheets.map((s) => s.name)], userColumns: () => 9 });
    expect(again).toEqual(plan);
    const renamed = planWrites(report, settings, settings, null, { ...facts, sheetNames: ['Plan', 'Summary'] });
    expect(planWrites(report, settings, settings, renamed.owned, { ...facts, sheetNames: ['Plan', 'Summary', ...renamed.sheets.map((s) => s.name)] })).toEqual(renamed);
  });

  it('writes only the summaries asked for', () => {
    expect(planWrites(report, settings, settings, null, facts, { summaries: ['exceptions'] }).sheets.map((s) => s.kind)).toEqual(['exceptions']);
  });

  // Excel's last column is XFD (0-based 16383); the four columns start one column right of the user's last
  it.each<[string, number, string | null]>([
    ['the user\'s last column is XEY: the columns end at XFD', 16379, 'XFA'],
    ['the user\'s last column is XEZ: no room', 16380, null],
    ['the user has a cell in XFD', 16384, null],
  ])('%s', (_, userColumns, first) => {
    const wide = planWrites(report, settings, settings, null, { ...facts, userColumns: () => userColumns });
    expect(wide.trackerColumns.map((c) => c.cells.find((cell) => cell.value === 'Target (read as)')).map((c) => c && cellRef(c.row, c.col))).toEqual(first ? [`${first}2`] : []);
    expect(wide.owned.columns.length).toBe(first ? 1 : 0);
    const summary = byKind(wide.sheets, 'summary');
    expect(summary.cells.some((c) => c.formula?.startsWith('COUNTIFS'))).toBe(first !== null);
    if (first) expect(wide.notes).toEqual([]);
    else expect(wide.notes).toEqual([`Sheet "Plan" reaches column ${userColumns === 16384 ? 'XFD' : 'XEZ'}, and a sheet ends at column XFD: there is no room right of it for Tracker Check's 4 columns, so none were added (clear the far-right columns to make room); its Summary figures are values, not formulas.`]);
  });
});

describe('planWrites: what the Summary says the RAG was judged from', () => {
  const summaryTexts = (rows: (string | null)[][]) => {
    const checked = checkRows(['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status'], rows, { asAt: '2011-03-31' });
    const planned = planWrites({ asAt: '2011-03-31', sheets: [checked], skipped: [] }, settings, settings, null, { sheetNames: ['Plan'], userColumns: () => 6, date1904: false });
    const cells = byKind(planned.sheets, 'summary').cells;
    return { cells, texts: cells.map((c) => c.value).filter((v): v is string => typeof v === 'string') };
  };
  const DATES_ALONE = 'RAG from the dates alone: no action has a status, and no progress text states an outcome.';

  it('says plainly that the RAG comes from the dates alone when no action has a status and no text states one', () => {
    const { texts } = summaryTexts([['1', 'Review', 'HB', 'Mar 11', 'Work under way', null], ['2', 'Publish', 'KD', 'Jan 11', null, null]]);
    expect(texts).toContain(DATES_ALONE);
  });

  it('counts the statuses read from the progress text, and says nothing of the dates alone when there are any', () => {
    const { cells, texts } = summaryTexts([['1', 'Review', 'HB', 'Mar 11', 'Completed.', null], ['2', 'Publish', 'KD', 'Jan 11', 'Carried forward into the 2011-14 plan', null], ['3', 'Train', 'KD', 'Jan 11', null, 'G']]);
    expect(texts).not.toContain(DATES_ALONE);
    const label = cells.find((c) => c.value === 'Statuses read from the progress text')!;
    expect(cells.find((c) => c.row === label.row && c.col === label.col + 1)?.value).toBe(2);
  });
});
