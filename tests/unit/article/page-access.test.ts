import { describe, expect, it } from 'vitest';
import { injectionFailureReason, restrictedPageReason } from '@/lib/article/page-access';

describe('restrictedPageReason', () => {
  it.each([
    ['chrome://version/', /browser’s own pages/],
    ['chrome-extension://abc/popup.html', /browser’s own pages/],
    ['about:addons', /browser’s own pages/],
    ['edge://settings', /browser’s own pages/],
    ['view-source:https://www.rferl.org/', /page source view/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://chrome.google.com/webstore/category/extensions', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['data:text/html,<p>hi', /browser’s own pages/],
  ])('refuses %s with a message for the reader', (url, message) => {
    expect(restrictedPageReason(url)).toMatch(message);
  });

  it.each([
    'https://www.rferl.org/a/story.html',
    'http://127.0.0.1:8080/page.html',
    'https://chrome.google.com/search?q=news',
    'file:///home/reader/saved.html',
    undefined,
    'not a url',
  ])('lets injection be tried on %s', (url) => {
    expect(restrictedPageReason(url)).toBeNull();
  });
});

describe('injectionFailureReason', () => {
  it('explains the file-URL switch for local files', () => {
    expect(injectionFailureReason('file:///tmp/a.html', new Error('Cannot access contents of url'))).toMatch(/Allow access to file URLs/);
  });
  it('names the PDF viewer for PDF documents', () => {
    expect(injectionFailureReason('https://example.org/report.pdf', new Error('Cannot access'))).toMatch(/PDF/);
  });
  it('names the error page when the tab shows one', () => {
    expect(injectionFailureReason('https://example.org/', new Error('Frame with ID 0 is showing error page'))).toMatch(/error page/);
  });
  it.each(['Cannot access a chrome:// URL', 'The extensions gallery cannot be scripted.'])(
    'recognises a browser page from the error when the URL is withheld: %s', (text) => {
      expect(injectionFailureReason(undefined, new Error(text))).toMatch(/browser’s own pages/);
    });
  it('falls back to a plain message, never the raw browser error', () => {
    const message = injectionFailureReason('https://example.org/', new Error('Cannot access contents of the page. Extension manifest must request permission'));
    expect(message).toBe('The browser does not let extensions read this page.');
  });
});
