import { classifyTokens, wordClass } from './dateVocabulary';
import { tokenizeDateText } from './tokenizeDateText';

const classes = (text: string): string[] => classifyTokens(tokenizeDateText(text));

describe('wordClass', () => {
  it.each([
    ['by', 'filler'],
    ['end', 'filler'],
    ['target', 'filler'],
    ['ongoing', 'recurring'],
    ['quarterly', 'recurring'],
    ['annually', 'recurring'],
    ['year', 'companion'],
    ['thereafter', 'companion'],
    ['sept', 'companion'],
    ['summer', 'companion'],
    ['approx', 'uncertain'],
    ['circa', 'uncertain'],
    ['c', 'uncertain'],
    ['provisional', 'uncertain'],
    ['tba', 'none'],
    ['tbc', 'none'],
    ['launched', 'other'],
    ['survey', 'other'],
  ])('%s → %s', (word, cls) => {
    expect(wordClass(word)).toBe(cls);
  });
});

describe('classifyTokens (phrases in context)', () => {
  it.each([
    ['On going', ['recurring', 'recurring']],
    ['On-going', ['recurring', 'punct', 'recurring']],
    ['As required', ['recurring', 'recurring']],
    ['on the', ['filler', 'filler']],
    ['w/c', ['filler', 'punct', 'filler']],
    ['c.', ['uncertain', 'punct']],
    ['N/A', ['none', 'punct', 'none']],
    ['to be confirmed', ['none', 'none', 'none']],
    ['to be honest', ['filler', 'filler', 'other']],
    ['Not applicable', ['none', 'none']],
    ['6-monthly', ['companion', 'punct', 'recurring']],
    ['Sept each year', ['companion', 'recurring', 'companion']],
    ['every 6 months', ['recurring', 'other', 'companion']],
    ['each of the criteria', ['other', 'filler', 'filler', 'other']],
    ['Phase 2 ?', ['other', 'other', 'uncertain']],
  ])('%j', (text, expected) => {
    expect(classes(text)).toEqual(expected);
  });
});
