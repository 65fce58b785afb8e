import {
  financialQuarterInterval,
  financialYearFromPair,
  financialYearInterval,
  financialYearStartOf,
} from './financialYear';

describe('financialYearInterval', () => {
  it.each([
    [2009, '2009-04-01', '2010-03-31'],
    [2010, '2010-04-01', '2011-03-31'],
    [1999, '1999-04-01', '2000-03-31'],
  ])('%i → %s … %s', (start, earliest, latest) => {
    expect(financialYearInterval(start)).toEqual({ earliest, latest });
  });
});

describe('financialQuarterInterval (Q1 = April–June)', () => {
  it.each([
    [2010, 1, '2010-04-01', '2010-06-30'],
    [2010, 2, '2010-07-01', '2010-09-30'],
    [2010, 3, '2010-10-01', '2010-12-31'],
    [2010, 4, '2011-01-01', '2011-03-31'],
    [2011, 4, '2012-01-01', '2012-03-31'],
  ])('Q%2$i %1$i/next → %s … %s', (start, q, earliest, latest) => {
    expect(financialQuarterInterval(start, q)).toEqual({ earliest, latest });
  });
});

describe('financialYearStartOf', () => {
  it.each([
    ['2011-03-31', 2010],
    ['2011-04-01', 2011],
    ['2010-12-31', 2010],
    ['2011-01-01', 2010],
    ['nonsense', null],
  ])('%s → %s', (iso, start) => {
    expect(financialYearStartOf(iso)).toBe(start);
  });
});

describe('financialYearFromPair', () => {
  it.each([
    [2009, 2010, 4, 2009],
    [2009, 10, 2, 2009],
    [2010, 11, 2, 2010],
    [1999, 0, 2, 1999],
    [2009, 11, 2, null],
    [2010, 2012, 4, null],
    [2010, 2010, 4, null],
    [2010, 1, 1, null],
  ])('%i and %i (%i digits) → %s', (first, second, digits, start) => {
    expect(financialYearFromPair(first, second, digits)).toBe(start);
  });
});
