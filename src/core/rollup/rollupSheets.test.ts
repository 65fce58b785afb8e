import { emptyRagCounts } from '../rag/ragCounts';
import type { PlanCell, ProductSheet } from '../plan/writePlan';
import { Rollup } from './rollup';
import type { RollupFile } from './rollupFile';
import { rollupSheets } from './rollupSheets';

const counts = (given: Partial<ReturnType<typeof emptyRagCounts>>) => ({ ...emptyRagCounts(), ...given });

const housing: RollupFile = {
  file: 'returns/housing.xlsx',
  asAt: '2011-03-31',
  sheets: [{
    sheet: "Housing '10-11", actions: 4, counts: counts({ Red: 1, Amber: 1, Green: 2 }), errors: 0, warnings: 2, amberDays: 30,
    exceptions: [
      { cell: 'A5', ref: '1.1', action: 'Review allocations', owner: 'HB', target: 'Dec 10', computed: 'Red', slippageDays: 90, group: 'red', reasons: ['red'] },
      { cell: 'A9', ref: '1.4', action: 'Publish the lettings policy', owner: 'KD', target: 'Apr 11', computed: 'Amber', slippageDays: null, group: 'amber', reasons: ['due-soon'] },
    ],
    owners: [{ owner: 'HB', actions: 3, counts: counts({ Red: 1, Green: 2 }) }, { owner: 'KD', actions: 1, counts: counts({ Amber: 1 }) }],
    noOwner: { actions: 0, counts: emptyRagCounts() },
  }],
};
const finance: RollupFile = {
  file: 'returns/finance.xlsx',
  asAt: '2011-03-31',
  sheets: [{
    sheet: 'Plan', actions: 2, counts: counts({ 'No date': 1, Complete: 1 }), errors: 1, warnings: 0, amberDays: 30,
    exceptions: [{ cell: 'B7', ref: null, action: 'Set the budget', owner: null, target: 'TBA', computed: 'No date', slippageDays: null, group: 'no-date', reasons: ['no-date'] }],
    owners: [],
    noOwner: { actions: 2, counts: counts({ 'No date': 1, Complete: 1 }) },
  }],
};

function sheetsOf(...parts: RollupFile[]): ProductSheet[] {
  const rollup = new Rollup();
  parts.forEach((p, i) => rollup.add(i, p));
  // finance.xlsx has no link: the program could not reach it
  return rollupSheets(rollup.model(), { linkTo: (file) => (file === 'returns/finance.xlsx' ? null : `../${file}`) });
}

/** the sheet's rows as the values it shows, with =formula beside a cached value */
const rows = (sheet: ProductSheet): string[] => {
  const byRow = new Map<number, PlanCell[]>();
  for (const c of sheet.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([r, cells]) => `${r + 1}: ${cells.map((c) => `${String(c.value)}${c.formula ? ` =${c.formula}` : ''}`).join(' | ')}`);
};

describe('rollupSheets', () => {
  const [portfolio, exceptions, byOwner] = sheetsOf(housing, finance);

  it('are Portfolio, Exceptions and By owner, each fitted to print', () => {
    expect([portfolio, exceptions, byOwner].map((s) => [s!.name, s!.landscape, s!.freeze.rows])).toEqual([['Portfolio', true, 4], ['Exceptions', true, 4], ['By owner', true, 4]]);
  });

  it('give the Portfolio a row per tracker sheet, totals as formulas with their values, and the key the chart is drawn from', () => {
    expect(rows(portfolio!).slice(0, 7)).toEqual([
      '1: Portfolio of trackers',
      '2: As at 31/03/2011 · 2 tracker sheets in 2 files · a tracker passes when it has no errors',
      '4: File | Sheet | As at | Passes | Actions | Red | Amber | Green | Complete | Ongoing | No date | Closed | Errors | Warnings',
      "5: returns/housing.xlsx | Housing '10-11 | 31/03/2011 | Yes =IF(M5=0,\"Yes\",\"No\") | 4 | 1 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 2",
      '6: returns/finance.xlsx | Plan | 31/03/2011 | No =IF(M6=0,"Yes","No") | 2 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 1 | 0',
      '7: Total | 1 of 2 =COUNTIF(D5:D6,"Yes")&" of "&ROWS(D5:D6) | 6 =SUM(E5:E6) | 1 =SUM(F5:F6) | 1 =SUM(G5:G6) | 2 =SUM(H5:H6) | 1 =SUM(I5:I6) | 0 =SUM(J5:J6) | 1 =SUM(K5:K6) | 0 =SUM(L5:L6) | 1 =SUM(M5:M6) | 2 =SUM(N5:N6)',
      '9: All trackers by computed RAG',
    ]);
    expect(rows(portfolio!).slice(8, 10)).toEqual(['11: Red | 1 =F7 | 0.16666666666666666 =IF(B18=0,0,B11/B18)', '12: Amber | 1 =G7 | 0.16666666666666666 =IF(B18=0,0,B12/B18)']);
    expect(portfolio!.charts).toEqual([expect.objectContaining({ categories: 'A11:A17', values: 'B11:B17', anchor: 'D10:N25' })]);
  });

  it('list the exceptions most urgent first, each linked to its cell in its file where the file can be reached', () => {
    expect(rows(exceptions!).slice(3)).toEqual([
      '5: Red: overdue, most days slipped first (1)',
      "6: returns/housing.xlsx | Housing '10-11 | A5 | 1.1 | Review allocations | HB | Dec 10 | 90 | Red | Overdue",
      '7: No target date (1)',
      '8: returns/finance.xlsx | Plan | B7 | Set the budget | TBA | No date | No target date',
      '9: Amber: due within 30 days, or the target moved later (1)',
      "10: returns/housing.xlsx | Housing '10-11 | A9 | 1.4 | Publish the lettings policy | KD | Apr 11 | Amber | Due soon",
    ]);
    expect(exceptions!.cells.filter((c) => c.link !== undefined).map((c) => [c.value, c.link, c.linkFile])).toEqual([
      ['A5', "'Housing ''10-11'!A5", '../returns/housing.xlsx'],
      ['A9', "'Housing ''10-11'!A9", '../returns/housing.xlsx'],
    ]);
  });

  it('count each owner across the files, and the actions with none', () => {
    expect(rows(byOwner!).slice(2)).toEqual([
      '4: Owner | Files | Red | Amber | Green | Complete | Ongoing | No date | Closed | Actions',
      '5: HB | 1 | 1 | 0 | 2 | 0 | 0 | 0 | 0 | 3',
      '6: KD | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      '7: (no owner) | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 2',
    ]);
  });

  it('say so when no tracker was read, with no formula over an empty range', () => {
    const [p, e, o] = sheetsOf({ file: 'notes.xlsx', problem: 'this is a text file (CSV or HTML), not an Excel workbook' });
    expect(rows(p!).slice(1, 4)).toEqual(['2: No tracker was read · 1 file could not be checked (listed below)', '4: File | Sheet | As at | Passes | Actions | Red | Amber | Green | Complete | Ongoing | No date | Closed | Errors | Warnings', '5: Total | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0']);
    expect(rows(p!).slice(-3)).toEqual(['25: Files that could not be checked (1)', '26: File | Why', '27: notes.xlsx | this is a text file (CSV or HTML), not an Excel workbook']);
    expect(rows(e!).slice(-1)).toEqual(['5: No tracker was read.']);
    expect(rows(o!).slice(-1)).toEqual(['5: No tracker was read.']);
  });
});
