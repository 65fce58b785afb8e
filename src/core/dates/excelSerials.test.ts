import { isoDateTimeToSerial, isoToSerial, serialToIso } from './excelSerials';

describe('serialToIso, 1900 date system', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [32, '1900-02-01'],
    [59, '1900-02-28'],
    [60, null], // Excel's fictional 29/02/1900: no such day, so no date (documented decision)
    [61, '1900-03-01'],
    [62, '1900-03-02'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [36526, '2000-01-01'],
    [39448, '2008-01-01'],
    [39508, '2008-03-01'],
    [39507, '2008-02-29'],
    [40633, '2011-03-31'],
    [40633.75, '2011-03-31'], // the time of day is dropped
    [40268, '2010-03-31'],
    [40269, '2010-04-01'],
    [40452, '2010-10-01'],
    [44029, '2020-07-17'],
    [2958465, '9999-12-31'],
    [2958466, null],
    [0, null],
    [0.5, null],
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('serial %s → %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(serialToIso(serial, false)).toBe(iso);
  });
});

describe('serialToIso, 1904 date system', () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [59, '1904-02-29'], // 1904 really was a leap year
    [60, '1904-03-01'],
    [39171, '2011-03-31'], // the same day as 40633 in the 1900 system
    [37986, '2008-01-01'],
    [2957003, '9999-12-31'],
    [2957004, null],
    [-1, null],
  ])('serial %s → %s', (serial, iso) => {
    expect(serialToIso(serial, true)).toBe(iso);
  });

  it('is 1462 days behind the 1900 system from March 1900 on', () => {
    for (const serial of [1462, 20000, 40633, 50000]) expect(serialToIso(serial - 1462, true)).toBe(serialToIso(serial));
  });
});

describe('isoToSerial', () => {
  it.each([
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['2011-03-31', false, 40633],
    ['2011-03-31', true, 39171],
    ['1904-01-01', true, 0],
    ['1903-12-31', true, null],
    ['1899-12-31', false, null],
    ['2011-02-30', false, null],
  ])('%s (1904: %s) → %s', (iso, date1904, serial) => {
    expect(isoToSerial(iso, date1904)).toBe(serial);
  });

  it('round-trips every day from 1900 to 2030 in both systems', () => {
    for (let serial = 1; serial < 47500; serial += 7) {
      if (serial === 60) continue;
      expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
    }
    for (let serial = 0; serial < 46000; serial += 7) expect(isoToSerial(serialToIso(serial, true)!, true)).toBe(serial);
  });
});

const DAY = 86_400;

/**
 * An independent reference: whole days from each system's epoch by Date.UTC. In the 1900 system Excel
 * counts a 29 February 1900 that never was, so days before 1 March 1900 are one less than the true count.
 */
