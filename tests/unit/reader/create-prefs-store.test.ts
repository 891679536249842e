import { describe, expect, it, vi } from 'vitest';
import { createPrefsStore } from '@/lib/reader/prefs/create-prefs-store';
import { DEFAULT_READER_PREFS, stepFontSize } from '@/lib/reader/prefs/reader-prefs';

describe('createPrefsStore', () => {
  it('notifies listeners and saves each real change once', () => {
    const save = vi.fn();
    const store = createPrefsStore(DEFAULT_READER_PREFS, save);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((p) => stepFontSize(p, 1));
    store.update({ ...store.get() });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].fontSizeStep).toBe(DEFAULT_READER_PREFS.fontSizeStep + 1);
  });

  it('normalizes what it is given and stops notifying after unsubscribe', () => {
    const store = createPrefsStore({ ...DEFAULT_READER_PREFS, fontSizeStep: 100 }, () => {});
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.get().fontSizeStep).toBeLessThan(100);
    unsubscribe();
    store.update({ ...store.get(), theme: 'dark' });
    expect(listener).not.toHaveBeenCalled();
    expect(store.get().theme).toBe('dark');
  });
});
