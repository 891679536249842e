/**
 * A tiny observable holder for the open view's prefs: the toolbar, the +/− keys and the system colour-scheme
 * listener all change the same value, and every change is persisted through the injected `save`.
 * @module lib/reader/prefs/create-prefs-store
 */
import { normalizeReaderPrefs, type ReaderPrefs } from './reader-prefs';

export interface PrefsStore {
  get(): ReaderPrefs;
  /** Applies a change (a new value or an updater), normalizes it, notifies listeners and saves it if it changed. */
  update(next: ReaderPrefs | ((current: ReaderPrefs) => ReaderPrefs)): void;
  /** Calls the listener after every change; returns the unsubscribe function. */
  subscribe(listener: (prefs: ReaderPrefs) => void): () => void;
}

function samePrefs(a: ReaderPrefs, b: ReaderPrefs): boolean {
  return a.fontSizeStep === b.fontSizeStep && a.lineHeightStep === b.lineHeightStep && a.font === b.font &&
    a.width === b.width && a.theme === b.theme;
}

/**
 * Creates a store around the initial prefs.
 * @param initial prefs loaded from storage
 * @param save persists a changed value (errors are the caller's to swallow)
 */
export function createPrefsStore(initial: ReaderPrefs, save: (prefs: ReaderPrefs) => void | Promise<void>): PrefsStore {
  let current = normalizeReaderPrefs(initial);
  const listeners = new Set<(prefs: ReaderPrefs) => void>();
  return {
    get: () => current,
    update(next) {
      const value = normalizeReaderPrefs(typeof next === 'function' ? next(current) : next);
      if (samePrefs(value, current)) return;
      current = value;
      for (const listener of listeners) listener(value);
      void save(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
