import { dateExpressionSchema } from './dateExpression';
import { dateFromPlainNumber, dateFromSerial, isMonthOnlyFormat } from './readDateNumber';

describe('dateFromSerial (a real date cell)', () => {
  it.each([
    [40633, false, '31/03/2011', '2011-03-31'],
    [39171, true, '31/03/2011', '2011-03-31'],
    [40633.5, false, '31/03/2011', '2011-03-31'],
    [59, false, '28/02/1900', '1900-02-28'],
    [61, false, '01/03/1900', '1900-03-01'],
  ])('%s (1904: %s) → %s', (serial, date1904, text, iso) => {
    const r = dateFromSerial(serial, { date1904 });
    expect(r).toEqual({ text, iso, kind: 'exact', earliest: iso, latest: iso, warnings: [] });
    expect(dateExpressionSchema.parse(r)).toEqual(r);
  });

  it('calls serial 60 (the fictional 29/02/1900) invalid', () => {
    expect(dateFromSerial(60)).toMatchObject({ text: '29/02/1900', kind: 'invalid', iso: null });
    expect(dateFromSerial(60, { date1904: true })).toMatchObject({ kind: 'exact', iso: '1904-03-01' });
    expect(dateFromSerial(-5)).toMatchObject({ text: '-5', kind: 'invalid' });
  });
});

describe('dateFromPlainNumber', () => {
  it.each([
    [2013, 'year', '2013-12-31', '2013-01-01', ['vague-date']],
    [1900, 'year', '1900-12-31', '1900-01-01', ['vague-date']],
    [2100, 'year', '2100-12-31', '2100-01-01', ['vague-date']],
    [40633, 'exact', '2011-03-31', '2011-03-31', ['uncertain-date']],
    [20000, 'exact', '1954-10-03', '1954-10-03', ['uncertain-date']],
    [80000, 'exact', '2119-01-11', '2119-01-11', ['uncertain-date']],
    [2013.5, 'invalid', null, null, []],
    [12, 'invalid', null, null, []],
    [19999, 'invalid', null, null, []],
    [80001, 'invalid', null, null, []],
    [-40633, 'invalid', null, null, []],
    [Number.NaN, 'invalid', null, null, []],
  ])('%s → %s %s', (value, kind, iso, earliest, codes) => {
    const r = dateFromPlainNumber(value, String(value));
    expect(r).toMatchObject({ kind, iso, earliest, latest: iso, text: String(value) });
    expect(r.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('honours the 1904 system', () => {
    expect(dateFromPlainNumber(39171, '39171', { date1904: true }).iso).toBe('2011-03-31');
  });
});

describe('a date cell shown as a month', () => {
  it.each([
    ['mmm yy', 40575, 'Feb 2011', '2011-02-28', '2011-02-01'], // 01/02/2011 as Excel stores "Feb 2011" typed in
    ['mmm-yy', 40602, 'Feb 2011', '2011-02-28', '2011-02-01'],
    ['mmmm yyyy', 40422, 'Sep 2010', '2010-09-30', '2010-09-01'],
    ['[$-809]mmm yy', 40633, 'Mar 2011', '2011-03-31', '2011-03-01'],
  ])('format %s, serial %i → %s, by %s', (format, serial, text, iso, earliest) => {
    expect(dateFromSerial(serial, {}, format)).toEqual({ text, iso, kind: 'month', earliest, latest: iso, warnings: [] });
  });

  it.each(['dd/mm/yyyy', 'd-mmm-yy', 'mmm d, yyyy', 'dd/mm/yyyy hh:mm', undefined])('format %s keeps the day', (format) => {
    expect(dateFromSerial(40575, {}, format)).toMatchObject({ kind: 'exact', iso: '2011-02-01' });
  });

  it('isMonthOnlyFormat ignores literal text and colours', () => {
    expect(isMonthOnlyFormat('"Due "mmm yy')).toBe(true);
    expect(isMonthOnlyFormat('"day "mmm yy')).toBe(true);
    expect(isMonthOnlyFormat('0.00')).toBe(false);
  });
});
