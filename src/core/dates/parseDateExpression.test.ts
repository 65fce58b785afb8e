import type { Cell } from '../grid';
import { dateExpressionSchema } from './dateExpression';
import type { DateExpression, DateKind, DateParseOptions } from './dateExpression';
import { interpretDateText } from './interpretDateText';
import { parseDateExpression } from './parseDateExpression';

type Input = Cell | string | number | null | undefined;
type Codes = string[];
/** input, kind, iso, earliest, latest, warning codes, dates (kind 'multiple') */
type Row = [Input, DateKind, string | null, string | null, string | null, Codes, string[]?];

function expectRow(row: Row, options?: DateParseOptions): DateExpression {
  const [input, kind, iso, earliest, latest, codes, dates] = row;
  const r = parseDateExpression(input, options);
  // every result passes the schema, unchanged
  expect(dateExpressionSchema.parse(r)).toEqual(r);
  expect({ kind: r.kind, iso: r.iso, earliest: r.earliest, latest: r.latest, codes: r.warnings.map((w) => w.code) }).toEqual({
    kind,
    iso,
    earliest,
    latest,
    codes,
  });
  expect(r.dates).toEqual(dates);
  for (const w of r.warnings) expect(w.message).toMatch(/"/); // each message quotes the text
  return r;
}

const name = (row: Row): string => (typeof row[0] === 'object' && row[0] !== null ? JSON.stringify(row[0]) : JSON.stringify(row[0]));
const table = (rows: Row[]): Array<[string, Row]> => rows.map((row) => [name(row), row]);

const NONE: Codes = [];

describe("domain.md: the 'Date expressions' table, row by row", () => {
  it.each(
    table([
      // a real Excel date (1900 or 1904 system): that day
      [{ type: 'date', value: 40633 }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      // 15.03.06, 15/03/2006, 15-3-06, 1 March 2009, 31 May 2011: that day; two-digit year → 20yy
      ['15.03.06', 'exact', '2006-03-15', '2006-03-15', '2006-03-15', NONE],
      ['15/03/2006', 'exact', '2006-03-15', '2006-03-15', '2006-03-15', NONE],
      ['15-3-06', 'exact', '2006-03-15', '2006-03-15', '2006-03-15', NONE],
      ['1 March 2009', 'exact', '2009-03-01', '2009-03-01', '2009-03-01', NONE],
      ['31 May 2011', 'exact', '2011-05-31', '2011-05-31', '2011-05-31', NONE],
      // a one-digit year is a warning
      ['15/03/6', 'exact', '2006-03-15', '2006-03-15', '2006-03-15', ['one-digit-year']],
      // Aug 2010, Feb09, Sept 10, March 2008: last day of that month
      ['Aug 2010', 'month', '2010-08-31', '2010-08-01', '2010-08-31', NONE],
      ['Feb09', 'month', '2009-02-28', '2009-02-01', '2009-02-28', NONE],
      ['Sept 10', 'month', '2010-09-30', '2010-09-01', '2010-09-30', NONE],
      ['March 2008', 'month', '2008-03-31', '2008-03-01', '2008-03-31', NONE],
      // 2013: 31 Dec, vague
      ['2013', 'year', '2013-12-31', '2013-01-01', '2013-12-31', ['vague-date']],
      // 2009/2010, 2009/10, 2010-11: 31 March of the later year
      ['2009/2010', 'financial-year', '2010-03-31', '2009-04-01', '2010-03-31', NONE],
      ['2009/10', 'financial-year', '2010-03-31', '2009-04-01', '2010-03-31', NONE],
      ['2010-11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      // Q3 2010/11 (financial quarter), Q1 2011 (calendar quarter)
      ['Q3 2010/11', 'quarter', '2010-12-31', '2010-10-01', '2010-12-31', NONE],
      ['Q1 2011', 'quarter', '2011-03-31', '2011-01-01', '2011-03-31', NONE],
      // Dec08 - Jan09, Jan-Mar 2010: end of the range
      ['Dec08 - Jan09', 'range', '2009-01-31', '2008-12-01', '2009-01-31', NONE],
      ['Jan-Mar 2010', 'range', '2010-03-31', '2010-01-01', '2010-03-31', NONE],
      // Jan/Jun 11, several dates: the latest is the target
      ['Jan/Jun 11', 'multiple', '2011-06-30', '2011-01-01', '2011-06-30', ['several-dates'], ['2011-01-31', '2011-06-30']],
      // 01.07.08?, approx. June 2010: that date, uncertain
      ['01.07.08?', 'exact', '2008-07-01', '2008-07-01', '2008-07-01', ['uncertain-date']],
      ['approx. June 2010', 'month', '2010-06-30', '2010-06-01', '2010-06-30', ['uncertain-date']],
      // Ongoing, On-going, Continuous, Quarterly, Annually, Sept each year: recurring, not an error
      ['Ongoing', 'recurring', null, null, null, NONE],
      ['On-going', 'recurring', null, null, null, NONE],
      ['Continuous', 'recurring', null, null, null, NONE],
      ['Quarterly', 'recurring', null, null, null, NONE],
      ['Annually', 'recurring', null, null, null, NONE],
      ['Sept each year', 'recurring', null, null, null, NONE],
      // TBA, TBC, TBD, ?, -, empty: no target
      ['TBA', 'none', null, null, null, NONE],
      ['TBC', 'none', null, null, null, NONE],
      ['TBD', 'none', null, null, null, NONE],
      ['?', 'none', null, null, null, NONE],
      ['-', 'none', null, null, null, NONE],
      ['', 'none', null, null, null, NONE],
      // Year 2, Budget cycle: relative, warning
      ['Year 2', 'relative', null, null, null, ['relative-date']],
      ['Budget cycle', 'relative', null, null, null, ['relative-date']],
      // As above, Ditto, See 7.7, As 3.2: another record's date, found once every record is read
      ['As above', 'reference', null, null, null, NONE],
      ['Ditto', 'reference', null, null, null, NONE],
      ['See 7.7', 'reference', null, null, null, NONE],
      ['As 3.2', 'reference', null, null, null, NONE],
      // anything else: not understood
      ['Completed', 'invalid', null, null, null, NONE],
      ['asap', 'invalid', null, null, null, NONE],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });
});

describe('the rules, case by case', () => {
  it.each(
    table([
      // exact days
      ['1st April 2009', 'exact', '2009-04-01', '2009-04-01', '2009-04-01', NONE],
      ['19 th October 2009', 'exact', '2009-10-19', '2009-10-19', '2009-10-19', NONE],
      ['27th February 2009', 'exact', '2009-02-27', '2009-02-27', '2009-02-27', NONE],
      ['2nd Nov 2010', 'exact', '2010-11-02', '2010-11-02', '2010-11-02', NONE],
      ['3rd of March 2011', 'exact', '2011-03-03', '2011-03-03', '2011-03-03', NONE],
      ['11-Mar-11', 'exact', '2011-03-11', '2011-03-11', '2011-03-11', NONE],
      ['31-Mar-2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['March 1st, 2011', 'exact', '2011-03-01', '2011-03-01', '2011-03-01', NONE],
      ['2011-03-31', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['31/03/2011 00:00:00', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['2011-03-31T00:00:00', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['1/4/10', 'exact', '2010-04-01', '2010-04-01', '2010-04-01', NONE],
      ['29/02/2012', 'exact', '2012-02-29', '2012-02-29', '2012-02-29', NONE],
      ['01.07.8', 'exact', '2008-07-01', '2008-07-01', '2008-07-01', ['one-digit-year']],
      [' 31/03/2011 ', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      // impossible dates
      ['31/02/2010', 'invalid', null, null, null, NONE],
      ['29/02/2011', 'invalid', null, null, null, NONE],
      ['32/01/2010', 'invalid', null, null, null, NONE],
      ['15/13/2010', 'invalid', null, null, null, NONE],
      ['15/03/206', 'invalid', null, null, null, NONE],
      ['31st February 2010', 'invalid', null, null, null, NONE],
      ['Mar 11 or 31/02/2010', 'invalid', null, null, null, NONE],
      // months
      ['Dec 09', 'month', '2009-12-31', '2009-12-01', '2009-12-31', NONE],
      ['April 09', 'month', '2009-04-30', '2009-04-01', '2009-04-30', NONE],
      ['Feb 2012', 'month', '2012-02-29', '2012-02-01', '2012-02-29', NONE],
      ['Mar-11', 'month', '2011-03-31', '2011-03-01', '2011-03-31', NONE],
      ["Dec '09", 'month', '2009-12-31', '2009-12-01', '2009-12-31', NONE],
      ['Dec ’09', 'month', '2009-12-31', '2009-12-01', '2009-12-31', NONE],
      ['Sept. 2010', 'month', '2010-09-30', '2010-09-01', '2010-09-30', NONE],
      ['JUNE 2011', 'month', '2011-06-30', '2011-06-01', '2011-06-30', NONE],
      ['Febuary 2011', 'month', '2011-02-28', '2011-02-01', '2011-02-28', NONE],
      ['Mar 1850', 'invalid', null, null, null, NONE],
      // years, financial years, quarters, seasons
      ['2010/11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['2011- 12', 'financial-year', '2012-03-31', '2011-04-01', '2012-03-31', NONE],
      ['2010 - 2011', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['FY 10/11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['FY2010/11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['FY 2011', 'invalid', null, null, null, NONE],
      ['FY11', 'invalid', null, null, null, NONE],
      ['financial year 2010/11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['2009-2011', 'range', '2011-12-31', '2009-01-01', '2011-12-31', ['vague-date']],
      ['2010-12', 'invalid', null, null, null, NONE],
      ['2010/13', 'invalid', null, null, null, NONE],
      ['Q1 2010/11', 'quarter', '2010-06-30', '2010-04-01', '2010-06-30', NONE],
      ['Q2 2010/11', 'quarter', '2010-09-30', '2010-07-01', '2010-09-30', NONE],
      ['Q4 2010/11', 'quarter', '2011-03-31', '2011-01-01', '2011-03-31', NONE],
      ['Q3 10/11', 'quarter', '2010-12-31', '2010-10-01', '2010-12-31', NONE],
      ['Quarter 3 2010-11', 'quarter', '2010-12-31', '2010-10-01', '2010-12-31', NONE],
      ['2010/11 Q3', 'quarter', '2010-12-31', '2010-10-01', '2010-12-31', NONE],
      ['Q4 2011', 'quarter', '2011-12-31', '2011-10-01', '2011-12-31', NONE],
      ['Q2 11', 'quarter', '2011-06-30', '2011-04-01', '2011-06-30', NONE],
      ['end of Q1 2011', 'quarter', '2011-03-31', '2011-01-01', '2011-03-31', NONE],
      ['Q5 2010', 'invalid', null, null, null, NONE],
      ['Q3', 'invalid', null, null, null, NONE],
      ['Summer 2010', 'range', '2010-08-31', '2010-06-01', '2010-08-31', ['vague-date']],
      ['Winter 2010/11', 'range', '2011-02-28', '2010-12-01', '2011-02-28', ['vague-date']],
      ['circa 2011', 'year', '2011-12-31', '2011-01-01', '2011-12-31', ['vague-date', 'uncertain-date']],
      // ranges
      ['Jan09 – Feb09', 'range', '2009-02-28', '2009-01-01', '2009-02-28', NONE],
      ['Jan09 - Feb09', 'range', '2009-02-28', '2009-01-01', '2009-02-28', NONE],
      ['Jan 09 to Feb 09', 'range', '2009-02-28', '2009-01-01', '2009-02-28', NONE],
      ['from Jan 2010 until March 2010', 'range', '2010-03-31', '2010-01-01', '2010-03-31', NONE],
      ['Nov-Dec 10', 'range', '2010-12-31', '2010-11-01', '2010-12-31', NONE],
      ['Dec-Jan 2011', 'range', '2011-01-31', '2010-12-01', '2011-01-31', NONE],
      ['6th to 8th July 2020', 'range', '2020-07-08', '2020-07-06', '2020-07-08', NONE],
      ['6-8 July 2020', 'range', '2020-07-08', '2020-07-06', '2020-07-08', NONE],
      ['01/04/2010 - 31/03/2011', 'range', '2011-03-31', '2010-04-01', '2011-03-31', NONE],
      ['between August 2009 and July 2010', 'range', '2010-07-31', '2009-08-01', '2010-07-31', NONE],
      ['2010/11 - 2011/12', 'range', '2012-03-31', '2010-04-01', '2012-03-31', NONE],
      // several dates
      ['Jan, Jun 11', 'multiple', '2011-06-30', '2011-01-01', '2011-06-30', ['several-dates'], ['2011-01-31', '2011-06-30']],
      ['Jan and Jun 2011', 'multiple', '2011-06-30', '2011-01-01', '2011-06-30', ['several-dates'], ['2011-01-31', '2011-06-30']],
      ['Mar 11 - Jan 11', 'multiple', '2011-03-31', '2011-01-01', '2011-03-31', ['several-dates'], ['2011-03-31', '2011-01-31']],
      [
        '12th & 19th Nov 2010',
        'multiple',
        '2010-11-19',
        '2010-11-12',
        '2010-11-19',
        ['several-dates'],
        ['2010-11-12', '2010-11-19'],
      ],
      ['Apr09 May09 Ongoing', 'multiple', '2009-05-31', '2009-04-01', '2009-05-31', ['several-dates'], ['2009-04-30', '2009-05-31']],
      [
        'Nov08 Jan09 – Feb09 Mar09',
        'multiple',
        '2009-03-31',
        '2008-11-01',
        '2009-03-31',
        ['several-dates'],
        ['2008-11-30', '2009-02-28', '2009-03-31'],
      ],
      [
        'Feb09 Start Feb09 Jan09 Ongoing April 09 and six-monthly thereafter',
        'multiple',
        '2009-04-30',
        '2009-01-01',
        '2009-04-30',
        ['several-dates'],
        ['2009-02-28', '2009-02-28', '2009-01-31', '2009-04-30'],
      ],
      [
        'Reception Survey Launched Nov 10. Customer Insight Survey Questionnaire Launched Dec 10.',
        'multiple',
        '2010-12-31',
        '2010-11-01',
        '2010-12-31',
        ['several-dates', 'surrounding-text'],
        ['2010-11-30', '2010-12-31'],
      ],
      ['2012, 2013', 'multiple', '2013-12-31', '2012-01-01', '2013-12-31', ['vague-date', 'several-dates'], ['2012-12-31', '2013-12-31']],
      // uncertain
      ['c. March 2010', 'month', '2010-03-31', '2010-03-01', '2010-03-31', ['uncertain-date']],
      ['around Sept 10', 'month', '2010-09-30', '2010-09-01', '2010-09-30', ['uncertain-date']],
      ['provisional Oct 2010', 'month', '2010-10-31', '2010-10-01', '2010-10-31', ['uncertain-date']],
      ['Provisionally 31/03/2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']],
      ['approximately Q2 2011', 'quarter', '2011-06-30', '2011-04-01', '2011-06-30', ['uncertain-date']],
      ['Mar 11?', 'month', '2011-03-31', '2011-03-01', '2011-03-31', ['uncertain-date']],
      ['Mar 11 (TBC)', 'month', '2011-03-31', '2011-03-01', '2011-03-31', ['uncertain-date']],
      // recurring
      ['On going', 'recurring', null, null, null, NONE],
      ['ongoing.', 'recurring', null, null, null, NONE],
      ['Monthly', 'recurring', null, null, null, NONE],
      ['six-monthly', 'recurring', null, null, null, NONE],
      ['6 monthly', 'recurring', null, null, null, NONE],
      ['Every year', 'recurring', null, null, null, NONE],
      ['Every 6 months', 'recurring', null, null, null, NONE],
      ['Annual', 'recurring', null, null, null, NONE],
      ['Weekly', 'recurring', null, null, null, NONE],
      ['Bi-annually', 'recurring', null, null, null, NONE],
      ['As required', 'recurring', null, null, null, NONE],
      ['Ongoing on a quarterly basis', 'recurring', null, null, null, NONE],
      ['Each of the criteria', 'invalid', null, null, null, NONE],
      // none
      ['N/A', 'none', null, null, null, NONE],
      ['n/a', 'none', null, null, null, NONE],
      ['NA', 'none', null, null, null, NONE],
      ['tbc.', 'none', null, null, null, NONE],
      ['To be confirmed', 'none', null, null, null, NONE],
      ['Not applicable', 'none', null, null, null, NONE],
      ['TBC - ongoing', 'none', null, null, null, NONE],
      ['--', 'none', null, null, null, NONE],
      ['   ', 'none', null, null, null, NONE],
      ['<p></p>', 'none', null, null, null, NONE],
      // relative, no plan start
      ['Year 1-3', 'relative', null, null, null, ['relative-date']],
      ['Next budget round', 'relative', null, null, null, ['relative-date']],
      ['Year 2 of the strategy', 'relative', null, null, null, ['relative-date', 'surrounding-text']],
      // text around a date
      ['Revised to Oct 09', 'month', '2009-10-31', '2009-10-01', '2009-10-31', NONE],
      ['by end of March 2010', 'month', '2010-03-31', '2010-03-01', '2010-03-31', NONE],
      ['By the end of March 2010', 'month', '2010-03-31', '2010-03-01', '2010-03-31', NONE],
      ['Target: 31/03/2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['Due 31/03/2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['No later than 31/03/2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['w/c 5th April 2010', 'exact', '2010-04-05', '2010-04-05', '2010-04-05', NONE],
      ['Week commencing 5 April 2010', 'exact', '2010-04-05', '2010-04-05', '2010-04-05', NONE],
      ['Start date: Jan 2011', 'month', '2011-01-31', '2011-01-01', '2011-01-31', NONE],
      ['Completion date 31/03/2011', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      ['Before 2012', 'year', '2012-12-31', '2012-01-01', '2012-12-31', ['vague-date']],
      ['Phase 2 - Mar 11', 'month', '2011-03-31', '2011-03-01', '2011-03-31', ['surrounding-text']],
      ['Mar 11 subject to funding', 'month', '2011-03-31', '2011-03-01', '2011-03-31', ['surrounding-text']],
      ['mid March 2011', 'month', '2011-03-31', '2011-03-01', '2011-03-31', ['surrounding-text']],
      ['Jun 10 - Ongoing', 'month', '2010-06-30', '2010-06-01', '2010-06-30', ['surrounding-text']],
      // anything else
      ['16 March', 'invalid', null, null, null, NONE],
      ['Sept', 'invalid', null, null, null, NONE],
      ['1.1.3', 'invalid', null, null, null, NONE],
      ['12', 'invalid', null, null, null, NONE],
      ['Phase 2', 'invalid', null, null, null, NONE],
      ['See action plan', 'invalid', null, null, null, NONE],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });
});

describe('seed 000 (Customer First progress update)', () => {
  it.each(
    table([
      // header dates
      ['01/06/09', 'exact', '2009-06-01', '2009-06-01', '2009-06-01', NONE],
      ['16/11/09', 'exact', '2009-11-16', '2009-11-16', '2009-11-16', NONE],
      ['Evidence of progress 01/06/09', 'exact', '2009-06-01', '2009-06-01', '2009-06-01', ['surrounding-text']],
      ['Assessment of progress (Categories 1-4) 01/06/09', 'exact', '2009-06-01', '2009-06-01', '2009-06-01', ['surrounding-text']],
      ['Evidence of Progress 16/11/09', 'exact', '2009-11-16', '2009-11-16', '2009-11-16', ['surrounding-text']],
      ['Assessment of progress (Categories 1-4) 16/11/09', 'exact', '2009-11-16', '2009-11-16', '2009-11-16', ['surrounding-text']],
      // Anticipated Completion Date/ Completion Date column
      ['Aug 2010', 'month', '2010-08-31', '2010-08-01', '2010-08-31', NONE],
      ['Apr09 May09 Ongoing', 'multiple', '2009-05-31', '2009-04-01', '2009-05-31', ['several-dates'], ['2009-04-30', '2009-05-31']],
      ['Dec08 - Jan09', 'range', '2009-01-31', '2008-12-01', '2009-01-31', NONE],
      [
        '<p>Feb09 Start Feb09 Jan09 Ongoing April 09 and six-monthly thereafter</p>',
        'multiple',
        '2009-04-30',
        '2009-01-01',
        '2009-04-30',
        ['several-dates'],
        ['2009-02-28', '2009-02-28', '2009-01-31', '2009-04-30'],
      ],
      ['Dec 09', 'month', '2009-12-31', '2009-12-01', '2009-12-31', NONE],
      [
        '<p>Nov08</p> <p>Jan09 – Feb09</p> <p>Mar09</p>',
        'multiple',
        '2009-03-31',
        '2008-11-01',
        '2009-03-31',
        ['several-dates'],
        ['2008-11-30', '2009-02-28', '2009-03-31'],
      ],
      ['Nov08\nJan09 – Feb09\nMar09', 'multiple', '2009-03-31', '2008-11-01', '2009-03-31', ['several-dates'], ['2008-11-30', '2009-02-28', '2009-03-31']],
      ['Ongoing', 'recurring', null, null, null, NONE],
      // dates written in the proposed actions and progress text
      ['12th & 19th Nov.', 'invalid', null, null, null, NONE],
      ['2009/2010', 'financial-year', '2010-03-31', '2009-04-01', '2010-03-31', NONE],
      ['post-March 2009', 'month', '2009-03-31', '2009-03-01', '2009-03-31', ['surrounding-text']],
      ['November 2008', 'month', '2008-11-30', '2008-11-01', '2008-11-30', NONE],
      ['March 2009', 'month', '2009-03-31', '2009-03-01', '2009-03-31', NONE],
      ['end of April 2009', 'month', '2009-04-30', '2009-04-01', '2009-04-30', NONE],
      ['1st April 2009', 'exact', '2009-04-01', '2009-04-01', '2009-04-01', NONE],
      ['June 2009', 'month', '2009-06-30', '2009-06-01', '2009-06-30', NONE],
      ['August 2009', 'month', '2009-08-31', '2009-08-01', '2009-08-31', NONE],
      ['July 2010', 'month', '2010-07-31', '2010-07-01', '2010-07-31', NONE],
      ['between August 2009 and July 2010', 'range', '2010-07-31', '2009-08-01', '2010-07-31', NONE],
      ['5th May', 'invalid', null, null, null, NONE],
      ['end of June', 'invalid', null, null, null, NONE],
      ['December 2008', 'month', '2008-12-31', '2008-12-01', '2008-12-31', NONE],
      ['end Sept', 'invalid', null, null, null, NONE],
      ['end of Nov/early Dec', 'invalid', null, null, null, NONE],
      ['October 2009', 'month', '2009-10-31', '2009-10-01', '2009-10-31', NONE],
      ['Revised completion date October 2009.', 'month', '2009-10-31', '2009-10-01', '2009-10-31', NONE],
      ['December 2009', 'month', '2009-12-31', '2009-12-01', '2009-12-31', NONE],
      ['recommended to CMT December 2009.', 'month', '2009-12-31', '2009-12-01', '2009-12-31', ['surrounding-text']],
      ['April 2010', 'month', '2010-04-30', '2010-04-01', '2010-04-30', NONE],
      ['September 2010', 'month', '2010-09-30', '2010-09-01', '2010-09-30', NONE],
      [
        'Estimated completion dates: April 2010 for individual phones September 2010 for hunt/pick up groups.',
        'multiple',
        '2010-09-30',
        '2010-04-01',
        '2010-09-30',
        ['several-dates', 'surrounding-text'],
        ['2010-04-30', '2010-09-30'],
      ],
      ['27th February 2009', 'exact', '2009-02-27', '2009-02-27', '2009-02-27', NONE],
      ['June 2009.', 'month', '2009-06-30', '2009-06-01', '2009-06-30', NONE],
      ['September 2009', 'month', '2009-09-30', '2009-09-01', '2009-09-30', NONE],
      ['end of March 2009', 'month', '2009-03-31', '2009-03-01', '2009-03-31', NONE],
      ['New completion date for this recommendation set as September 2009.', 'month', '2009-09-30', '2009-09-01', '2009-09-30', ['surrounding-text']],
      ['19 th October 2009', 'exact', '2009-10-19', '2009-10-19', '2009-10-19', NONE],
      ['Members Newsletter was issued December 2008', 'month', '2008-12-31', '2008-12-01', '2008-12-31', ['surrounding-text']],
      ['Awards ceremony held on 19 th October 2009.', 'exact', '2009-10-19', '2009-10-19', '2009-10-19', ['surrounding-text']],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });
});

describe('seed 001 (CSE corporate action plan)', () => {
  it.each(
    table([
      ['March 2011', 'month', '2011-03-31', '2011-03-01', '2011-03-31', NONE],
      ['Customer Service Excellence Corporate Action Plan: 2010-11', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', ['surrounding-text']],
      // Target Completion Date column
      ['Feb 11', 'month', '2011-02-28', '2011-02-01', '2011-02-28', NONE],
      ['Mar 11', 'month', '2011-03-31', '2011-03-01', '2011-03-31', NONE],
      ['Sept 10', 'month', '2010-09-30', '2010-09-01', '2010-09-30', NONE],
      ['Oct 10', 'month', '2010-10-31', '2010-10-01', '2010-10-31', NONE],
      ['Jan 11', 'month', '2011-01-31', '2011-01-01', '2011-01-31', NONE],
      ['May 11', 'month', '2011-05-31', '2011-05-01', '2011-05-31', NONE],
      ['Jun 11', 'month', '2011-06-30', '2011-06-01', '2011-06-30', NONE],
      ['Jan/Jun 11', 'multiple', '2011-06-30', '2011-01-01', '2011-06-30', ['several-dates'], ['2011-01-31', '2011-06-30']],
      ['Oct 11', 'month', '2011-10-31', '2011-10-01', '2011-10-31', NONE],
      ['Jan 12', 'month', '2012-01-31', '2012-01-01', '2012-01-31', NONE],
      ['Apr 11', 'month', '2011-04-30', '2011-04-01', '2011-04-30', NONE],
      ['2013', 'year', '2013-12-31', '2013-01-01', '2013-12-31', ['vague-date']],
      [
        'Reception Survey Launched Nov 10. Customer Insight Survey Questionnaire Launched Dec 10.',
        'multiple',
        '2010-12-31',
        '2010-11-01',
        '2010-12-31',
        ['several-dates', 'surrounding-text'],
        ['2010-11-30', '2010-12-31'],
      ],
      ['Dec 10', 'month', '2010-12-31', '2010-12-01', '2010-12-31', NONE],
      ['Mar 12', 'month', '2012-03-31', '2012-03-01', '2012-03-31', NONE],
      ['TBA', 'none', null, null, null, NONE],
      ['Nov 10', 'month', '2010-11-30', '2010-11-01', '2010-11-30', NONE],
      ['Dec 11', 'month', '2011-12-31', '2011-12-01', '2011-12-31', NONE],
      // dates in the Progress column
      ['Agenda item CSE PAG Feb 11 – services with multiple self-assessments to consolidate given extension to 18 March to complete', 'month', '2011-02-28', '2011-02-01', '2011-02-28', ['surrounding-text']],
      ['All service plans adopted by 16 March; C&CS Plan includes specific reference to Council Action A1', 'invalid', null, null, null, NONE],
      ['Actions from this plan are incorporated within final 2011-12 service plans.', 'financial-year', '2012-03-31', '2011-04-01', '2012-03-31', ['surrounding-text']],
      ['Completed', 'invalid', null, null, null, NONE],
      ['Information & guidance available in updated Comms. Strategy & completed EQIA\'s. On-going.', 'recurring', null, null, null, NONE],
      ['<p>Survey went live – Nov 11.</p> <p>Monitoring quarterly.</p>', 'month', '2011-11-30', '2011-11-01', '2011-11-30', ['surrounding-text']],
      ['Survey went live – Nov 11.', 'month', '2011-11-30', '2011-11-01', '2011-11-30', ['surrounding-text']],
      ['Completed – ongoing future editions.', 'recurring', null, null, null, NONE],
      ['Jan 11 – Corporate Profile Update complete', 'month', '2011-01-31', '2011-01-01', '2011-01-31', ['surrounding-text']],
      ['Launched July 09 - ongoing', 'month', '2009-07-31', '2009-07-01', '2009-07-31', ['surrounding-text']],
      ['Oct 08, 09, 10 - ongoing', 'month', '2008-10-31', '2008-10-01', '2008-10-31', ['surrounding-text']],
      ['Scheme launched Jan 11', 'month', '2011-01-31', '2011-01-01', '2011-01-31', ['surrounding-text']],
      ['Agreed not to proceed.', 'invalid', null, null, null, NONE],
      ['Analyse information and publish data Jan 11 – CSE PAG, Feb 11 - SMT, PFH. Ongoing on a quarterly basis.', 'multiple', '2011-02-28', '2011-01-01', '2011-02-28', ['several-dates', 'surrounding-text'], ['2011-01-31', '2011-02-28']],
      ['First analysis of access survey to CSE PAG – Jan 11', 'month', '2011-01-31', '2011-01-01', '2011-01-31', ['surrounding-text']],
      ['Included within Customer Insight Survey – Questionnaire – Dec 10', 'month', '2010-12-31', '2010-12-01', '2010-12-31', ['surrounding-text']],
      ['2010-11 programme on course for full completion', 'financial-year', '2011-03-31', '2010-04-01', '2011-03-31', ['surrounding-text']],
      ['Reception Survey & Customer Insight Survey – Questionnaires – Nov-Dec 10', 'range', '2010-12-31', '2010-11-01', '2010-12-31', ['surrounding-text']],
      ['Shortlisting complete – interviews 22 March 2011', 'exact', '2011-03-22', '2011-03-22', '2011-03-22', ['surrounding-text']],
      ['Pressure of other project work means the target completion date for the revised CCC policy is July 11.', 'month', '2011-07-31', '2011-07-01', '2011-07-31', ['surrounding-text']],
      ['Jun 10 - Ongoing', 'month', '2010-06-30', '2010-06-01', '2010-06-30', ['surrounding-text']],
      ['Publish info. on CSE website – Feb 11. Service Plans 2011- 12. Completed – SCM Summer edition.', 'multiple', '2012-03-31', '2011-02-01', '2012-03-31', ['several-dates', 'surrounding-text'], ['2011-02-28', '2012-03-31']],
      ['Pilot is in Planning service. Journey map complaints as part of CCC review (see above). Revised target July 11', 'month', '2011-07-31', '2011-07-01', '2011-07-31', ['surrounding-text']],
      ['Project Initiation Document drafted, Feb 11. Feedback from CSE PAG incorporated into a revised final draft PID. Revised target completion date Jan 12', 'multiple', '2012-01-31', '2011-02-01', '2012-01-31', ['several-dates', 'surrounding-text'], ['2011-02-28', '2012-01-31']],
      ['Revised target July 11', 'month', '2011-07-31', '2011-07-01', '2011-07-31', NONE],
      ['Revised target completion date Jan 12', 'month', '2012-01-31', '2012-01-01', '2012-01-31', NONE],
      ['On-going monthly', 'recurring', null, null, null, NONE],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });
});

describe('seed 003 (CSE assessment report)', () => {
  it.each(
    table([
      ['17.07.19', 'exact', '2019-07-17', '2019-07-17', '2019-07-17', NONE],
      ['6th to 8th July 2020', 'range', '2020-07-08', '2020-07-06', '2020-07-08', NONE],
      ['Provisional date for 12-month review visit 6th to 8th July 2020', 'range', '2020-07-08', '2020-07-06', '2020-07-08', ['uncertain-date', 'surrounding-text']],
      ['May 2019', 'month', '2019-05-31', '2019-05-01', '2019-05-31', NONE],
      ['Review the impact of complaints training given to staff in May 2019.', 'month', '2019-05-31', '2019-05-01', '2019-05-31', ['surrounding-text']],
      ['2018/19', 'financial-year', '2019-03-31', '2018-04-01', '2019-03-31', NONE],
      ['2010', 'year', '2010-12-31', '2010-01-01', '2010-12-31', ['vague-date']],
      ['2015', 'year', '2015-12-31', '2015-01-01', '2015-12-31', ['vague-date']],
      ['2020', 'year', '2020-12-31', '2020-01-01', '2020-12-31', ['vague-date']],
      ['The organisation has been accredited with CSE since 2010.', 'year', '2010-12-31', '2010-01-01', '2010-12-31', ['vague-date', 'surrounding-text']],
      // element ids are not dates
      ['1.1.3', 'invalid', null, null, null, NONE],
      ['3.4.2', 'invalid', null, null, null, NONE],
      ['NA', 'none', null, null, null, NONE],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });
});

describe('cells and numbers', () => {
  it.each(
    table([
      [null, 'none', null, null, null, NONE],
      [undefined, 'none', null, null, null, NONE],
      [{ type: 'empty', value: null }, 'none', null, null, null, NONE],
      [{ type: 'text', value: 'Mar 11' }, 'month', '2011-03-31', '2011-03-01', '2011-03-31', NONE],
      [{ type: 'text', value: '  ' }, 'none', null, null, null, NONE],
      [{ type: 'date', value: 40633 }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      [{ type: 'date', value: 40633.4375 }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      [{ type: 'date', value: 39171 }, 'exact', '2007-03-30', '2007-03-30', '2007-03-30', NONE],
      [{ type: 'date', value: 59 }, 'exact', '1900-02-28', '1900-02-28', '1900-02-28', NONE],
      [{ type: 'date', value: 60 }, 'invalid', null, null, null, NONE],
      [{ type: 'date', value: 61 }, 'exact', '1900-03-01', '1900-03-01', '1900-03-01', NONE],
      [{ type: 'date', value: 1 }, 'exact', '1900-01-01', '1900-01-01', '1900-01-01', NONE],
      [{ type: 'date', value: 0 }, 'invalid', null, null, null, NONE],
      [{ type: 'date', value: null }, 'none', null, null, null, NONE],
      [{ type: 'number', value: 40633, format: 'dd/mm/yyyy' }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      [{ type: 'number', value: 40633, format: 'd-mmm-yy' }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE],
      [{ type: 'number', value: 40633, format: '0.00' }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']],
      [{ type: 'number', value: 40633 }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']],
      [{ type: 'number', value: 2013 }, 'year', '2013-12-31', '2013-01-01', '2013-12-31', ['vague-date']],
      [{ type: 'number', value: 0.5 }, 'invalid', null, null, null, NONE],
      [{ type: 'number', value: 150000 }, 'invalid', null, null, null, NONE],
      [{ type: 'boolean', value: true }, 'invalid', null, null, null, NONE],
      [{ type: 'error', value: '#REF!' }, 'invalid', null, null, null, NONE],
      [{ type: 'error', value: '#N/A' }, 'invalid', null, null, null, NONE],
      [40633, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']],
      [2013, 'year', '2013-12-31', '2013-01-01', '2013-12-31', ['vague-date']],
      [1899, 'invalid', null, null, null, NONE],
      [2101, 'invalid', null, null, null, NONE],
      [7, 'invalid', null, null, null, NONE],
      [Number.NaN, 'invalid', null, null, null, NONE],
      ['40633', 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']],
    ]),
  )('%s', (_, row) => {
    expectRow(row);
  });

  it('honours the 1904 date system for date cells and plain serials', () => {
    expectRow([{ type: 'date', value: 39171 }, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', NONE], { date1904: true });
    expectRow([{ type: 'date', value: 0 }, 'exact', '1904-01-01', '1904-01-01', '1904-01-01', NONE], { date1904: true });
    expectRow([{ type: 'date', value: 60 }, 'exact', '1904-03-01', '1904-03-01', '1904-03-01', NONE], { date1904: true });
    expectRow([39171, 'exact', '2011-03-31', '2011-03-31', '2011-03-31', ['uncertain-date']], { date1904: true });
  });

  it('quotes what the cell showed', () => {
    expect(parseDateExpression({ type: 'date', value: 40633 }).text).toBe('31/03/2011');
    expect(parseDateExpression({ type: 'date', value: 39171 }, { date1904: true }).text).toBe('31/03/2011');
    expect(parseDateExpression({ type: 'date', value: 60 }).text).toBe('29/02/1900');
    expect(parseDateExpression({ type: 'error', value: '#REF!' }).text).toBe('#REF!');
    expect(parseDateExpression({ type: 'boolean', value: false }).text).toBe('FALSE');
    expect(parseDateExpression('  Mar 11 ').text).toBe('Mar 11');
    expect(parseDateExpression(40633).text).toBe('40633');
    expect(parseDateExpression(null).text).toBe('');
    expect(parseDateExpression('<p>Nov08</p> <p>Mar09</p>').text).toBe('<p>Nov08</p> <p>Mar09</p>');
  });
});

describe('relative dates with a plan start', () => {
  const planStart = '2010-04-01';
  it.each(
    table([
      ['Year 1', 'relative', '2011-03-31', '2010-04-01', '2011-03-31', ['relative-date']],
      ['Year 2', 'relative', '2012-03-31', '2011-04-01', '2012-03-31', ['relative-date']],
      ['Yr 3', 'relative', '2013-03-31', '2012-04-01', '2013-03-31', ['relative-date']],
      ['Year 1-3', 'relative', '2013-03-31', '2010-04-01', '2013-03-31', ['relative-date']],
      ['Budget cycle', 'relative', '2011-03-31', '2010-04-01', '2011-03-31', ['relative-date']],
      ['Next budget round', 'relative', '2011-03-31', '2010-04-01', '2011-03-31', ['relative-date']],
      ['Mar 11', 'month', '2011-03-31', '2011-03-01', '2011-03-31', NONE],
    ]),
  )('%s', (_, row) => {
    expectRow(row, { planStart });
  });

  it('places the budget cycle in the financial year the plan starts in', () => {
    expectRow(['Budget cycle', 'relative', '2011-03-31', '2010-04-01', '2011-03-31', ['relative-date']], { planStart: '2011-02-01' });
    expectRow(['Year 2', 'relative', '2013-01-14', '2012-01-15', '2013-01-14', ['relative-date']], { planStart: '2011-01-15' });
  });
});

describe('warning messages', () => {
  it.each([
    ['2013', ['"2013" gives only a year; read as 31/12/2013']],
    ['15/03/6', ['"15/03/6" has a one-digit year; read as 15/03/2006']],
    ['01.07.08?', ['"01.07.08?" is marked as uncertain ("?"); read as 01/07/2008']],
    ['c. March 2010', ['"c. March 2010" is marked as uncertain ("c."); read as 31/03/2010']],
    [
      'Jan/Jun 11',
      ['"Jan/Jun 11" gives several dates (31/01/2011, 30/06/2011); the latest, 30/06/2011, is the one used'],
    ],
    [
      'Feb09 Start Feb09 Jan09 Ongoing April 09 and six-monthly thereafter',
      [
        '"Feb09 Start Feb09 Jan09 Ongoing April 09 and six-monthly thereafter" gives several dates (28/02/2009, 28/02/2009, 31/01/2009, 30/04/2009); the latest, 30/04/2009, is the one used; it also says "Ongoing" and "six-monthly thereafter", which give no date',
      ],
    ],
    [
      'Reception Survey Launched Nov 10. Customer Insight Survey Questionnaire Launched Dec 10.',
      [
        '"Reception Survey Launched Nov 10. Customer Insight Survey Questionnaire Launche…" gives several dates (30/11/2010, 31/12/2010); the latest, 31/12/2010, is the one used',
        'In "Reception Survey Launched Nov 10. Customer Insight Survey Questionnaire Launche…": "Reception Survey Launched" and "Customer Insight Survey Questionnaire Launched" ignored; read as 31/12/2010',
      ],
    ],
    ['Mar 11 (TBC)', ['"Mar 11 (TBC)" is marked as uncertain ("TBC"); read as 31/03/2011']],
    ['Mar 11 - to be confirmed', ['"Mar 11 - to be confirmed" is marked as uncertain ("to be confirmed"); read as 31/03/2011']],
    ['approx. June 2010', ['"approx. June 2010" is marked as uncertain ("approx."); read as 30/06/2010']],
    ['Mar 11 subject to funding', ['In "Mar 11 subject to funding": "subject to funding" ignored; read as 31/03/2011']],
    ['Jun 10 - On-going', ['In "Jun 10 - On-going": it also says "On-going", which gives no date; read as 30/06/2010']],
    ['40633', ['"40633" is a plain number, read as an Excel date: 31/03/2011']],
    ['Year 2', ['"Year 2" is relative to the start of the plan, which is not set: give the plan start (Plan start on the RAG tab of the pane, or --plan-start on the command line) to place it']],
  ])('%s', (input, messages) => {
    expect(parseDateExpression(input).warnings.map((w) => w.message)).toEqual(messages);
  });
});

describe("a date given as another record's: the record above, or the one with that ref", () => {
  it.each<[Input, DateExpression['refersTo']]>([
    ['As above', { above: true }],
    ['as above', { above: true }],
    ['AS ABOVE', { above: true }],
    ['As above.', { above: true }],
    ['  As  above ', { above: true }],
    ['Same as above', { above: true }],
    ['The same date as above', { above: true }],
    ['As per above', { above: true }],
    ['See above', { above: true }],
    ['see row above', { above: true }],
    ['As action above', { above: true }],
    ['Ditto', { above: true }],
    ['Ditto.', { above: true }],
    ['"', { above: true }],
    ['\u201c', { above: true }],
    ['\u201d', { above: true }],
    ['\u3003', { above: true }],
    [{ type: 'text', value: 'As above' }, { above: true }],
    ['As 3.2', { ref: '3.2' }],
    ['As per 3.2', { ref: '3.2' }],
    ['See 7.7', { ref: '7.7' }],
    ['See 7.7.', { ref: '7.7' }],
    ['See action 7.7', { ref: '7.7' }],
    ['See 7.7 above', { ref: '7.7' }],
    ['See also 4', { ref: '4' }],
    ['See no. 3', { ref: '3' }],
    ['Same as 1.1.3', { ref: '1.1.3' }],
    ['As for 2(a)', { ref: '2(a)' }],
    ['As 2 (a)', { ref: '2 (a)' }],
    ['See 10', { ref: '10' }],
  ])('%j', (input, refersTo) => {
    const r = parseDateExpression(input);
    expect(dateExpressionSchema.parse(r)).toEqual(r);
    const text = typeof input === 'string' ? input.trim() : 'As above';
    expect(r).toEqual({ text, iso: null, kind: 'reference', earliest: null, latest: null, warnings: [], refersTo });
  });

  // no record named, or a date in the cell, which counts
  it.each<[string, DateKind]>([
    ['Above target', 'invalid'],
    ['See note', 'invalid'],
    ['See progress', 'invalid'],
    ['As soon as possible', 'invalid'],
    ['As previous', 'invalid'],
    ['As required', 'recurring'],
    ['See R1', 'invalid'],
    ['See Q3', 'invalid'],
    ['As Mar11', 'month'],
    ['See 2013', 'year'],
    ['See 1.4.11', 'exact'],
    ['See 12/10', 'invalid'],
    ['As above, Mar 11', 'month'],
    ['Ditto Mar 11', 'month'],
    ['Above', 'invalid'],
  ])('%j is no reference: %s', (input, kind) => {
    const r = parseDateExpression(input);
    expect([r.kind, r.refersTo]).toEqual([kind, undefined]);
  });

  it('the general reader, which reads progress text too, takes no reference', () => {
    expect(interpretDateText('As above', 'As above').kind).toBe('invalid');
  });
});

describe('fast paths give exactly what the general reader gives', () => {
  it.each([
    'Mar 11', 'Feb09', 'Sept 10', "Dec '09", 'Mar-11', 'March 2008', 'Mar 1850', 'Year 2011', 'circa 2011',
    '31/03/2011', '15.03.06', '15-3-06', '15/03/6', '31/02/2010', '15/03/206', '1.1.3', '2013', '2009/10',
    '2009/2010', '2010-11', '2010-12', '2009-2011', 'Ongoing', 'On-going', 'On going', 'ongoing.', 'Continuous',
    'Quarterly', 'Monthly', 'Annually', 'Annual', 'Weekly', 'Yearly', 'six-monthly', 'six monthly', '6-monthly',
    'Every year', 'Each year', 'Rolling', 'TBA', 'TBC', 'tbd', 'N/A', 'NA', 'none', 'nil', '?', '-', '--', '---',
    'To be confirmed', 'to be agreed', '  Mar 11 ',
  ])('%j', (input) => {
    expect(parseDateExpression(input)).toEqual(interpretDateText(input, input.trim()));
  });
});
