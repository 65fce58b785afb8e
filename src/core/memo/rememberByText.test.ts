import { rememberByText } from './rememberByText';

/** the texts computed, in order, for calls of a function remembered for `limit` texts */
function computedFor(calls: readonly string[], limit: number): string[] {
  const computed: string[] = [];
  const length = rememberByText((text) => {
    computed.push(text);
    return text === 'none' ? undefined : text.length;
  }, limit);
  for (const text of calls) expect(length(text)).toBe(text === 'none' ? undefined : text.length);
  return computed;
}

describe('rememberByText', () => {
  it.each<[string, string[], number, string[]]>([
    ['each text once', ['Ref', 'Action', 'Ref', 'Ref', 'Action'], 10, ['Ref', 'Action']],
    ['an undefined result remembered too', ['none', 'none', 'Ref'], 10, ['none', 'Ref']],
    ['the empty text', ['', ''], 10, ['']],
    ['at the limit it starts again', ['a', 'b', 'c', 'a', 'c'], 2, ['a', 'b', 'c', 'a']],
    ['a limit of one keeps the last text', ['a', 'a', 'b', 'b', 'a'], 1, ['a', 'b', 'a']],
  ])('%s', (_, calls, limit, expected) => {
    expect(computedFor(calls, limit)).toEqual(expected);
  });
});
