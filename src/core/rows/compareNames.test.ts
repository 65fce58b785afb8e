import { compareNames } from './compareNames';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const sign = (n: number): number => Math.sign(n);

describe('compareNames', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['Group 2', 'Group 10', -1],
    ['group 10', 'Group 2', 1],
    ['HB', 'hb', 0],
    ['Ann Smith', 'Anne Smith', -1],
    ['H.B.', 'HB', -1],
    ['Smith-Jones', 'Smith Jones', 1],
    ['Team 01', 'team 1', 0],
    ['Team 007', 'Team 7a', -1],
    ['Finance & IT', 'Finance and IT', -1],
    ['', 'A', -1],
    ['A', '', 1],
    ['', '', 0],
    ['2nd floor', 'Admin', -1],
    ['Zoë', 'Zoe', 0],
    ['Émile', 'Emma', -1],
    ['Q1 lead', 'Q10 lead', -1],
    ['x'.repeat(3) + '1'.repeat(40), 'xxx' + '1'.repeat(39) + '2', -1],
  ])('%j against %j: %d, as the Collator says', (a, b, expected) => {
    expect(sign(compareNames(a, b))).toBe(expected);
    expect(sign(collator.compare(a, b))).toBe(expected);
  });

  it('orders every pair of printable ASCII characters as the Collator does', () => {
    const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const a of chars) for (const b of chars) expect([a, b, sign(compareNames(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
  });

  it.each([
    // letters of both cases, digits (zeros often), spaces and punctuation: the table's names
    ['printable ASCII', 'aAbBzZ0001289 .-\'&(),/_'],
    // and a few letters beyond ASCII, which go to the Collator
    ['some beyond ASCII', 'aAbBzZ0001289 .-\'&(),/_éÉß'],
  ])('orders random names of %s as the Collator does', (_, alphabet) => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const name = (): string => Array.from({ length: random(9) }, () => alphabet[random(alphabet.length)]).join('');
    const disagreements: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const a = name();
      const b = random(4) === 0 ? a.toUpperCase() : name();
      if (sign(compareNames(a, b)) !== sign(collator.compare(a, b))) disagreements.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
    expect(disagreements).toEqual([]);
  });
});
