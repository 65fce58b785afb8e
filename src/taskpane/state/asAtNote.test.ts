import { asAtNote } from './asAtNote';

describe('asAtNote', () => {
  it.each<[string, string, boolean, string | null]>([
    ['2026-12-07', '2026-12-07', false, 'today'],
    ['2026-12-07', '2026-12-07', true, 'today'],
    ['2011-03-31', '2026-12-07', false, 'saved in the workbook'],
    ['2011-03-31', '2026-12-07', true, null],
  ])('as at %s, today %s, given here %j → %j', (asAt, today, givenHere, note) => expect(asAtNote(asAt, today, givenHere)).toBe(note));
});
