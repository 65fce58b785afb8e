import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import { reportOf } from '../../../test/support/reportOf';
import type { CheckedSettings } from '../checkSheet';
import { checkWorkbook, type WorkbookReport } from '../checkWorkbook';
import { makeSettings } from '../settings';
import { compareWorkbooks } from './compareWorkbooks';
import { comparisonSchema } from './comparison';

const tracker = (name: string, action = 'Appoint an assessment body'): ReturnType<typeof makeSheet> =>
  makeSheet([['Ref', 'Action', 'Lead officer', 'Target date'], ['1', action, 'HB', 'Mar 12']] as TestCell[][], { name });
const notes = (name: string) => makeSheet([['Key'], ['G = on track']], { name });

const workbook = (sheets: ReturnType<typeof makeSheet>[], asAt: string): WorkbookReport =>
  reportOf(checkWorkbook({ date1904: false, sheets }, makeSettings({ asAt }) as CheckedSettings));

const pairing = (oldSheets: ReturnType<typeof makeSheet>[], newSheets: ReturnType<typeof makeSheet>[]) => {
  const c = comparisonSchema.parse(compareWorkbooks({ file: 'Q2.xlsx', report: workbook(oldSheets, '2010-09-30') }, { file: 'Q3.xlsx', report: workbook(newSheets, '2010-12-31') }));
  return { sheets: c.sheets.map((s) => [s.oldSheet, s.newSheet]), unpaired: c.unpaired };
};

describe('compareWorkbooks: which sheet is compared with which, one case per row', () => {
  it.each<[string, ReturnType<typeof makeSheet>[], ReturnType<typeof makeSheet>[], ReturnType<typeof pairing>]>([
    ['the same names', [tracker('Housing'), tracker('Finance')], [tracker('Housing'), tracker('Finance')], { sheets: [['Housing', 'Housing'], ['Finance', 'Finance']], unpaired: { old: [], new: [] } }],
    ["in NEW's order", [tracker('Housing'), tracker('Finance')], [tracker('Finance'), tracker('Housing')], { sheets: [['Finance', 'Finance'], ['Housing', 'Housing']], unpaired: { old: [], new: [] } }],
    ['one tab renamed', [tracker('Plan Q2')], [tracker('Plan Q3')], { sheets: [['Plan Q2', 'Plan Q3']], unpaired: { old: [], new: [] } }],
    ['one renamed beside one kept', [tracker('Housing'), tracker('Finance 2010')], [tracker('Housing'), tracker('Finance 2011')], { sheets: [['Housing', 'Housing'], ['Finance 2010', 'Finance 2011']], unpaired: { old: [], new: [] } }],
    ['two renamed: no telling which is which', [tracker('A'), tracker('B')], [tracker('C'), tracker('D')], { sheets: [], unpaired: { old: ['A', 'B'], new: ['C', 'D'] } }],
    ['a tracker added', [tracker('Housing')], [tracker('Housing'), tracker('Finance')], { sheets: [['Housing', 'Housing']], unpaired: { old: [], new: ['Finance'] } }],
    ['a tracker dropped', [tracker('Housing'), tracker('Finance')], [tracker('Housing')], { sheets: [['Housing', 'Housing']], unpaired: { old: ['Finance'], new: [] } }],
    ['a sheet that holds no tracker is not compared', [tracker('Plan'), notes('Key')], [tracker('Plan'), notes('Notes')], { sheets: [['Plan', 'Plan']], unpaired: { old: [], new: [] } }],
  ])('%s', (_what, oldSheets, newSheets, expected) => {
    expect(pairing(oldSheets, newSheets)).toEqual(expected);
  });
});

describe('compareWorkbooks', () => {
  it('names each file with the date it was checked at', () => {
    const c = compareWorkbooks({ file: 'Q2.xlsx', report: workbook([tracker('Plan')], '2010-09-30') }, { file: 'Q3.xlsx', report: workbook([tracker('Plan')], '2010-12-31') });
    expect([c.old, c.new]).toEqual([{ file: 'Q2.xlsx', asAt: '2010-09-30' }, { file: 'Q3.xlsx', asAt: '2010-12-31' }]);
  });

  it('lists progress not updated only when the new return is as at a later date', () => {
    const withProgress = () => makeSheet([['Ref', 'Action', 'Lead officer', 'Target date', 'Progress'], ['1', 'Appoint an assessment body', 'HB', 'Mar 12', 'Tender out.']], { name: 'Plan' });
    const progressKept = (oldAsAt: string, newAsAt: string): number[] =>
      compareWorkbooks({ file: 'a.xlsx', report: workbook([withProgress()], oldAsAt) }, { file: 'b.xlsx', report: workbook([withProgress()], newAsAt) }).sheets[0]!.progressNotUpdated.map((p) => p.newRow);
    expect([progressKept('2010-09-30', '2010-12-31'), progressKept('2010-12-31', '2010-12-31'), progressKept('2010-12-31', '2010-09-30')]).toEqual([[2], [], []]);
  });

  it('compares a workbook with itself and finds every action in both, sure of each', () => {
    const report = workbook([tracker('Housing'), tracker('Finance', 'Agree the budget')], '2010-12-31');
    const c = comparisonSchema.parse(compareWorkbooks({ file: 'a.xlsx', report }, { file: 'a.xlsx', report }));
    expect(c.sheets.map((s) => s.counts)).toEqual([0, 1].map(() => ({ matched: 1, unsure: 0, added: 0, removed: 0, targetMoved: 0, quietMoves: 0, statusMoved: 0, completed: 0, ownerChanged: 0, progressNotUpdated: 0 })));
    expect(c.sheets.flatMap((s) => s.matched)).toEqual([0, 1].map(() => ({ oldRow: 2, newRow: 2, confidence: 1, unsure: false, by: 'ref+text' })));
  });
});