function expectedSerial(y: number, m: number, d: number, date1904: boolean): number {
  const utc = Date.UTC(y, m - 1, d);
  if (date1904) return (utc - Date.UTC(1904, 0, 1)) / (DAY * 1000);
  const days = (utc - Date.UTC(1899, 11, 30)) / (DAY * 1000);
  return utc < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('isoDateTimeToSerial: dates', () => {
  // [text, 1900 system, 1904 system]
  it.each<[string, number | undefined, number | undefined]>([
    ['2024-03-05', 45356, 43894],
    ['2011-03-31', 40633, 39171],
    ['2024-02-29', 45351, 43889],
    ['2000-02-29', 36585, 35123],
    ['1900-01-01', 1, undefined],
    ['1900-01-02', 2, undefined],
    ['1900-02-28', 59, undefined],
    // the phantom 29 February 1900 is serial 60: the next real day is 61
    ['1900-03-01', 61, undefined],
    ['1903-12-31', 1461, undefined],
    ['1904-01-01', 1462, 0],
    ['1904-01-02', 1463, 1],
    ['9999-12-31', 2958465, 2957003],
  ])('%s → %s (1900), %s (1904)', (text, s1900, s1904) => {
    expect(isoDateTimeToSerial(text, false)).toBe(s1900);
    expect(isoDateTimeToSerial(text, true)).toBe(s1904);
  });

  it('is 1,462 days less in the 1904 system, for any day both systems hold', () => {
    for (const text of ['1904-01-01', '1950-06-15', '2011-03-31', '2099-12-31', '9999-12-31']) {
      expect(isoDateTimeToSerial(text, false)! - isoDateTimeToSerial(text, true)!).toBe(1462);
    }
  });

  it('counts every day of 1900-1905 as Excel does, skipping serial 60 in the 1900 system only', () => {
    const seen1900: number[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(1905, 11, 31); t += DAY * 1000) {
      const d = new Date(t);
      const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const text = iso(y, m, dd);
      const s1900 = isoDateTimeToSerial(text, false);
      expect({ text, s1900 }).toEqual({ text, s1900: expectedSerial(y, m, dd, false) });
      seen1900.push(s1900!);
      const s1904 = isoDateTimeToSerial(text, true);
      expect({ text, s1904 }).toEqual({ text, s1904: y < 1904 ? undefined : expectedSerial(y, m, dd, true) });
    }
    expect(seen1900).not.toContain(60);
    expect(seen1900.slice(0, 60)).toEqual([...Array.from({ length: 59 }, (_, i) => i + 1), 61]);
  });

  it('agrees with the reference on the first of every month through the centuries', () => {
    for (let y = 1901; y <= 9999; y += 97) {
      for (let m = 1; m <= 12; m++) {
        const text = iso(y, m, 1);
        expect({ text, s: isoDateTimeToSerial(text, false) }).toEqual({ text, s: expectedSerial(y, m, 1, false) });
        expect({ text, s: isoDateTimeToSerial(text, true) }).toEqual({ text, s: y >= 1904 ? expectedSerial(y, m, 1, true) : undefined });
      }
    }
  });

  it.each([
    // before each system's first day, and past Excel's last
    '1899-12-31',
    '1899-12-30',
    '0001-01-01',
    '10000-01-01',
    '-0001-01-01',
    // days that do not exist, the phantom one among them
    '1900-02-29',
    '2100-02-29',
    '2023-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    // not ISO 8601 extended dates
    '2024-3-5',
    '2024/03/05',
    '05/03/2024',
    '20240305',
    '24-03-05',
    '2024-03',
  ])('%j is not a date either system can hold', (text) => {
    expect(isoDateTimeToSerial(text, false)).toBeUndefined();
    expect(isoDateTimeToSerial(text, true)).toBeUndefined();
  });
});

describe('isoDateTimeToSerial: times', () => {
  // a time alone is a fraction of a day, the same in both systems
  it.each<[string, number]>([
    ['00:00', 0],
    ['06:00', 0.25],
    ['12:00', 0.5],
    ['18:00:00', 0.75],
    ['12:34', (12 * 3600 + 34 * 60) / DAY],
    ['23:59:59', (DAY - 1) / DAY],
    ['12:00:00.5', (12 * 3600 + 0.5) / DAY],
    ['12:00:00,25', (12 * 3600 + 0.25) / DAY],
    ['12:00:00.000001', (12 * 3600 + 0.000001) / DAY],
    // a leap second, and the end of the day as ISO 8601 allows it
    ['23:59:60', 1],
    ['24:00', 1],
    ['24:00:00', 1],
    ['T12:00', 0.5],
    [' 12:00 ', 0.5],
    ['12:00Z', 0.5],
    ['12:00:00+05:30', 0.5],
  ])('%j → %s', (text, expected) => {
    expect(isoDateTimeToSerial(text, false)).toBeCloseTo(expected, 12);
    expect(isoDateTimeToSerial(text, true)).toBeCloseTo(expected, 12);
  });

  it.each(['25:00', '12:60', '12:00:61', '9:00', '12', '12:0', '12:00.5', '12:00:00.', 'T', '12h00', 'noon', '12:00 PM'])('%j is not a time', (text) => {
    expect(isoDateTimeToSerial(text, false)).toBeUndefined();
    expect(isoDateTimeToSerial(text, true)).toBeUndefined();
  });
});

describe('isoDateTimeToSerial: date and time', () => {
  it.each<[string, number, number]>([
    ['2024-03-05T12:00:00', 45356.5, 43894.5],
    ['2024-03-05 18:00', 45356.75, 43894.75],
    ['2024-03-05T06:00', 45356.25, 43894.25],
    ['2024-03-05T00:00:00', 45356, 43894],
    ['2024-03-05T24:00', 45357, 43895],
    ['1900-01-01T12:00', 1.5, Number.NaN],
    ['1900-02-28T23:59:59', 59 + (DAY - 1) / DAY, Number.NaN],
    ['1900-03-01T06:00', 61.25, Number.NaN],
    ['1904-01-01T18:00', 1462.75, 0.75],
    ['9999-12-31T23:59:59', 2958465 + (DAY - 1) / DAY, 2957003 + (DAY - 1) / DAY],
  ])('%s → %s (1900), %s (1904)', (text, s1900, s1904) => {
    expect(isoDateTimeToSerial(text, false)).toBeCloseTo(s1900, 9);
    if (Number.isNaN(s1904)) expect(isoDateTimeToSerial(text, true)).toBeUndefined();
    else expect(isoDateTimeToSerial(text, true)).toBeCloseTo(s1904, 9);
  });

  // Excel has no time zones: the wall-clock time is kept and the offset ignored
  it.each(['2024-03-05T12:00:00Z', '2024-03-05T12:00:00+01:00', '2024-03-05T12:00:00-05:00', '2024-03-05T12:00:00+0530', '2024-03-05T12:00:00.000Z', ' 2024-03-05T12:00:00 '])(
    '%j → 45356.5, the offset ignored',
    (text) => {
      expect(isoDateTimeToSerial(text, false)).toBe(45356.5);
    },
  );

  it('takes a zone after a date with no time', () => {
    expect(isoDateTimeToSerial('2024-03-05Z', false)).toBe(45356);
    expect(isoDateTimeToSerial('2024-03-05+01:00', false)).toBe(45356);
  });

  it.each(['', ' ', 'Z', '+01:00', '2024-03-05T', '2024-03-05T12', '2024-03-05T25:00', '2024-02-30T12:00', '2024-03-05T12:00:00 extra', 'x2024-03-05', 'yesterday'])(
    '%j is neither',
    (text) => {
      expect(isoDateTimeToSerial(text, false)).toBeUndefined();
      expect(isoDateTimeToSerial(text, true)).toBeUndefined();
    },
  );
});
