// Types for add-entry.mjs (used by tests).
export function applyEntries<R extends { publishers: readonly object[] }>(
  registry: R,
  entries: readonly object[],
  mode: 'merge' | 'replace',
): { registry: R; errors: string[] };
