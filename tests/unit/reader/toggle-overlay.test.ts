import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, type OverlayHandle } from '@/lib/reader/overlay/mount-overlay';
import { OVERLAY_STATE_KEY, toggleOverlay, type OpenReader } from '@/lib/reader/overlay/toggle-overlay';
import { isReaderToggleResult } from '@/lib/reader/overlay/reader-toggle-result';

function opener(): OpenReader & { calls: number } {
  const open = Object.assign(
    async (onClosed: () => void): Promise<OverlayHandle> => {
      open.calls += 1;
      return mountOverlay({ doc: document, win: window, css: '', label: 'The title', mode: 'open', onClose: onClosed,
        render: () => () => {} });
    },
    { calls: 0 },
  );
  return open;
}

describe('toggleOverlay', () => {
  let scope: object;
  beforeEach(() => {
    scope = {};
    document.body.innerHTML = '<p>page</p>';
  });
  afterEach(() => {
    const slot: unknown = Reflect.get(scope, OVERLAY_STATE_KEY);
    if (slot && typeof slot === 'object' && 'close' in slot) (slot as OverlayHandle).close();
  });

  it('opens on the first call and reports the title', async () => {
    expect(await toggleOverlay(scope, opener())).toEqual({ active: true, title: 'The title' });
    expect(document.querySelectorAll('masthead-reader')).toHaveLength(1);
  });

  it('closes on the next injection instead of stacking a second view', async () => {
    const open = opener();
    await toggleOverlay(scope, open);
    expect(await toggleOverlay(scope, open)).toEqual({ active: false });
    expect(open.calls).toBe(1);
    expect(document.querySelector('masthead-reader')).toBeNull();
    expect(Reflect.has(scope, OVERLAY_STATE_KEY)).toBe(false);
  });

  it('opens again after the view was closed with Escape', async () => {
    const open = opener();
    await toggleOverlay(scope, open);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('masthead-reader')).toBeNull();
    expect(await toggleOverlay(scope, open)).toMatchObject({ active: true });
    expect(open.calls).toBe(2);
  });

  it('closes a view that was still opening when the second toggle arrived', async () => {
    const open = opener();
    const [first, second] = await Promise.all([toggleOverlay(scope, open), toggleOverlay(scope, open)]);
    expect(first).toMatchObject({ active: true });
    expect(second).toEqual({ active: false });
    expect(document.querySelector('masthead-reader')).toBeNull();
    expect(open.calls).toBe(1);
  });

  it('passes an error through and remembers nothing', async () => {
    const failing: OpenReader = vi.fn(async () => ({ error: 'No story here.' }));
    expect(await toggleOverlay(scope, failing)).toEqual({ error: 'No story here.' });
    expect(Reflect.has(scope, OVERLAY_STATE_KEY)).toBe(false);
  });
});

describe('isReaderToggleResult', () => {
  it('accepts the three result shapes and rejects anything else', () => {
    expect([{ active: true, title: 'x' }, { active: false }, { error: 'e' }].every(isReaderToggleResult)).toBe(true);
    expect([null, undefined, 'x', { active: true }, { error: 3 }, {}].some(isReaderToggleResult)).toBe(false);
  });
});
