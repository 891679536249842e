/**
 * What the reader script returns to whoever injected it (popup button, shortcut, context menu, tests).
 * Plain data: it crosses `scripting.executeScript`.
 * @module lib/reader/overlay/reader-toggle-result
 */

export type ReaderToggleResult = { active: true; title: string } | { active: false } | { error: string };

/** Checks an injection result (typed `unknown` by the browser) before anyone relies on it. */
export function isReaderToggleResult(value: unknown): value is ReaderToggleResult {
  if (typeof value !== 'object' || value === null) return false;
  const active: unknown = Reflect.get(value, 'active');
  if (active === true) return typeof Reflect.get(value, 'title') === 'string';
  if (active === false) return true;
  return typeof Reflect.get(value, 'error') === 'string';
}
