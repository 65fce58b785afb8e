import { emptyRagCounts } from '../rag/ragCounts';
import { Rollup } from './rollup';
import type { RollupException, RollupFile, RollupSheet } from './rollupFile';

const counts = (given: Partial<ReturnType<typeof emptyRagCounts>>) => ({ ...emptyRagCounts(), ...given });

function exception(cell: string, group: RollupException['group'], slippageDays: number | null = null): RollupException {
  const computed = group === 'red' ? 'Red' : group === 'no-date' ? 'No date' : group === 'amber' ? 'Amber' : 'Green';
  return { cell, ref: null, action: `Action at ${cell}`, owner: null, target: null, computed, slippageDays, group, reasons: [group === 'amber' ? 'due-soon' : group] };
}

function sheet(name: string, given: Partial<RollupSheet>): RollupSheet {
  return { sheet: name, actions: 0, counts: emptyRagCounts(), errors: 0, warnings: 0, amberDays: 30, exceptions: [], owners: [], noOwner: { actions: 0, counts: emptyRagCounts() }, ...given };
}

const a: RollupFile = {
  file: 'returns/housing.xlsx',
  asAt: '2011-03-31',
  sheets: [sheet('Plan', {
    actions: 3, counts: counts({ Red: 2, Amber: 1 }), errors: 1,
    exceptions: [exception('A5', 'red', 10), exception('A6', 'red', 3), exception('A7', 'amber')],
    owners: [{ owner: 'HB', actions: 2, counts: counts({ Red: 2 }) }, { owner: 'Head of Finance', actions: 1, counts: counts({ Amber: 1 }) }],
  })],
};
const b: RollupFile = {
  file: 'returns/finance.xlsx',
  asAt: '2011-03-31',
  sheets: [
    sheet('2010-11', { actions: 2, counts: counts({ Red: 1, 'No date': 1 }), exceptions: [exception('B4', 'no-date'), exception('B9', 'red', 5)], owners: [{ owner: 'H.B.', actions: 1, counts: counts({ Red: 1 }) }], noOwner: { actions: 1, counts: counts({ 'No date': 1 }) } }),
    sheet('2011-12', { actions: 1, counts: counts({ Green: 1 }), owners: [{ owner: 'H.B.', actions: 1, counts: counts({ Green: 1 }) }] }),
  ],
};
const unread: RollupFile = { file: 'returns/old.xls', problem: 'an Excel 97-2003 workbook' };

describe('Rollup', () => {
  // the parts arrive in the order the checks finish, not the order the files were given
  const rollup = new Rollup();
  rollup.add(2, unread);
  rollup.add(1, b);
  rollup.add(0, a);
  const model = rollup.model();

  it('lists each tracker sheet in the order the files were given, with its figures', () => {
    expect(model.portfolio.map((r) => [r.file, r.sheet, r.actions, r.errors])).toEqual([
      ['returns/housing.xlsx', 'Plan', 3, 1],
      ['returns/finance.xlsx', '2010-11', 2, 0],
      ['returns/finance.xlsx', '2011-12', 1, 0],
    ]);
    expect(model.unreadable).toEqual([{ file: 'returns/old.xls', problem: 'an Excel 97-2003 workbook' }]);
  });

  it('puts the exceptions most urgent first across the files: Red by days slipped, then no date, then Amber', () => {
    expect(model.exceptions.map((e) => `${e.file}!${e.cell}`)).toEqual([
      'returns/housing.xlsx!A5', // Red, 10 days
      'returns/finance.xlsx!B9', // Red, 5 days
      'returns/housing.xlsx!A6', // Red, 3 days
      'returns/finance.xlsx!B4', // No date
      'returns/housing.xlsx!A7', // Amber
    ]);
  });

  it('counts an owner written two ways in two files as one, shown as most actions write them, with the files naming them', () => {
    expect(model.owners.map((o) => [o.owner, o.trackers, o.actions, o.counts.Red, o.counts.Green])).toEqual([
      ['HB', 2, 4, 3, 1],
      ['Head of Finance', 1, 1, 0, 0],
    ]);
    expect([model.noOwner.trackers, model.noOwner.actions, model.noOwner.counts['No date']]).toEqual([1, 1, 1]);
  });

  it('gives the amber window the files share, and none when they differ', () => {
    expect(model.amberDays).toBe(30);
    const mixed = new Rollup();
    mixed.add(0, a);
    mixed.add(1, { ...b, sheets: b.sheets.map((s) => ({ ...s, amberDays: 14 })) });
    expect(mixed.model().amberDays).toBeNull();
  });
});
