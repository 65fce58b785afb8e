import { makeSettings } from '../settings';
import { rowsToSettings, settingsToRows } from './settingsRows';
import type { Ownership } from './writePlan';

const owned: Ownership = {
  sheets: [{ kind: 'summary', name: 'Summary' }],
  columns: [{ sheet: 'Plan', first: 9, headers: ['Target (read as)', 'Computed RAG'], headerRow: 2 }],
};
const settings = makeSettings({
  asAt: '2011-03-31',
  ruleSet: 'months-behind',
  thresholds: { amberDays: 14 },
  officers: ['HB', 'KD'],
  mappings: [{ sheet: 'Plan', headerRow: 3, columns: { action: { column: 'B', header: 'Action', confidence: 1 } }, periods: [] }],
});

describe('settings rows', () => {
  it('round-trips settings and ownership through key/value rows', () => {
    const rows = settingsToRows(settings, owned);
    expect(rows.slice(0, 4)).toEqual([['format', 'tracker-check-settings'], ['version', '1'], ['asAt', '2011-03-31'], ['ruleSet', 'months-behind']]);
    expect(rowsToSettings(rows)).toEqual({ ok: true, value: { settings, owned } });
  });

  it('round-trips a council\'s own progress-text vocabulary and plan start', () => {
    const own = makeSettings({ planStart: '2010-04-01', progressVocabulary: { completion: ['complete', 'signed off'] } });
    expect(own.progressVocabulary.completion).toEqual(['complete', 'signed off']);
    expect(rowsToSettings(settingsToRows(own, owned))).toEqual({ ok: true, value: { settings: own, owned } });
  });

  it('carries a long value on over several rows', () => {
    const big = makeSettings({ officers: Array.from({ length: 3000 }, (_, i) => `Officer number ${i}`) });
    const rows = settingsToRows(big, owned);
    expect(rows.filter(([k]) => k.startsWith('officers')).map(([k]) => k)).toEqual(['officers', 'officers#2', 'officers#3']);
    expect(rows.every(([, v]) => v.length <= 30000)).toBe(true);
    expect(rowsToSettings(rows)).toEqual({ ok: true, value: { settings: big, owned } });
  });

  it.each<[string, (rows: string[][]) => unknown[][], string]>([
    ['not a settings sheet', (rows) => rows.slice(1), 'it is not a Tracker Check settings sheet'],
    ['another version', (rows) => rows.map(([k, v]) => [k, k === 'version' ? '7' : v]), 'it is version 7, and this version of Tracker Check reads version 1'],
    ['damaged JSON', (rows) => rows.map(([k, v]) => [k, k === 'thresholds' ? '{"amberDays":' : v]), 'the value of "thresholds" is damaged'],
    ['a value out of range', (rows) => rows.map(([k, v]) => [k, k === 'thresholds' ? '{"amberDays":-3}' : v]), 'its settings are not valid (thresholds.amberDays: Too small: expected number to be >=0)'],
    ['a rule set that does not exist', (rows) => rows.map(([k, v]) => [k, k === 'ruleSet' ? 'vibes' : v]), 'its settings are not valid (ruleSet:'],
    ['a number where text belongs', (rows) => rows.map(([k, v]) => [k, k === 'asAt' ? 40633 : v]), 'a row is not a key and a text value'],
    ['damaged ownership', (rows) => rows.map(([k, v]) => [k, k === 'owned' ? '{"sheets":7}' : v]), 'its list of what Tracker Check owns is not valid (sheets:'],
  ])('reports, and does not trust, %s', (_, damage, problem) => {
    const result = rowsToSettings(damage(settingsToRows(settings, owned)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toContain(problem);
  });

  it('keeps a name from the file off every object prototype', () => {
    const rows = [...settingsToRows(settings, owned), ['__proto__', '{"polluted":1}'], ['constructor', 'x']];
    expect(rowsToSettings(rows).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
