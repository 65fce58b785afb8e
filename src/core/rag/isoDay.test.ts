import type { IsoDate } from '../dates/dateExpression';
import { dayCount, daysBetween, minIso } from './isoDay';

describe('isoDay', () => {
  it.each<[IsoDate, IsoDate, number, number]>([
    // later, earlier, calendar days, working days
    ['2011-03-31', '2011-03-01', 30, 22],
    ['2011-03-14', '2011-03-11', 3, 1], // Mon after Fri
    ['2011-03-01', '2011-03-31', -30, -22],
    ['2011-03-31', '2011-03-31', 0, 0],
    ['2011-03-29', '2011-03-25', 4, 2], // Tue after Fri, over the UK clock change on 27/03/2011
    ['2011-03-28', '2011-03-26', 2, 0], // from a Saturday to the Monday: no working day between (date-fns)
    ['2012-03-01', '2012-02-28', 2, 2], // leap year
  ])('daysBetween(%s, %s) = %s calendar, %s working', (later, earlier, calendar, working) => {
    expect(daysBetween(later, earlier)).toBe(calendar);
    expect(daysBetween(later, earlier, true)).toBe(working);
  });

  it.each<[number, boolean, string]>([
    [1, false, '1 day'],
    [0, false, '0 days'],
    [12, false, '12 days'],
    [1, true, '1 working day'],
    [3, true, '3 working days'],
  ])('dayCount(%s, %s) = %s', (days, working, text) => {
    expect(dayCount(days, working)).toBe(text);
  });

  it('minIso', () => {
    expect(minIso('2011-03-31', '2011-03-01')).toBe('2011-03-01');
    expect(minIso('2011-03-01', '2011-03-31')).toBe('2011-03-01');
  });
});
