import { makeSheet } from '../../../test/support/makeSheet';
import type { WorkbookGrid } from '../grid';
import { settingsToRows } from '../plan/settingsRows';
import { SETTINGS_SHEET, type Ownership } from '../plan/writePlan';
import { makeSettings } from '../settings';
import { isSettingsSheet, ownedSheetNames, readSaved } from './savedSettings';

const owned: Ownership = { sheets: [{ kind: 'summary', name: 'Summary' }, { kind: 'byOwner', name: 'By Owner' }], columns: [] };
const settings = makeSettings({ ruleSet: 'months-behind' });
const grid = (...sheets: WorkbookGrid['sheets']): WorkbookGrid => ({ sheets, date1904: false });
const settingsSheet = (rows: string[][], name = SETTINGS_SHEET) => makeSheet(rows, { name, state: 'veryHidden' });

describe('readSaved', () => {
  it.each([
    ['no settings sheet', grid(makeSheet([['Ref']], { name: 'Plan' })), { ok: true, value: null }],
    ['a settings sheet', grid(settingsSheet(settingsToRows(settings, owned))), { ok: true, value: { settings, owned } }],
    ['a settings sheet named in other case', grid(settingsSheet(settingsToRows(settings, owned), SETTINGS_SHEET.toUpperCase())), { ok: true, value: { settings, owned } }],
    ['another program\'s sheet of that name', grid(settingsSheet([['colour', 'blue']])), { ok: false, problem: { code: 'settings-unusable', message: 'it is not a Tracker Check settings sheet', where: SETTINGS_SHEET } }],
  ])('reads %s', (_, workbook, expected) => {
    expect(readSaved(workbook)).toEqual(expected);
  });
});

describe('the product\'s sheets', () => {
  it.each([
    [SETTINGS_SHEET, true],
    ['trackercheck_settings', true],
    ['Settings', false],
  ])('"%s" is the settings sheet: %s', (name, expected) => {
    expect(isSettingsSheet(name)).toBe(expected);
  });

  it('names the sheets the product owns, in lower case, and none without a list', () => {
    expect(ownedSheetNames(owned)).toEqual(new Set(['summary', 'by owner']));
    expect(ownedSheetNames(null)).toEqual(new Set());
  });
});
