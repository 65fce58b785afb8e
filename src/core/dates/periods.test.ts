import { calendarQuarterInterval, dayIso, daysInMonth, isRealDay, monthInterval, yearInterval } from './periods';

describe('daysInMonth', () => {
  it.each([
    [2011, 2, 28],
    [2012, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2011, 4, 30],
    [2011, 12, 31],
  ])('%i-%i has %i days', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });
});

describe('isRealDay / dayIso', () => {
  it.each([
    [2010, 2, 31, null],
    [2010, 2, 28, '2010-02-28'],
    [2012, 2, 29, '2012-02-29'],
    [2011, 2, 29, null],
    [2011, 13, 1, null],
    [2011, 0, 1, null],
    [2011, 4, 31, null],
    [2011, 4, 0, null],
    [2011, 3, 1.5, null],
  ])('%i-%i-%s → %s', (y, m, d, iso) => {
    expect(dayIso(y, m, d)).toBe(iso);
    expect(isRealDay(y, m, d)).toBe(iso !== null);
  });
});

describe('monthInterval', () => {
  it.each([
    [2010, 8, '2010-08-01', '2010-08-31'],
    [2009, 2, '2009-02-01', '2009-02-28'],
    [2008, 2, '2008-02-01', '2008-02-29'],
    [2010, 9, '2010-09-01', '2010-09-30'],
  ])('%i-%i → %s … %s', (y, m, earliest, latest) => {
    expect(monthInterval(y, m)).toEqual({ earliest, latest });
  });
});

describe('calendarQuarterInterval', () => {
  it.each([
    [2011, 1, '2011-01-01', '2011-03-31'],
    [2011, 2, '2011-04-01', '2011-06-30'],
    [2011, 3, '2011-07-01', '2011-09-30'],
    [2011, 4, '2011-10-01', '2011-12-31'],
  ])('Q%2$i %1$i → %s … %s', (y, q, earliest, latest) => {
    expect(calendarQuarterInterval(y, q)).toEqual({ earliest, latest });
  });
});

describe('yearInterval', () => {
  it('2013 → 1 Jan … 31 Dec', () => {
    expect(yearInterval(2013)).toEqual({ earliest: '2013-01-01', latest: '2013-12-31' });
  });
});
