import { isoFromUk, ukFromIso } from './ukDate';

describe('isoFromUk', () => {
  it.each([
    ['30/09/2010', '2010-09-30'],
    ['30/9/10', '2010-09-30'],
    ['1.4.2011', '2011-04-01'],
    [' 31-03-2011 ', '2011-03-31'],
    ['29/02/2012', '2012-02-29'],
    ['29/02/2011', null],
    ['31/04/2011', null],
    ['09/30/2010', null],
    ['2010-09-30', null],
    ['', null],
    ['TBA', null],
  ])('%j → %j', (text, iso) => expect(isoFromUk(text)).toBe(iso));
});

describe('ukFromIso', () => {
  it.each([
    ['2010-09-30', '30/09/2010'],
    ['2011-04-01', '01/04/2011'],
    ['not a date', 'not a date'],
  ])('%j → %j', (iso, text) => expect(ukFromIso(iso)).toBe(text));
});
