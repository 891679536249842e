import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReaderPrefs, readerPrefsStorage, saveReaderPrefs } from '@/lib/browser/reader-prefs-storage';
import { DEFAULT_READER_PREFS } from '@/lib/reader/prefs/reader-prefs';

describe('reader prefs storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadReaderPrefs()).toEqual(DEFAULT_READER_PREFS);
  });

  it('round-trips saved prefs through local storage', async () => {
    const chosen = { ...DEFAULT_READER_PREFS, theme: 'dark' as const, fontSizeStep: 4 };
    await saveReaderPrefs(chosen);
    expect(await loadReaderPrefs()).toEqual(chosen);
    expect(await fakeBrowser.storage.local.get('readerPrefs')).toEqual({ readerPrefs: chosen });
  });

  it('repairs an invalid stored value on load', async () => {
    await fakeBrowser.storage.local.set({ readerPrefs: { theme: 'neon', fontSizeStep: 40 } });
    const loaded = await loadReaderPrefs();
    expect(loaded.theme).toBe(DEFAULT_READER_PREFS.theme);
    expect(loaded.fontSizeStep).toBeLessThan(40);
    expect(await readerPrefsStorage.getValue()).toEqual({ theme: 'neon', fontSizeStep: 40 });
  });
});
