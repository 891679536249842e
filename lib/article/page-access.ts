/**
 * Which pages the browser does not let extensions read, known from the URL alone so the popup can say so at once
 * instead of waiting for an injection error.
 * @module lib/article/page-access
 */

/** Schemes browsers reserve for themselves (Chromium's and Firefox's internal pages, other extensions, source views). */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-untrusted:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'chrome-search:', 'data:', 'blob:', 'javascript:'];

/** Extension galleries are protected from all extensions (Chromium: ExtensionsClient::IsScriptableURL; Firefox: extensions.webextensions.restrictedDomains). */
const RESTRICTED_HOSTS = ['chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com',
  'addons.mozilla.org', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'support.mozilla.org'];

/** The messages shared by the URL check, the injection-error mapping and the page script (a PDF document). */
export const BROWSER_PAGE_MESSAGE = 'This is one of the browser’s own pages, which extensions may not read.';
export const PDF_MESSAGE = 'This is a PDF shown in the browser’s PDF viewer, which extensions may not read.';

/**
 * Why the URL cannot be read, in words for the reader, or null when injection may be tried.
 * @param url the tab's URL; undefined when the browser withholds it (no activeTab grant yet)
 */
export function restrictedPageReason(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'view-source:') return 'This is a page source view. Open the page itself to read it with Masthead.';
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return BROWSER_PAGE_MESSAGE;
  const isGallery = RESTRICTED_HOSTS.includes(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'));
  if (isGallery) return 'The browser protects its extension store from all extensions, Masthead included.';
  return null;
}

/**
 * The message for a failed injection (the browser's own error text is technical), keyed by what it says.
 * @param url the tab's URL
 * @param error the rejection from scripting.executeScript
 */
export function injectionFailureReason(url: string | undefined, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:')) {
    return 'Masthead may not read local files. To allow it, turn on “Allow access to file URLs” for Masthead in the browser’s extension settings.';
  }
  // Without a URL (activeTab is not granted on browser pages, so the tab URL is withheld) the error names the scheme.
  if (/cannot access a [a-z-]+:\/\/ url|cannot be scripted|chrome-extension:\/\/|about:/i.test(text)) {
    return BROWSER_PAGE_MESSAGE;
  }
  if (/pdf/i.test(text) || /\.pdf(?:[?#]|$)/i.test(url ?? '')) return PDF_MESSAGE;
  if (/error page|chrome-error/i.test(text)) return 'This tab shows the browser’s error page; there is no story to read.';
  return 'The browser does not let extensions read this page.';
}
