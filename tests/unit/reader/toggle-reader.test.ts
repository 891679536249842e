import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleReader, toggleReaderInTab } from '@/lib/browser/toggle-reader';
import { mountOverlay } from '@/lib/reader/overlay/mount-overlay';
import { OVERLAY_STATE_KEY, OVERLAY_STATE_NAME, closeOpenOverlay } from '@/lib/reader/overlay/toggle-overlay';

interface Injection { target: { tabId: number }; files?: string[]; func?: unknown }

// fakeBrowser has no `scripting` (testing-recipe.md §2): stub it. `closes` = what the closing function reports.
function stubScripting(closes: boolean, reader: () => Promise<unknown>) {
  const executeScript = vi.fn(async (injection: Injection) => (injection.func ? [{ result: closes }] : reader()));
  Reflect.set(fakeBrowser, 'scripting', { executeScript });
  return executeScript;
}

describe('toggleReader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the reader script into the tab when no view is open and returns its result', async () => {
    const exec = stubScripting(false, async () => [{ result: { active: true, title: 'Story' } }]);
    expect(await toggleReader(7)).toEqual({ active: true, title: 'Story' });
    expect(exec).toHaveBeenLastCalledWith({ target: { tabId: 7 }, files: ['/reader.js'] });
  });

  it('closes an open view with the small closing function alone', async () => {
    const exec = stubScripting(true, async () => { throw new Error('the reader script must not load'); });
    expect(await toggleReader(7)).toEqual({ active: false });
    expect(exec).toHaveBeenCalledTimes(1);
    expect(exec.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: 7 }, args: [OVERLAY_STATE_NAME] });
  });

  it('turns a refused injection into an error value instead of throwing', async () => {
    Reflect.set(fakeBrowser, 'scripting', { executeScript: vi.fn(async () => { throw new Error('Cannot access contents of the page.'); }) });
    expect(await toggleReader(7)).toEqual({ error: 'Cannot access contents of the page.' });
  });

  it('reports an error when the script returns something unexpected', async () => {
    stubScripting(false, async () => [{ result: undefined }]);
    expect(await toggleReader(7)).toHaveProperty('error');
  });

  it('uses the tab an event came with, else the active tab', async () => {
    const exec = stubScripting(false, async () => [{ result: { active: false } }]);
    await toggleReaderInTab({ id: 3 });
    expect(exec).toHaveBeenLastCalledWith({ target: { tabId: 3 }, files: ['/reader.js'] });
    // fakeBrowser's lastFocusedWindow bookkeeping differs from Chromium's; stub the query result itself.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    await toggleReaderInTab(undefined);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(exec).toHaveBeenLastCalledWith({ target: { tabId: 9 }, files: ['/reader.js'] });
  });
});

describe('toggleReaderInTab feedback on the toolbar button', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks the tab\'s button with "!" and the reason when the view cannot open, and clears it on success', async () => {
    stubScripting(false, async () => [{ result: { error: 'Masthead found no story on this page.' } }]);
    await toggleReaderInTab({ id: 4 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Masthead: Masthead found no story on this page.');
    stubScripting(false, async () => [{ result: { active: true, title: 'Story' } }]);
    await toggleReaderInTab({ id: 4 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Masthead');
  });
});

describe('closeOpenOverlay', () => {
  it('closes the overlay remembered on the world global and reports it', () => {
    const handle = mountOverlay({ doc: document, win: window, css: '', label: 'x', mode: 'open', render: () => () => {} });
    Reflect.set(globalThis, OVERLAY_STATE_KEY, handle);
    expect(closeOpenOverlay(OVERLAY_STATE_NAME)).toBe(true);
    expect(handle.isOpen()).toBe(false);
    expect(document.querySelector('masthead-reader')).toBeNull();
    expect(closeOpenOverlay(OVERLAY_STATE_NAME)).toBe(false);
    Reflect.deleteProperty(globalThis, OVERLAY_STATE_KEY);
  });

  it('leaves a view that is still opening to the reader script', () => {
    Reflect.set(globalThis, OVERLAY_STATE_KEY, new Promise(() => {}));
    expect(closeOpenOverlay(OVERLAY_STATE_NAME)).toBe(false);
    Reflect.deleteProperty(globalThis, OVERLAY_STATE_KEY);
    expect(closeOpenOverlay(OVERLAY_STATE_NAME)).toBe(false);
  });
});
