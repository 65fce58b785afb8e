import { dateToIso, daysBetween, formatUkDate, isIsoDate, isoDayNumber, isoFromParts, isoToDate, minIso, type IsoDate } from './isoDays';

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

describe('day arithmetic', () => {
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
