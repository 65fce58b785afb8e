import { firstEqualBefore, textHash } from './firstEqualBefore';

/** the same answer the slow way: for each item, the first earlier equal one */
function naive<T>(items: readonly (T | null)[], equal: (a: T, b: T) => boolean): number[] {
  return items.map((item, i) => (item === null ? -1 : items.findIndex((other, j) => j < i && other !== null && equal(other, item))));
}

describe('firstEqualBefore', () => {
  it('points each repeat at the first of its kind, and the first at nothing', () => {
    const refs = ['1.1', '1.2', '1.1', null, '1.3', '1.2', '1.1', '', ''];
    const first = firstEqualBefore(refs.length, (i) => (refs[i] === null ? -1 : textHash(refs[i]!)), (a, b) => refs[a] === refs[b]);
    expect([...first]).toEqual([-1, -1, 0, -1, -1, 1, 0, -1, 7]);
  });

  it('settles colliding hashes by asking whether items are the same', () => {
    const words = ['a', 'b', 'c', 'a', 'd', 'c', 'b'];
    // every item hashes alike: the table must probe past the others
    const first = firstEqualBefore(words.length, () => 7, (a, b) => words[a] === words[b]);
    expect([...first]).toEqual([-1, -1, -1, 0, -1, 2, 1]);
  });

  it('agrees with a plain search on many items, keys of two parts included', () => {
    // deterministic pseudo-random refs and sections, with many repeats
    let seed = 12345;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
    const items = Array.from({ length: 3000 }, () => (next(10) === 0 ? null : { section: `S${next(4)}`, ref: `${next(40)}.${next(30)}` }));
    const equal = (a: { section: string; ref: string }, b: { section: string; ref: string }): boolean => a.section === b.section && a.ref === b.ref;
    const first = firstEqualBefore(
      items.length,
      (i) => (items[i] === null ? -1 : textHash(items[i]!.ref, textHash(items[i]!.section))),
      (a, b) => equal(items[a]!, items[b]!),
    );
    expect([...first]).toEqual(naive(items, equal));
    expect([...first].filter((f) => f >= 0).length).toBeGreaterThan(1000);
  });

  it('handles no items', () => {
    expect(firstEqualBefore(0, () => 0, () => true).length).toBe(0);
  });
});

describe('textHash', () => {
  it('is the same for the same text and non-negative', () => {
    expect(textHash('3.5')).toBe(textHash('3' + '.5'));
    for (const t of ['', 'a', '1.01', 'Theme 1: Customer Access', '\u00e9\u4e2d']) expect(textHash(t)).toBeGreaterThanOrEqual(0);
  });

  it('differs for texts that differ only in order', () => {
    expect(textHash('1.12')).not.toBe(textHash('1.21'));
    expect(textHash('b', textHash('a'))).not.toBe(textHash('a', textHash('b')));
  });
});
