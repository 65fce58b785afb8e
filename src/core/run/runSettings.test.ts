import { makeSettings, type SheetMapping } from '../settings';
import { runSettings, withMappings } from './runSettings';

const mapping = (sheet: string, headerRow: number): SheetMapping => ({ sheet, headerRow, columns: {}, periods: [], rowKinds: [] });

describe('withMappings', () => {
  it('puts each replacement in place of the mapping for its sheet, and adds the others', () => {
    expect(withMappings([mapping('A', 1), mapping('B', 1)], [mapping('A', 3), mapping('C', 2)])).toEqual([mapping('B', 1), mapping('A', 3), mapping('C', 2)]);
  });
});

describe('runSettings', () => {
  const saved = makeSettings({ asAt: '2010-09-30', ruleSet: 'months-behind', thresholds: { amberDays: 14 }, mappings: [mapping('Plan', 2)] });
  const defaults = makeSettings();

  it.each([
    ['the saved settings as they are', saved, {}, { asAt: '2010-09-30', ruleSet: 'months-behind', amberDays: 14, mappings: [mapping('Plan', 2)] }],
    ['today when nothing sets a date', defaults, {}, { asAt: '2026-11-23', ruleSet: 'dates', amberDays: 30, mappings: [] }],
    ['what the run asks over what is saved', saved, { asAt: '2011-03-31', ruleSet: 'expected-progress', amberDays: 7 }, { asAt: '2011-03-31', ruleSet: 'expected-progress', amberDays: 7, mappings: [mapping('Plan', 2)] }],
    ['the mappings the user confirmed over the saved ones', saved, { mappings: [mapping('Plan', 5), mapping('Other', 1)] }, { asAt: '2010-09-30', ruleSet: 'months-behind', amberDays: 14, mappings: [mapping('Plan', 5), mapping('Other', 1)] }],
  ] as const)('uses %s', (_, base, request, expected) => {
    const s = runSettings(base, request, '2026-11-23');
    expect({ asAt: s.asAt, ruleSet: s.ruleSet, amberDays: s.thresholds.amberDays, mappings: s.mappings }).toEqual(expected);
    expect(s.thresholds.monthsBehindAmber).toBe(base.thresholds.monthsBehindAmber);
  });
});

describe('runSettings: the plan start', () => {
  const saved = makeSettings({ planStart: '2010-04-01' });
  it.each<[string, ReturnType<typeof makeSettings>, { planStart?: string | null }, string | undefined]>([
    ['none saved, none asked', makeSettings(), {}, undefined],
    ['the saved one', saved, {}, '2010-04-01'],
    ['the one asked, over the saved one', saved, { planStart: '2011-04-01' }, '2011-04-01'],
    ['none, when the run clears the saved one', saved, { planStart: null }, undefined],
  ])('%s', (_, base, request, expected) => {
    expect(runSettings(base, request, '2026-11-23').planStart).toBe(expected);
  });
});
