import { FIRST_RUN_KEY, firstRunKey, firstRunSeen, rememberFirstRun, type KeyValueStore } from './firstRun';

/** localStorage as a Map, or one that throws as blocked storage does */
function store(entries: Record<string, string> = {}, blocked = false): KeyValueStore & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  const check = () => {
    if (blocked) throw new Error('SecurityError: The operation is insecure.');
  };
  return {
    entries: map,
    getItem: (k) => (check(), map.get(k) ?? null),
    setItem: (k, v) => (check(), void map.set(k, v)),
  };
}

describe('the first-run screen', () => {
  it.each<[string, boolean, KeyValueStore | null, string | undefined]>([
    ['a new user', false, store(), undefined],
    ['a user who pressed Start', true, store({ [FIRST_RUN_KEY]: 'seen' }), undefined],
    ['in Office on the web, under its partition key', true, store({ [`p1${FIRST_RUN_KEY}`]: 'seen' }), 'p1'],
    // forms that must NOT count
    ['seen in another partition', false, store({ [`p2${FIRST_RUN_KEY}`]: 'seen' }), 'p1'],
    ['seen without a partition, now in one', false, store({ [FIRST_RUN_KEY]: 'seen' }), 'p1'],
    ['an earlier version of the screen', false, store({ 'trackerCheck.firstRun.v0': 'seen' }), undefined],
    ['some other value under the key', false, store({ [FIRST_RUN_KEY]: 'no' }), undefined],
    ['storage blocked', false, store({}, true), undefined],
    ['no storage at all', false, null, undefined],
  ])('%s: seen %s', (_who, seen, s, partition) => {
    expect(firstRunSeen(s, partition)).toBe(seen);
  });

  it.each<[string | undefined, string]>([
    [undefined, FIRST_RUN_KEY],
    ['p1', `p1${FIRST_RUN_KEY}`],
  ])('is remembered under partition %s as %s, and then seen', (partition, key) => {
    const s = store();
    rememberFirstRun(s, partition);
    expect([...s.entries]).toEqual([[key, 'seen']]);
    expect(firstRunSeen(s, partition)).toBe(true);
    expect(firstRunKey(partition)).toBe(key);
  });

  it('does not fail when storage is blocked', () => {
    expect(() => rememberFirstRun(store({}, true))).not.toThrow();
  });
});
