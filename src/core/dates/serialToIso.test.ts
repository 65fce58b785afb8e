import { isoToSerial, serialToIso } from './serialToIso';

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
