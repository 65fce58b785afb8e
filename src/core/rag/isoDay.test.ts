import type { IsoDate } from '../dates/dateExpression';
import { isoDayNumber } from '../dates/isoDates';
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

  it('isoDayNumber agrees with Date.UTC on every day from 1900 to 2100', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    let mismatches = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const iso = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
      if (isoDayNumber(iso) !== t / 86_400_000) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('minIso', () => {
    expect(minIso('2011-03-31', '2011-03-01')).toBe('2011-03-01');
    expect(minIso('2011-03-01', '2011-03-31')).toBe('2011-03-01');
  });
});
