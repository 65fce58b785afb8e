import { MONTH_FULL_NAMES, monthNumber } from './monthNames';

describe('monthNumber', () => {
  it.each([
    ['Jan', 1],
    ['january', 1],
    ['Feb', 2],
    ['Febuary', 2],
    ['MARCH', 3],
    ['Apr', 4],
    ['April', 4],
    ['May', 5],
    ['Jun', 6],
    ['June', 6],
    ['Jul', 7],
    ['July', 7],
    ['Aug', 8],
    ['Sep', 9],
    ['Sept', 9],
    ['September', 9],
    ['Oct', 10],
    ['Nov', 11],
    ['November', 11],
    ['Dec', 12],
    ['December', 12],
  ])('%s → %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(['Ma', 'Sept.', 'Mays', 'Year', 'Q1', '', 'Summer'])('%s is not a month', (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });

  it('knows every full name', () => {
    MONTH_FULL_NAMES.forEach((name, i) => expect(monthNumber(name)).toBe(i + 1));
  });
});
