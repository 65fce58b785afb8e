import { DEFAULT_STATUS_CATEGORIES, makeSettings, settingsSchema } from './settings';

describe('settings', () => {
  it('defaults every threshold and vocabulary as the rulebook says', () => {
    const s = makeSettings();
    expect(s.ruleSet).toBe('dates');
    expect(s.thresholds).toMatchObject({ amberDays: 30, monthsBehindAmber: 1, expectedGreen: 0.9, expectedAmber: 0.7, workingDays: false });
    expect(s.vocabulary.categories).toEqual(DEFAULT_STATUS_CATEGORIES);
    expect(s.vocabulary.words).toMatchObject({ g: 'on-track', amber: 'at-risk', slipped: 'off-track', achieved: 'complete', 'agreed not to proceed': 'closed' });
    expect(s.mappings).toEqual([]);
  });

  it('keeps a threshold given and defaults the rest', () => {
    expect(makeSettings({ thresholds: { amberDays: 14 } }).thresholds).toMatchObject({ amberDays: 14, monthsBehindAmber: 1 });
  });

  it.each([
    [{ asAt: '31/03/2011' }, 'asAt'],
    [{ ruleSet: 'traffic-lights' }, 'ruleSet'],
    [{ thresholds: { amberDays: -1 } }, 'thresholds'],
    [{ vocabulary: { words: { g: 'green' } } }, 'vocabulary'],
    [{ vocabulary: { categories: { one: 'complete' } } }, 'vocabulary'],
    [{ mappings: [{ sheet: 'Plan', headerRow: 0, columns: {}, periods: [] }] }, 'mappings'],
    [{ mappings: [{ sheet: 'Plan', headerRow: 3, columns: { owner: { column: 'c', header: 'Lead', confidence: 1 } }, periods: [] }] }, 'mappings'],
  ])('rejects %j (at %s)', (input, at) => {
    const r = settingsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path[0]).toBe(at);
  });
});
