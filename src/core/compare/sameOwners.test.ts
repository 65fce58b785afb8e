import { ownersKey } from './sameOwners';

describe('ownersKey: one owner written two ways is one owner', () => {
  it.each<[string | null, string | null, boolean]>([
    ['HB', 'H.B.', true],
    ['HB', 'hb', true],
    ['H B', 'HB', true],
    ['Policy & Performance', 'Policy and Performance', true],
    ['HB & KD', 'KD/HB', true],
    ['Head of Housing', 'head of  housing', true],
    ['TBC', null, true],
    ['-', '', true],
    ['HB', 'KD', false],
    ['HB', 'HB & KD', false],
    ['Head of Housing', 'Head of Finance', false],
    ['HB', null, false],
  ])('%j and %j → same: %j', (a, b, same) => {
    expect(ownersKey(a) === ownersKey(b)).toBe(same);
  });
});
