import { dateToIso, formatUkDate, isIsoDate, isoFromParts, isoToDate } from './isoDates';

describe('isoFromParts', () => {
  it.each([
    [2011, 3, 31, '2011-03-31'],
    [2009, 1, 1, '2009-01-01'],
    [1900, 12, 9, '1900-12-09'],
    [999, 1, 2, '0999-01-02'],
  ])('%i-%i-%i → %s', (y, m, d, iso) => {
    expect(isoFromParts(y, m, d)).toBe(iso);
  });
});

describe('dateToIso (local calendar day, never via toISOString)', () => {
  it.each([
    [new Date(2011, 2, 31), '2011-03-31'],
    [new Date(2011, 2, 31, 23, 59, 59), '2011-03-31'],
    [new Date(2010, 2, 28, 0, 30), '2010-03-28'], // the night the UK clocks go forward
    [new Date(1900, 0, 1), '1900-01-01'],
  ])('%s → %s', (date, iso) => {
    expect(dateToIso(date)).toBe(iso);
  });
});

describe('isoToDate', () => {
  it.each([
    ['2011-03-31', 2011, 2, 31],
    ['2012-02-29', 2012, 1, 29],
    ['1900-01-01', 1900, 0, 1],
    ['0050-06-01', 50, 5, 1],
  ])('%s → local midnight', (iso, y, m, d) => {
    const date = isoToDate(iso)!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([y, m, d, 0]);
  });

  it.each(['2010-02-29', '2011-13-01', '2011-04-31', '31/03/2011', '2011-3-31', '', 'nonsense'])('%s → null', (text) => {
    expect(isoToDate(text)).toBeNull();
  });

  it('round-trips with dateToIso', () => {
    for (const iso of ['2008-11-30', '2009-02-28', '2020-07-08', '2100-12-31']) expect(dateToIso(isoToDate(iso)!)).toBe(iso);
  });
});

describe('formatUkDate', () => {
  it.each([
    ['2011-03-31', '31/03/2011'],
    ['2009-01-01', '01/01/2009'],
    ['1900-02-28', '28/02/1900'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, uk) => {
    expect(formatUkDate(iso)).toBe(uk);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2011-03-31', true],
    ['2011-02-31', false],
    ['2011/03/31', false],
  ])('%s → %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
