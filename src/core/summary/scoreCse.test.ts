import type { TestCell } from '../../../test/support/makeSheet';
import { checkRows } from '../../../test/support/checkRows';
import { cseScoringSchema } from '../settings';
import { readComplianceLevel, scoreCse } from './scoreCse';
import { cseScoringModelSchema } from './summaryModels';

const HEADER = ['Element', 'Criterion', 'Element description', 'Compliance', 'Lead officer', 'Review date'];
const rules = cseScoringSchema.parse({});

/** n elements of a criterion, each with the given level */
const elements = (criterion: number, levels: string[]): TestCell[][] =>
  levels.map((level, i) => [`${criterion}.1.${i + 1}`, i === 0 ? `Criterion ${criterion} – Theme ${criterion}` : null, 'Element', level, 'JR', 'Jul 2020']);

describe('readComplianceLevel', () => {
  it.each<[string | null, string | null]>([
    ['Full Compliance', 'full'],
    ['Compliance Plus', 'plus'],
    ['Partial Compliance', 'partial'],
    ['Non-Compliance', 'non'],
    ['non compliance', 'non'],
    ['Partial', 'partial'],
    ['C+', 'plus'],
    ['FC', 'full'],
    ['PC', 'partial'],
    ['NC', 'non'],
    ['Compliant', 'full'],
    ['Not compliant', 'non'],
    ['', null],
    [null, null],
    ['To be assessed', null],
  ])('%j → %j', (text, level) => {
    expect(readComplianceLevel(text)).toBe(level);
  });
});

describe('scoreCse', () => {
  it('counts each criterion, checks its tolerance and the totals, and meets the standard', () => {
    const report = checkRows(HEADER, [
      ...elements(1, ['Full Compliance', 'Compliance Plus', 'Partial Compliance', 'Partial Compliance']),
      ...elements(2, ['Full Compliance', 'Full Compliance']),
      ...elements(4, ['Partial Compliance', 'Partial Compliance', 'Partial Compliance', 'Compliance Plus']),
    ], { asAt: '2011-03-31' });
    const model = scoreCse(report, rules)!;
    expect(cseScoringModelSchema.parse(model)).toEqual(model);
    expect(model.criteria.map((c) => [c.criterion, c.number, c.non, c.partial, c.full, c.plus, c.elements, c.maxPartials, c.withinTolerance])).toEqual([
      ['Criterion 1 – Theme 1', 1, 0, 2, 1, 1, 4, 2, true],
      ['Criterion 2 – Theme 2', 2, 0, 0, 2, 0, 2, 2, true],
      ['Criterion 4 – Theme 4', 4, 0, 3, 0, 1, 4, 3, true],
    ]);
    expect(model.totals).toEqual({ non: 0, partial: 5, full: 3, plus: 2, unscored: 0, elements: 10 });
    expect(model.verdict).toBe('meets');
    expect(model.verdictText).toBe("Meets the standard: no non-compliance and 5 partial compliances (at most 11, within each criterion's tolerance).");
  });

  it.each<[string, TestCell[][], string]>([
    ['a non-compliance', elements(1, ['Non-Compliance', 'Full Compliance']), 'Does not meet the standard: 1 non-compliance (none is allowed).'],
    ['a criterion over its tolerance', elements(1, ['Partial', 'Partial', 'Partial']), 'Does not meet the standard: Criterion 1 – Theme 1 has 3 partial compliances (at most 2).'],
    ['an element not scored', elements(3, ['Full Compliance', '']), 'Not yet scored: 1 element has no compliance level.'],
  ])('fails or waits on %s', (_, rows, text) => {
    const model = scoreCse(checkRows(HEADER, rows, { asAt: '2011-03-31' }), rules)!;
    expect(model.verdictText).toBe(text);
  });

  it('fails on too many partials in all, with tolerances from the settings', () => {
    const tight = cseScoringSchema.parse({ maxPartials: [5, 5], maxPartialsTotal: 3 });
    const rows = [...elements(1, ['Partial', 'Partial']), ...elements(2, ['Partial', 'Partial'])];
    expect(scoreCse(checkRows(HEADER, rows, { asAt: '2011-03-31' }), tight)!.verdictText).toBe('Does not meet the standard: 4 partial compliances in all (at most 3).');
  });

  it('is null without a compliance column', () => {
    expect(scoreCse(checkRows(['Ref', 'Action', 'Lead officer', 'Target date'], [['1', 'A', 'HB', 'Dec 2011']], { asAt: '2011-03-31' }), rules)).toBeNull();
  });
});
