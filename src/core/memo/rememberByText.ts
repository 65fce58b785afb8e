/**
 * A pure function of a text, remembered for the texts it has been given: headers, statuses and owners
 * repeat down a tracker and across the trackers of one council, and a performance team checks hundreds in
 * one process. The memory is bounded: at `limit` texts it starts again rather than keeping an order of use,
 * which would cost every call to keep the rarely needed benefit of an LRU.
 */
export function rememberByText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const had = known.get(text);
    if (had !== undefined || known.has(text)) return had as T;
    if (known.size >= limit) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
