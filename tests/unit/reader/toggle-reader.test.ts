import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleReader, toggleReaderInTab } from '@/lib/browser/toggle-reader';

// fakeBrowser has no `scripting` (testing-recipe.md §2): stub it per test.
function stubScripting(impl: (...args: unknown[]) => Promise<unknown>) {
  const executeScript = vi.fn(impl);
  Reflect.set(fakeBrowser, 'scripting', { executeScript });
  return executeScript;
}

describe('toggleReader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the reader script into the tab and returns its result', async () => {
    const exec = stubScripting(async () => [{ result: { active: true, title: 'Story' } }]);
    expect(await toggleReader(7)).toEqual({ active: true, title: 'Story' });
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/reader.js'] });
  });

  it('turns a refused injection into an error value instead of throwing', async () => {
    stubScripting(async () => { throw new Error('Cannot access contents of the page.'); });
    expect(await toggleReader(7)).toEqual({ error: 'Cannot access contents of the page.' });
  });

  it('reports an error when the script returns something unexpected', async () => {
    stubScripting(async () => [{ result: undefined }]);
    expect(await toggleReader(7)).toHaveProperty('error');
  });

  it('uses the tab an event came with, else the active tab', async () => {
    const exec = stubScripting(async () => [{ result: { active: false } }]);
    await toggleReaderInTab({ id: 3 });
    expect(exec).toHaveBeenLastCalledWith({ target: { tabId: 3 }, files: ['/reader.js'] });
    // fakeBrowser's lastFocusedWindow bookkeeping differs from Chromium's; stub the query result itself.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    await toggleReaderInTab(undefined);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(exec).toHaveBeenLastCalledWith({ target: { tabId: 9 }, files: ['/reader.js'] });
  });
});
