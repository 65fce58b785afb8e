import { scanDates } from './scanDates';
import { tokenizeDateText } from './tokenizeDateText';

function scan(text: string) {
  const tokens = tokenizeDateText(text);
  const result = scanDates(tokens);
  return {
    impossible: result.impossible,
    atoms: result.atoms.map((a) => ({
      text: text.slice(tokens[a.first]!.start, tokens[a.last]!.end),
      kind: a.kind,
      earliest: a.earliest,
      iso: a.iso,
      ...(a.vague ? { vague: a.vague } : {}),
      ...(a.oneDigitYear ? { oneDigitYear: true } : {}),
    })),
  };
}

describe('scanDates: one date', () => {
  it.each([
    ['15/03/2006', 'exact', '2006-03-15', '2006-03-15'],
    ['2011-03-31', 'exact', '2011-03-31', '2011-03-31'],
    ['2011/03/31', 'exact', '2011-03-31', '2011-03-31'],
    ['1 March 2009', 'exact', '2009-03-01', '2009-03-01'],
    ['11-Mar-11', 'exact', '2011-03-11', '2011-03-11'],
    ['March 1st, 2011', 'exact', '2011-03-01', '2011-03-01'],
    ['Aug 2010', 'month', '2010-08-01', '2010-08-31'],
    ['Feb09', 'month', '2009-02-01', '2009-02-28'],
    ['2013', 'year', '2013-01-01', '2013-12-31'],
    ['2009/10', 'financial-year', '2009-04-01', '2010-03-31'],
    ['FY 10/11', 'financial-year', '2010-04-01', '2011-03-31'],
    ['Q3 2010/11', 'quarter', '2010-10-01', '2010-12-31'],
    ['Quarter 4 2010-11', 'quarter', '2011-01-01', '2011-03-31'],
    ['Q2 11', 'quarter', '2011-04-01', '2011-06-30'],
    ['2010/11 Q1', 'quarter', '2010-04-01', '2010-06-30'],
    ['2011 Q4', 'quarter', '2011-10-01', '2011-12-31'],
    ['Summer 2010', 'range', '2010-06-01', '2010-08-31'],
    ['2009-2011', 'range', '2009-01-01', '2011-12-31'],
    ['Jan-Mar 2010', 'range', '2010-01-01', '2010-03-31'],
    ['Dec08 - Jan09', 'range', '2008-12-01', '2009-01-31'],
    ['6th to 8th July 2020', 'range', '2020-07-06', '2020-07-08'],
    ['between August 2009 and July 2010', 'range', '2009-08-01', '2010-07-31'],
  ])('%j → %s %s … %s', (text, kind, earliest, iso) => {
    const { atoms, impossible } = scan(text);
    expect(impossible).toBe(false);
    expect(atoms).toHaveLength(1);
    expect(atoms[0]).toMatchObject({ kind, earliest, iso });
  });
});

describe('scanDates: several dates, in the order written', () => {
  it.each([
    ['Jan/Jun 11', ['Jan', 'Jun 11']],
    ['Apr09 May09 Ongoing', ['Apr09', 'May09']],
    ['Nov08 Jan09 - Feb09 Mar09', ['Nov08', 'Jan09 - Feb09', 'Mar09']],
    ['12th & 19th Nov 2010', ['12th', '19th Nov 2010']],
    ['Mar 11 - Jan 11', ['Mar 11', 'Jan 11']], // backwards: not a range
    ['Jan 11 - CSE PAG, Feb 11 - SMT', ['Jan 11', 'Feb 11']],
  ])('%j', (text, parts) => {
    expect(scan(text).atoms.map((a) => a.text)).toEqual(parts);
  });
});

describe('scanDates: flags', () => {
  it('marks years and seasons as vague, and one-digit years', () => {
    expect(scan('2013').atoms[0]).toMatchObject({ vague: 'year' });
    expect(scan('2009 to 2011').atoms[0]).toMatchObject({ kind: 'range', vague: 'years' });
    expect(scan('Winter 2010/11').atoms[0]).toMatchObject({ vague: 'season', iso: '2011-02-28' });
    expect(scan('15/03/6').atoms[0]).toMatchObject({ oneDigitYear: true, iso: '2006-03-15' });
  });

  it.each(['31/02/2010', '29/02/2011', '2010/13', '2010-12', '15/03/206', 'Q5 2010', '30 February 2010', 'Q3 2010/12', 'FY 2011'])(
    '%j is impossible',
    (text) => {
      expect(scan(text).impossible).toBe(true);
    },
  );

  it.each(['16 March', '12th & 19th Nov.', 'Sept', 'end of Nov/early Dec', '1.1.3', '3.4.2', 'Phase 2', 'Office 365', '5,500'])(
    '%j holds no date',
    (text) => {
      expect(scan(text)).toEqual({ impossible: false, atoms: [] });
    },
  );

  it('does not read "Phase 2 - Mar 11" as 2 March', () => {
    expect(scan('Phase 2 - Mar 11').atoms).toEqual([{ text: 'Mar 11', kind: 'month', earliest: '2011-03-01', iso: '2011-03-31' }]);
  });

  it('drops a time after a date', () => {
    expect(scan('31/03/2011 17:30').atoms[0]!.text).toBe('31/03/2011 17:30');
    expect(scan('2011-03-31T00:00:00').atoms[0]!.iso).toBe('2011-03-31');
  });

  it('marks the tokens that belong to dates', () => {
    const tokens = tokenizeDateText('Revised to Oct 09');
    expect(Array.from(scanDates(tokens).used)).toEqual([0, 0, 1, 1]);
  });
});
