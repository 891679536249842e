/**
 * Vitest 5 calls Map.groupBy (Node ≥ 21) when it reports failures; on Node 20, the version these machines run, the
 * reporter then crashes and hides the failing test. This adds the standard method where it is missing
 * (TC39 "Array grouping", https://tc39.es/proposal-array-grouping/). Imported by vitest.config.ts, i.e. in
 * Vitest's main process, where the reporter runs.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
