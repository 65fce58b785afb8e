/**
 * The two reads a run makes of a workbook's bytes: the user's grid, which lists the product's own sheets
 * (named in the saved settings) without parsing them, and the product's fingerprinted sheets, parsed
 * apart. "Not parsed" is shown by giving those sheets XML that would be refused if it were read.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage, escapeXml, type SheetSpec } from '../../../test/fixtures/xlsx-reader/packages';
import { cellText, type Sheet, type WorkbookGrid } from '../../core/grid';
import { sheetTextFingerprint } from '../../core/plan/blockFingerprint';
import { settingsToRows, type SettingsRow } from '../../core/plan/settingsRows';
import { SETTINGS_SHEET, type Ownership } from '../../core/plan/writePlan';
import { readSaved } from '../../core/run/savedSettings';
import { makeSettings } from '../../core/settings';
import { processWorkbook } from './processWorkbook';
import { WorkbookReadError, readXlsx } from './readXlsx';
import { readProductSheets, readUserGrid } from './userGrid';

const text = (ref: string, s: string): string => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(s)}</t></is></c>`;

const rowsXml = (rows: ReadonlyArray<readonly string[]>): string =>
  rows.map((cells, r) => `<row r="${r + 1}">${cells.map((s, c) => text(`${String.fromCharCode(65 + c)}${r + 1}`, s)).join('')}</row>`).join('');

/** a sheet the reader refuses if it ever parses it */
const damaged = (name: string): SheetSpec => ({ name, sheetData: '<row r="1"><c r="A1"><v>1</v></row>' });
const filled = (name: string, first: string): SheetSpec => ({ name, sheetData: rowsXml([[first, 'x'], ['y', 'z']]) });
const settingsSheet = (rows: readonly SettingsRow[], name = SETTINGS_SHEET): SheetSpec => ({ name, state: 'veryHidden', sheetData: rowsXml(rows) });

const FINGERPRINT = '0123456789abcdef';
const OWNED: Ownership = {
  sheets: [
    { kind: 'summary', name: 'Summary', fingerprint: FINGERPRINT },
    { kind: 'exceptions', name: 'Exceptions' },
  ],
  columns: [],
};
const savedRows = (owned: Ownership = OWNED): SettingsRow[] => settingsToRows(makeSettings({ asAt: '2011-03-31' }), owned);

const names = (g: WorkbookGrid | readonly Sheet[]): string[] => ('sheets' in g ? g.sheets : g).map((s) => s.name);
const byName = (g: WorkbookGrid | readonly Sheet[], name: string): Sheet => ('sheets' in g ? g.sheets : g).find((s) => s.name === name)!;
const unread = (s: Sheet): boolean => s.rows.length === 0 && s.rowCount === 0 && s.colCount === 0 && s.merges.length === 0;

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.code;
    throw e;
  }
  throw new Error('expected a WorkbookReadError');
}

describe('readUserGrid', () => {
  test('a workbook without a settings sheet is read whole, as readXlsx reads it', () => {
    const bytes = buildPackage({ sheets: [filled('Tracker', 'Ref'), filled('Summary', 'mine'), { name: 'Hidden', state: 'hidden', sheetData: rowsXml([['h']]) }] });
    const grid = readUserGrid(bytes);
    expect(grid).toEqual(readXlsx(bytes));
    expect(grid.sheets.every((s) => s.rowCount > 0)).toBe(true);
    // and so every sheet is parsed: a damaged one is refused
    expect(codeOf(() => readUserGrid(buildPackage({ sheets: [filled('Tracker', 'Ref'), damaged('Summary')] })))).toBe('bad-xml');
  });

  test('the sheets the saved settings own are listed in place but not parsed; the others, settings included, are read', () => {
    const bytes = buildPackage({
      sheets: [filled('Tracker', 'Ref'), damaged('Summary'), { ...damaged('Exceptions'), state: 'hidden' }, filled('Notes', 'n'), settingsSheet(savedRows())],
    });
    const grid = readUserGrid(bytes);
    expect(names(grid)).toEqual(['Tracker', 'Summary', 'Exceptions', 'Notes', SETTINGS_SHEET]);
    expect(grid.sheets.map((s) => s.state)).toEqual(['visible', 'visible', 'hidden', 'visible', 'veryHidden']);
    expect(unread(byName(grid, 'Summary'))).toBe(true);
    expect(unread(byName(grid, 'Exceptions'))).toBe(true);
    expect(cellText(byName(grid, 'Tracker').rows[0]?.[0])).toBe('Ref');
    expect(byName(grid, 'Notes').rowCount).toBe(2);
    // the settings sheet itself is in the grid, readable again by whoever needs it
    const saved = readSaved(grid);
    expect(saved.ok && saved.value?.owned).toEqual(OWNED);
  });

  test('owned sheet names, and the settings sheet\'s own name, match whatever their case', () => {
    const owned: Ownership = { sheets: [{ kind: 'summary', name: 'summary' }], columns: [] };
    const bytes = buildPackage({ sheets: [filled('Tracker', 'Ref'), damaged('SUMMARY'), settingsSheet(savedRows(owned), SETTINGS_SHEET.toUpperCase())] });
    const grid = readUserGrid(bytes);
    expect(unread(byName(grid, 'SUMMARY'))).toBe(true);
    expect(byName(grid, 'Tracker').rowCount).toBe(2);
  });

  test.each([
    ['from another version', (rows: SettingsRow[]) => rows.map(([k, v]): SettingsRow => [k, k === 'version' ? '2' : v])],
    ['not a Tracker Check settings sheet', (rows: SettingsRow[]) => rows.filter(([k]) => k !== 'format')],
    ['whose list of what is owned is damaged', (rows: SettingsRow[]) => rows.map(([k, v]): SettingsRow => [k, k === 'owned' ? v.slice(0, -1) : v])],
  ])('a settings sheet %s owns nothing: every sheet is parsed', (_, spoil) => {
    const rows = spoil(savedRows());
    expect(readSaved(readXlsx(buildPackage({ sheets: [settingsSheet(rows)] })))).toMatchObject({ ok: false, problem: { code: 'settings-unusable' } });
    const good = buildPackage({ sheets: [filled('Tracker', 'Ref'), filled('Summary', 'typed'), settingsSheet(rows)] });
    const grid = readUserGrid(good);
    expect(cellText(byName(grid, 'Summary').rows[0]?.[0])).toBe('typed');
    // the settings sheet is in the grid, read, so the run can say what is wrong with it
    expect(readSaved(grid)).toEqual(readSaved(readXlsx(good)));
    expect(codeOf(() => readUserGrid(buildPackage({ sheets: [filled('Tracker', 'Ref'), damaged('Summary'), settingsSheet(rows)] })))).toBe('bad-xml');
  });

  test('settings that own no sheets leave every sheet to be read', () => {
    const rows = savedRows({ sheets: [], columns: [{ sheet: 'Tracker', first: 3, headers: ['RAG'], headerRow: 0 }] });
    const bytes = buildPackage({ sheets: [filled('Tracker', 'Ref'), filled('Summary', 'mine'), settingsSheet(rows)] });
    expect(readUserGrid(bytes)).toEqual(readXlsx(bytes));
  });

  test('a damaged settings sheet is refused: it is the one sheet always parsed first', () => {
    expect(codeOf(() => readUserGrid(buildPackage({ sheets: [filled('Tracker', 'Ref'), damaged(SETTINGS_SHEET)] })))).toBe('bad-xml');
  });
});

