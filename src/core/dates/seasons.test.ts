import { isSeasonWord, seasonInterval } from './seasons';

describe('seasonInterval', () => {
  it.each([
    ['spring', 2011, '2011-03-01', '2011-05-31'],
    ['Summer', 2010, '2010-06-01', '2010-08-31'],
    ['autumn', 2010, '2010-09-01', '2010-11-30'],
    ['winter', 2010, '2010-12-01', '2011-02-28'],
    ['winter', 2011, '2011-12-01', '2012-02-29'],
  ])('%s %i → %s … %s', (word, year, earliest, latest) => {
    expect(seasonInterval(word, year)).toEqual({ earliest, latest });
  });

  it('is null for other words', () => {
    expect(seasonInterval('edition', 2010)).toBeNull();
    expect(isSeasonWord('summer')).toBe(true);
    expect(isSeasonWord('sum')).toBe(false);
  });
});
