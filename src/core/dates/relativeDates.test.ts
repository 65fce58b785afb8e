import { findRelativeDate, resolveRelativeDate } from './relativeDates';
import { tokenizeDateText } from './tokenizeDateText';

describe('findRelativeDate', () => {
  it.each([
    ['Year 2', { type: 'plan-years', from: 2, to: 2, first: 0, last: 1 }],
    ['Yr 3', { type: 'plan-years', from: 3, to: 3, first: 0, last: 1 }],
    ['Year 1-3', { type: 'plan-years', from: 1, to: 3, first: 0, last: 3 }],
    ['Years 1 to 3', { type: 'plan-years', from: 1, to: 3, first: 0, last: 3 }],
    ['Budget cycle', { type: 'budget', first: 0, last: 1 }],
    ['Next budget round', { type: 'budget', first: 0, last: 2 }],
    ['Mar 11', null],
    ['Year', null],
  ])('%j', (text, match) => {
    expect(findRelativeDate(tokenizeDateText(text))).toEqual(match);
  });
});

describe('resolveRelativeDate', () => {
  const find = (text: string) => findRelativeDate(tokenizeDateText(text))!;
  it.each([
    ['Year 1', '2010-04-01', '2010-04-01', '2011-03-31'],
    ['Year 2', '2010-04-01', '2011-04-01', '2012-03-31'],
    ['Year 3', '2010-04-01', '2012-04-01', '2013-03-31'],
    ['Year 1-3', '2010-04-01', '2010-04-01', '2013-03-31'],
    ['Year 2', '2012-03-01', '2013-03-01', '2014-02-28'],
    ['Budget cycle', '2010-04-01', '2010-04-01', '2011-03-31'],
    ['Budget cycle', '2011-01-15', '2010-04-01', '2011-03-31'],
    ['Next budget round', '2011-06-01', '2011-04-01', '2012-03-31'],
  ])('%j from plan start %s → %s … %s', (text, planStart, earliest, latest) => {
    expect(resolveRelativeDate(find(text), planStart)).toEqual({ earliest, latest });
  });

  it('cannot place anything without a plan start', () => {
    expect(resolveRelativeDate(find('Year 2'), undefined)).toBeNull();
    expect(resolveRelativeDate(find('Year 2'), 'not-a-date')).toBeNull();
  });
});