describe('readProductSheets', () => {
  test('nothing owned, or nothing fingerprinted, reads nothing at all', () => {
    const notAWorkbook = new Uint8Array(0);
    expect(readProductSheets(notAWorkbook, null)).toEqual([]);
    expect(readProductSheets(notAWorkbook, { sheets: [{ kind: 'exceptions', name: 'Exceptions' }], columns: [] })).toEqual([]);
    expect(readProductSheets(notAWorkbook, { sheets: [], columns: [] })).toEqual([]);
  });

  test('every sheet is listed in workbook order; only the fingerprinted ones are parsed', () => {
    const bytes = buildPackage({ sheets: [damaged('Tracker'), filled('Summary', 'Computed status'), damaged('Exceptions'), settingsSheet(savedRows())] });
    const sheets = readProductSheets(bytes, OWNED);
    expect(names(sheets)).toEqual(['Tracker', 'Summary', 'Exceptions', SETTINGS_SHEET]);
    expect(byName(sheets, 'Summary')).toEqual(byName(readXlsx(buildPackage({ sheets: [filled('Summary', 'Computed status')] })), 'Summary'));
    expect(['Tracker', 'Exceptions', SETTINGS_SHEET].map((n) => unread(byName(sheets, n)))).toEqual([true, true, true]);
  });

  test('a damaged fingerprinted sheet is refused', () => {
    expect(codeOf(() => readProductSheets(buildPackage({ sheets: [filled('Tracker', 'Ref'), damaged('Summary')] }), OWNED))).toBe('bad-xml');
  });
});

describe('on a workbook the product has written into', () => {
  const input = new Uint8Array(readFileSync(join(__dirname, '../../../samples/recommendations-progress-update.xlsx')));
  let output: Uint8Array;
  let owned: Ownership;
  beforeAll(() => {
    output = processWorkbook(input, { asAt: '2010-09-30' }, { write: true, save: false, today: '2026-11-23' }).bytes!;
    const saved = readSaved(readXlsx(output));
    if (!saved.ok || saved.value === null) throw new Error('the written workbook has no usable settings');
    owned = saved.value.owned;
  });

  test('the user\'s grid leaves out every product sheet and reads the rest as a full read does', () => {
    const full = readXlsx(output);
    const grid = readUserGrid(output);
    const ours = new Set(owned.sheets.map((s) => s.name));
    expect(ours.size).toBeGreaterThan(0);
    expect(names(grid)).toEqual(names(full));
    for (const sheet of grid.sheets) {
      if (ours.has(sheet.name)) {
        expect(unread(sheet)).toBe(true);
        expect(byName(full, sheet.name).rowCount).toBeGreaterThan(0);
      } else {
        expect(sheet).toEqual(byName(full, sheet.name));
      }
    }
  });

  test('the product sheets read apart match the fingerprints saved with them', () => {
    const sheets = readProductSheets(output, owned);
    const fingerprinted = owned.sheets.filter((s) => s.fingerprint !== undefined);
    expect(fingerprinted.length).toBeGreaterThan(0);
    for (const { name, fingerprint } of fingerprinted) expect(sheetTextFingerprint(byName(sheets, name).rows)).toBe(fingerprint);
    const others = sheets.filter((s) => !fingerprinted.some((f) => f.name === s.name));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every(unread)).toBe(true);
  });
});
