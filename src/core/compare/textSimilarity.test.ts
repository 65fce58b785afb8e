import { TEXT_ALONE, TEXT_WITH_OTHERS } from './matchActions';
import { dice, featuresOf, Interner, textSimilarity, trigramCodes } from './textSimilarity';

const similarity = (a: string | null, b: string | null): number => {
  const interner = new Interner();
  return textSimilarity(featuresOf(a, interner), featuresOf(b, interner));
};

/** where a score falls against matchActions' thresholds */
const band = (score: number): string => (score >= TEXT_ALONE ? 'pairs on its words' : score >= TEXT_WITH_OTHERS ? 'pairs with its ref or all its context' : 'apart');

// Council wording: the CSE action plan and progress updates in samples/, and the seeds' trackers. The
// scores are those these texts give; the bands are what matchActions makes of them.
describe('textSimilarity on council wording: the table the thresholds were chosen from', () => {
  it.each<[string, string, string, number, string]>([
    ['reworded', 'Review the housing allocations policy', 'Carry out a review of the housing allocation policy', 0.75, 'pairs on its words'],
    ['reworded', 'Develop a corporate customer insight strategy', 'Produce a Customer Insight Strategy for the council', 0.64, 'pairs on its words'],
    ['reworded', 'Appoint Assessment Body, firm up costs and agree project plan.', 'Appoint an assessment body, agree costs and the project plan', 0.86, 'pairs on its words'],
    ['reworded', 'A corporate staff suggestion scheme be implemented under the Customer Service Excellence scheme with awards presented for the best suggestions.', 'Implement a corporate staff suggestion scheme under CSE, with awards for the best suggestions', 0.77, 'pairs on its words'],
    ['reworded', 'Awareness raising at Setting the Standard meetings', 'Raise awareness through Setting the Standard meetings', 0.81, 'pairs on its words'],
    ['reworded', 'Consolidation of self-assessment documents.', 'Consolidate the self-assessment documents', 0.81, 'pairs on its words'],
    ['reworded further', 'Enter into contract with selected Assessment Body', 'Contract signed with the Centre for Assessment', 0.5, 'pairs with its ref or all its context'],
    ['reworded further', 'Produce a customer insight strategy', 'Customer insight: strategy drafted and out to consultation', 0.54, 'pairs with its ref or all its context'],
    ['reworded beyond its words', 'Raise awareness of CSE at team meetings', 'Promote CSE through KYIT articles and team briefings', 0.28, 'apart'],
    ['a typo fixed', 'Recieve and review the annual governance statment', 'Receive and review the annual governance statement', 0.86, 'pairs on its words'],
    ['a typo fixed', 'Recruitmnet', 'Recruitment', 0.64, 'pairs on its words'],
    ['a typo fixed', 'Enter into contract with selected Assessment Body (once funding secured)', 'Enter into contract with selected Assesment Body (once funding is secured)', 0.94, 'pairs on its words'],
    ['words added', 'Corporate Infrastructure assessment.', 'Corporate Infrastructure assessment - completed June 2009', 0.79, 'pairs on its words'],
    ['near twins', 'Review policy A', 'Review policy B', 0.87, 'pairs on its words'],
    ['near twins', 'Review the complaints procedure', 'Review the compliments procedure', 0.86, 'pairs on its words'],
    ['siblings worded alike', 'Update the housing strategy', 'Update the housing allocations policy', 0.57, 'pairs with its ref or all its context'],
    ['siblings', 'Revisit services that have already reached Stage 2 Standard to confirm ongoing compliance', 'Support for services as they prepare for assessment.', 0.15, 'apart'],
    ['siblings', 'Setting the Standard Workshops during 2009/2010.', 'Awareness raising through KYIT and team meetings.', 0.13, 'apart'],
    ['siblings', 'Service assessments.', 'Achieve CSE council-wide', 0, 'apart'],
    ['siblings', 'Future service and corporate plan objectives are driven by customer insight, consultation and engagement.', 'The organisation makes positive changes to services as a result of analysing customer experience through its customer journey mapping (CJM).', 0.24, 'apart'],
    ['siblings', 'Train all staff in customer care', 'Train all managers in equality impact assessment', 0.26, 'apart'],
    ['unrelated', 'Implement staff suggestion scheme', 'Review voicemail standards', 0.07, 'apart'],
  ])('%s: %j / %j → %d, %s', (_what, a, b, score, expected) => {
    const s = similarity(a, b);
    expect(Math.round(s * 100) / 100).toBe(score);
    expect(band(s)).toBe(expected);
  });

  it.each<[string | null, string | null, number]>([
    ['Appoint an assessment body', 'APPOINT an assessment-body.', 1],
    ['1(a). Service planning guidance', 'Service planning guidance', 1],
    [null, null, 0],
    ['', 'Appoint an assessment body', 0],
  ])('%j / %j → %d', (a, b, score) => expect(similarity(a, b)).toBe(score));
});

describe('dice', () => {
  it.each<[number[], number[], number]>([
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2, 3], [4, 5], 0],
    [[1, 2], [2, 3], 0.5],
    [[], [], 0],
  ])('%j, %j → %d', (a, b, expected) => expect(dice(Int32Array.from(a), Int32Array.from(b))).toBe(expected));
});

describe('trigramCodes: the trigrams of the text padded by a space each side, each once', () => {
  const code = (gram: string): number => (gram.charCodeAt(0) << 20) | (gram.charCodeAt(1) << 10) | gram.charCodeAt(2);
  it.each<[string, string[]]>([
    ['ab c', [' ab', 'ab ', 'b c', ' c ']],
    ['aaaa', [' aa', 'aaa', 'aa ']],
    ['', []],
  ])('%j → %j', (text, grams) => expect([...trigramCodes(text)]).toEqual(grams.map(code).sort((a, b) => a - b)));

  it('tells letters beyond ASCII apart', () => {
    expect(trigramCodes('ł').join()).not.toBe(trigramCodes('ś').join());
  });
});
