import { dateExpressionSchema } from './dateExpression';
import { interpretDateText } from './interpretDateText';

const read = (text: string, options?: Parameters<typeof interpretDateText>[2]) => {
  const r = interpretDateText(text, text, options);
  expect(dateExpressionSchema.parse(r)).toEqual(r);
  return { kind: r.kind, iso: r.iso, codes: r.warnings.map((w) => w.code), dates: r.dates };
};

describe('interpretDateText', () => {
  it.each([
    ['Mar 11', 'month', '2011-03-31', [], undefined],
    ['Jan/Jun 11', 'multiple', '2011-06-30', ['several-dates'], ['2011-01-31', '2011-06-30']],
    // one date written twice (carried on to a continuation row) is that date, not several
    ['Mar 12\nMar 12', 'month', '2012-03-31', [], undefined],
    ['31/03/2012 31.03.12', 'exact', '2012-03-31', [], undefined],
    ['Mar 12\n31/03/2012', 'multiple', '2012-03-31', ['several-dates'], ['2012-03-31', '2012-03-31']],
    ['Launched July 09 - ongoing', 'month', '2009-07-31', ['surrounding-text'], undefined],
    ['Ongoing', 'recurring', null, [], undefined],
    ['Ongoing Information Governance Project – see specific documentation for details.', 'recurring', null, [], undefined],
    ['TBA', 'none', null, [], undefined],
    ['', 'none', null, [], undefined],
    ['Year 2', 'relative', null, ['relative-date'], undefined],
    ['31/02/2010', 'invalid', null, [], undefined],
    ['anything', 'invalid', null, [], undefined],
  ])('%j → %s %s', (text, kind, iso, codes, dates) => {
    expect(read(text)).toEqual({ kind, iso, codes, dates });
  });

  it('can leave out surrounding-text warnings (dates picked out of progress text)', () => {
    const text = 'April 2010 for individual phones September 2010 for hunt/pick up groups';
    expect(read(text).codes).toEqual(['several-dates', 'surrounding-text']);
    expect(read(text, { ignoreSurroundingText: true }).codes).toEqual(['several-dates']);
    expect(read('Launched July 09', { ignoreSurroundingText: true }).codes).toEqual([]);
  });

  it('keeps the quoted text apart from the text read', () => {
    const r = interpretDateText('<p>Mar 11</p>', 'shown text');
    expect(r.text).toBe('shown text');
    expect(r.iso).toBe('2011-03-31');
  });

  it('lists milestones in the order written, repeats kept', () => {
    expect(read('Feb09 Start Feb09 Jan09').dates).toEqual(['2009-02-28', '2009-02-28', '2009-01-31']);
  });

  it('passes the plan start on to relative dates', () => {
    expect(read('Year 2', { planStart: '2010-04-01' })).toMatchObject({ kind: 'relative', iso: '2012-03-31' });
  });
});
