import { actionWords, normaliseAction, stem } from './actionText';

describe('normaliseAction: the same action written another way reads the same', () => {
  it.each<[string | null, string]>([
    ['Appoint an Assessment Body, firm up costs.', 'appoint an assessment body firm up costs'],
    ['  Policy &  Performance  review ', 'policy and performance review'],
    ['1(a). Service planning guidance', 'service planning guidance'],
    ['2.3 Update the housing strategy', 'update the housing strategy'],
    ['(b) Agree the plan', 'agree the plan'],
    ['- Agree the plan', 'agree the plan'],
    ["Council's <p>staff</p> suggestion scheme – phase 2", 'councils staff suggestion scheme phase 2'],
    ['Révision', 'revision'],
    ['2010 review of fees', '2010 review of fees'],
    [null, ''],
  ])('%j → %j', (action, expected) => expect(normaliseAction(action)).toBe(expected));
});

describe('stem', () => {
  it.each<[string, string]>([
    ['policies', 'policy'],
    ['reviewing', 'review'],
    ['reviewed', 'review'],
    ['documents', 'document'],
    ['process', 'process'],
    ['plans', 'plan'],
    ['bus', 'bus'],
    ['applied', 'apply'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('actionWords', () => {
  it.each<[string, string[]]>([
    ['review of the policies', ['review', 'policy']],
    ['review policy a', ['review', 'policy', 'a']],
    ['', []],
  ])('words of %j → %j', (text, expected) => expect(actionWords(text)).toEqual(expected));
});
