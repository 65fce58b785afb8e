import {
  oneDigitYearWarning,
  plainNumberWarning,
  quote,
  relativeDateWarning,
  severalDatesWarning,
  surroundingTextWarning,
  uncertainDateWarning,
  vagueDateWarning,
} from './dateWarnings';

describe('quote', () => {
  it('quotes, and shortens long text', () => {
    expect(quote('Mar 11')).toBe('"Mar 11"');
    const long = quote('x'.repeat(200));
    expect(long.length).toBeLessThanOrEqual(82);
    expect(long.endsWith('…"')).toBe(true);
  });
});

describe('warning messages (plain English, quoting the text)', () => {
  it.each([
    [vagueDateWarning('2013', 'year', '2013-12-31'), 'vague-date', '"2013" gives only a year; read as 31/12/2013'],
    [vagueDateWarning('Summer 2010', 'season', '2010-08-31'), 'vague-date', '"Summer 2010" gives only a season; read as 31/08/2010'],
    [vagueDateWarning('2009-2011', 'years', '2011-12-31'), 'vague-date', '"2009-2011" gives only years; read as 31/12/2011'],
    [oneDigitYearWarning('15/03/6', '2006-03-15'), 'one-digit-year', '"15/03/6" has a one-digit year; read as 15/03/2006'],
    [
      uncertainDateWarning('approx. June 2010', 'approx.', '2010-06-30'),
      'uncertain-date',
      '"approx. June 2010" is marked as uncertain ("approx."); read as 30/06/2010',
    ],
    [plainNumberWarning('40633', '2011-03-31'), 'uncertain-date', '"40633" is a plain number, read as an Excel date: 31/03/2011'],
    [
      severalDatesWarning('Jan/Jun 11', ['2011-01-31', '2011-06-30'], '2011-06-30', []),
      'several-dates',
      '"Jan/Jun 11" gives several dates (31/01/2011, 30/06/2011); the latest, 30/06/2011, is the one used',
    ],
    [
      severalDatesWarning('Apr09 May09 Ongoing', ['2009-04-30', '2009-05-31'], '2009-05-31', ['Ongoing']),
      'several-dates',
      '"Apr09 May09 Ongoing" gives several dates (30/04/2009, 31/05/2009); the latest, 31/05/2009, is the one used; it also says "Ongoing", which gives no date',
    ],
    [
      surroundingTextWarning('Launched July 09 - ongoing', ['Launched'], ['ongoing'], '2009-07-31'),
      'surrounding-text',
      'In "Launched July 09 - ongoing": "Launched" ignored; it also says "ongoing", which gives no date; read as 31/07/2009',
    ],
    [
      surroundingTextWarning('a Mar 11 b c d e', ['a', 'b', 'c', 'd'], [], '2011-03-31'),
      'surrounding-text',
      'In "a Mar 11 b c d e": "a", "b" and "c" and more ignored; read as 31/03/2011',
    ],
    [
      relativeDateWarning('Year 2', undefined, null, false),
      'relative-date',
      '"Year 2" is relative to the start of the plan, which is not set: give the plan start (Plan start on the RAG tab of the pane, or --plan-start on the command line) to place it',
    ],
    [
      relativeDateWarning('Year 2', '2010-04-01', '2012-03-31', false),
      'relative-date',
      '"Year 2" is relative: read as 31/03/2012, counted from the plan start (01/04/2010)',
    ],
    [
      relativeDateWarning('Budget cycle', '2010-04-01', '2011-03-31', true),
      'relative-date',
      '"Budget cycle" is relative: read as 31/03/2011, the end of the financial year in which the plan starts (01/04/2010)',
    ],
  ])('%#: %s', (warning, code, message) => {
    expect(warning).toEqual({ code, message });
  });
});
