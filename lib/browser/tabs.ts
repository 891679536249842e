/**
 * The popup's access to the tab it was opened for. The only place that injects the extractor.
 * @module lib/browser/tabs
 */
import { browser } from 'wxt/browser';
import { EXTRACT_OPTIONS_KEY } from '@/lib/article/extract-options';
import { injectionFailureReason, restrictedPageReason } from '@/lib/article/page-access';
import { isExtractResult } from '@/lib/is-extract-result';
import type { ExtractOptions, ExtractResult } from '@/lib/protocol';
import type { TabRef } from '@/lib/services';


/**
 * The tab to report on: `?tabId=N` in the popup's own URL (tests open the popup in a tab), else the active tab of
 * the window the popup belongs to.
 */
export async function getTargetTab(search: string = location.search): Promise<TabRef | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function restricted(detail: string): ExtractResult {
  return { ok: false, reason: 'restricted', detail, meta: null, notices: [] };
}

/**
 * Injects the extractor into the tab (the toolbar click granted activeTab) and returns its typed result.
 * Injection refusals become `restricted` results with a message for the reader; nothing throws.
 */
export async function runExtractor(tab: TabRef, options: ExtractOptions): Promise<ExtractResult> {
  const known = restrictedPageReason(tab.url);
  if (known) return restricted(known);
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: (key: string, opts: ExtractOptions) => void Reflect.set(globalThis, key, opts),
      args: [EXTRACT_OPTIONS_KEY, options],
    });
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extract.js'] });
    const value: unknown = injection?.result;
    if (isExtractResult(value)) return value;
    return { ok: false, reason: 'error', detail: 'The page script returned nothing usable.', meta: null, notices: [] };
  } catch (error) {
    return restricted(injectionFailureReason(tab.url, error));
  }
}
