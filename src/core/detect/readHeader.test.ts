import { canonicalWords, headerWords, readHeader, singular } from './readHeader';

describe('singular: header words in the singular', () => {
  it.each([
    ['measures', 'measure'],
    ['officers', 'officer'],
    ['dates', 'date'],
    ['activities', 'activity'],
    ['responsibilities', 'responsibility'],
    // not plurals: left as they are
    ['progress', 'progress'],
    ['status', 'status'],
    ['basis', 'basis'],
    ['yes', 'yes'],
    ['criteria', 'criteria'],
  ])('%s → %s', (word, one) => expect(singular(word)).toBe(one));
});

describe('canonicalWords: plurals, plural marks and abbreviations read in full, with what that costs', () => {
  it.each([
    ['Measures of Success', 'measure of success', 0.95],
    ['Lead Officer(s)', 'lead officer', 0.95],
    ['Lead Officer/s', 'lead officer', 0.95],
    ["Officer's comments", 'officer comment', 0.95],
    ['Lead Off.', 'lead officer', 0.9],
    ['Resp. Officer', 'responsible officer', 0.9],
    ['Resp Officers', 'responsible officer', 0.9 * 0.95],
    ['Tgt date', 'target date', 0.9],
    ['Lead Offr', 'lead officer', 0.9],
    ['Rev. target date', 'revised target date', 0.9],
    ['Compl. date', 'completion date', 0.9],
    ['Pct complete', 'percent complete', 0.9],
    ['Prog. update', 'progress update', 0.9],
    ['Action desc.', 'action description', 0.9],
    // "off" is an English word: read as "officer" only when written "Off."
    ['Sign off date', 'sign off date', 1],
    ['Target date', 'target date', 1],
    // "no" is left alone: it is also an answer ("Yes/No")
    ['Completed (Yes/No)', 'completed yes no', 1],
    // a word that is a property of every object is not taken for an abbreviation
    ['constructor', 'constructor', 1],
  ])('%j → %j at %d', (header, words, factor) => {
    const read = canonicalWords(header);
    expect(read.text).toBe(words);
    expect(read.factor).toBeCloseTo(factor, 10);
  });
});

describe('headerWords: the words of a header and where punctuation breaks the phrase', () => {
  it.each([
    ['Officer comments', ['officer', 'comments'], []],
    ['Finish Date: planned', ['finish', 'date', 'planned'], [2]],
    ['Comments/Progress', ['comments', 'progress'], [1]],
    ['Target Date – Original', ['target', 'date', 'original'], [2]],
    ['Target date (revised)', ['target', 'date', 'revised'], [2]],
    // a plural mark is part of the word before it, not a break
    ['Lead Officer(s) comments', ['lead', 'officer', 's', 'comments'], []],
    ['Lead Officer/s comments', ['lead', 'officer', 's', 'comments'], []],
    // a hyphen inside a word is no break
    ['Self-assessment', ['self', 'assessment'], []],
  ])('%j', (header, words, breaks) => {
    const read = headerWords(header);
    expect(read.words).toEqual(words);
    expect([...read.breaks].filter((b) => b < words.length)).toEqual(breaks);
  });
});

describe('readHeader: the ways a header is read', () => {
  const read = (header: string, canonical: boolean) =>
    readHeader(header).readings.filter((r) => r.canonical === canonical).map((r) => [r.text, Math.round(r.factor * 1000) / 1000]);

  it.each([
    ['a plain header is read as written, once', 'Target date', [['target date', 1]]],
    ['a qualifier in brackets is left out, at a cost', 'Measures of Success (SMART)', [['measures of success smart', 1], ['measures of success', 0.95]]],
    ['a qualifier in square brackets too', 'Revised Target Date [if applicable]', [['revised target date if applicable', 1], ['revised target date', 0.95]]],
    ['a qualifier that changes the field is also read in front', 'Target date (revised)', [['target date revised', 1], ['target date', 0.95], ['revised target date', 0.95]]],
    ['so is one that ends the header', 'Target Date - Revised', [['target date revised', 1], ['target date', 0.95], ['revised target date', 0.95]]],
    ['a period label is left out at no cost', 'Progress Update (Q3)', [['progress update q3', 1], ['progress update', 1]]],
    ['a period label outside brackets too', 'Quarter 2 update', [['quarter 2 update', 1], ['update', 1]]],
    ['a key to the values is left out at no cost', 'RAG Status (R/A/G)', [['rag status r a g', 1], ['rag status', 1]]],
    ['each of two alternatives is read on its own', 'Comments/Progress', [['comments progress', 1], ['comments', 0.95], ['progress', 0.95]]],
    ['"/s" is a plural mark, not an alternative', 'Lead Officer/s', [['lead officer s', 1]]],
    ['"R/A/G" is not three alternatives', 'Status R/A/G', [['status r a g', 1]]],
  ])('%s: %j', (_why, header, expected) => {
    expect(read(header, false)).toEqual(expected);
  });

  it.each([
    ['each reading is also read in the singular, at the cost of the change', 'Measures of Success (SMART)', [['measure of success smart', 0.95], ['measure of success', 0.903]]],
    ['the plural mark is dropped', 'Lead Officer/s', [['lead officer', 0.95]]],
    ['and the abbreviation written in full', 'Tgt dates', [['target date', 0.855]]],
    ['a reading with nothing to change is read in the singular too, to meet the synonyms written in the plural', 'Comment', [['comment', 0.95]]],
  ])('%s: %j', (_why, header, expected) => {
    expect(read(header, true)).toEqual(expected);
  });

  it.each([
    ['Target date (revised)', [['target', 'revisedTarget']]],
    ['Rev. target date', [['target', 'revisedTarget']]],
    ['Target date (new)', [['target', 'revisedTarget']]],
    ['Date Completed (actual)', [['target', 'completed'], ['outcome', null]]],
    ['Target date', []],
    ['Latest news', []],
  ])('the fields the qualifiers of %j change', (header, changes) => {
    expect([...readHeader(header).changes]).toEqual(changes);
  });
});
