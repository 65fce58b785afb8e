import { makeSheet } from '../../test/support/makeSheet';
import type { CheckedSettings } from './checkSheet';
import { checkWorkbook } from './checkWorkbook';
import { makeSettings } from './settings';
import { reportOf } from '../../test/support/reportOf';

const settings = makeSettings({ asAt: '2011-03-31' }) as CheckedSettings;
const plan = (name: string, state: 'visible' | 'hidden' | 'veryHidden' = 'visible') =>
  makeSheet([['Ref', 'Action', 'Lead officer', 'Target date'], ['1', 'Do it', 'HB', 'Mar 12']], { name, state });

describe('checkWorkbook', () => {
  const workbook = {
    date1904: false,
    sheets: [plan('2010-11'), makeSheet([['Key'], ['G = on track']], { name: 'Key' }), plan('2009-10 (old)', 'hidden'), plan('Settings', 'veryHidden'), makeSheet([], { name: 'Chart1' })],
  };

  it('checks every visible sheet that holds a tracker and names the others, with the reason', () => {
    const r = reportOf(checkWorkbook(workbook, settings));
    expect(r.asAt).toBe('2011-03-31');
    expect(r.sheets.map((s) => s.name)).toEqual(['2010-11']);
    expect(r.skipped).toEqual([
      { name: 'Key', reason: expect.stringContaining('no header row') },
      { name: '2009-10 (old)', reason: 'hidden sheet (name it with --sheet to check it)' },
      { name: 'Settings', reason: 'very hidden sheet' },
      { name: 'Chart1', reason: 'the sheet is empty' },
    ]);
  });

  it('checks a hidden sheet when it is named', () => {
    const r = checkWorkbook(workbook, settings, { sheet: '2009-10 (old)' });
    expect(r.ok ? r.value.sheets.map((s) => s.name) : r.problem.message).toEqual(['2009-10 (old)']);
  });

  it.each([
    ['Summary', 'no-such-sheet', 'there is no sheet named "Summary" (sheets: "2010-11", "Key", "2009-10 (old)", "Settings", "Chart1")'],
    ['Key', 'not-a-tracker', 'sheet "Key" is not a tracker: no header row'],
  ])('says why a named sheet "%s" cannot be checked', (sheet, code, message) => {
    const r = checkWorkbook(workbook, settings, { sheet });
    expect(r).toEqual({ ok: false, problem: { code, message: expect.stringContaining(message), where: sheet } });
  });

  it('uses a mapping saved in the settings instead of detecting one', () => {
    const saved = reportOf(checkWorkbook(workbook, settings));
    const { owner: _owner, ...columns } = saved.sheets[0]!.mapping.columns;
    const mapping = { ...saved.sheets[0]!.mapping, columns };
    const r = reportOf(checkWorkbook(workbook, makeSettings({ asAt: '2011-03-31', mappings: [mapping] }) as CheckedSettings));
    expect(r.sheets[0]!.mapping.columns.owner).toBeUndefined();
    expect(r.sheets[0]!.issues.map((i) => i.code)).toEqual(['unmapped-required-column']);
  });
});
