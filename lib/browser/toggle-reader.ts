/**
 * Opens or closes the on-page reading view in a tab. Shared by the popup's button, the keyboard command and the
 * context-menu entry; each of those is a user gesture that grants activeTab, so no host permission is needed.
 * @module lib/browser/toggle-reader
 */
import { browser } from 'wxt/browser';
import { isReaderToggleResult, type ReaderToggleResult } from '@/lib/reader/overlay/reader-toggle-result';
import { OVERLAY_STATE_NAME, closeOpenOverlay } from '@/lib/reader/overlay/toggle-overlay';

/**
 * Closes the view if it is open (a tiny function, so closing does not load the 1 MB reader script with its
 * registry), else injects the reader script (entrypoints/reader), which opens it, and returns what it reports.
 * Never throws: an injection the browser refuses (a browser page, the extension store, no activeTab) is an `{error}`.
 * @param tabId the tab to toggle the view in
 */
export async function toggleReader(tabId: number): Promise<ReaderToggleResult> {
  try {
    const [closing] = await browser.scripting.executeScript({ target: { tabId }, func: closeOpenOverlay, args: [OVERLAY_STATE_NAME] });
    if (closing?.result === true) return { active: false };
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
    const value: unknown = injection?.result;
    if (isReaderToggleResult(value)) return value;
    return { error: 'The reading view did not start on this page.' };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The shortcut and the menu have no window to answer in, so a failure is shown on the toolbar button of that tab
 * (a "!" badge, the reason as its tooltip) and cleared by the next success; the page itself is not touched.
 */
async function showOutcome(tabId: number, result: ReaderToggleResult): Promise<void> {
  const failed = 'error' in result;
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same two methods.
  const button = browser.action ?? browser.browserAction;
  try {
    await Promise.all([
      button.setBadgeText({ tabId, text: failed ? '!' : '' }),
      button.setTitle({ tabId, title: failed ? `Masthead: ${result.error}` : 'Masthead' }),
    ]);
  } catch {
    // A closed tab or a browser without badges: the toggle itself already happened.
  }
}

/**
 * Toggles the view in the tab an event came with (commands and menus pass it), else in the active tab of the
 * focused window, and shows a failure on the toolbar button.
 * @param tab the tab from the event, if any
 */
export async function toggleReaderInTab(tab?: { id?: number }): Promise<ReaderToggleResult> {
  const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined || id < 0) return { error: 'There is no tab to read.' };
  const result = await toggleReader(id);
  await showOutcome(id, result);
  return result;
}
