/**
 * Where the reading view's prefs live: one `local:` storage item (no sync — nothing about the reader leaves the
 * device). Content scripts, the popup and the background all read the same item.
 * @module lib/browser/reader-prefs-storage
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_READER_PREFS, normalizeReaderPrefs, type ReaderPrefs } from '@/lib/reader/prefs/reader-prefs';

/** The stored prefs. Version 1 is the first shape; add `migrations` here when it changes. */
export const readerPrefsStorage = storage.defineItem<ReaderPrefs>('local:readerPrefs', {
  fallback: DEFAULT_READER_PREFS,
  version: 1,
});

/** Reads the prefs, repairing any invalid stored value; never throws (storage errors mean the defaults). */
export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  try {
    return normalizeReaderPrefs(await readerPrefsStorage.getValue());
  } catch {
    return DEFAULT_READER_PREFS;
  }
}

/** Saves valid prefs. Errors are swallowed: a setting that did not persist must not break the open view. */
export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<void> {
  try {
    await readerPrefsStorage.setValue(normalizeReaderPrefs(prefs));
  } catch {
    // Nothing to do: the view keeps the in-memory prefs for this session.
  }
}
