/**
 * A fresh happy-dom window per page, at Readability's fakehost URL, so relative links resolve as in Readability's
 * JSDOM harness (`new JSDOM(source, { url })`).
 */
import { Window } from 'happy-dom';
import { FAKEHOST_URL } from './corpus';

/**
 * A page loaded into its own window. Await `close()` after each page: happy-dom's `window.close()` is a no-op for a
 * window no script opened, and unclosed windows (with their computed-style caches) exhausted a 4 GB heap before the
 * corpus was done.
 */
export interface OpenPage {
  document: Document;
  window: Window;
  close: () => Promise<void>;
}

/**
 * Parses `html` into a new window whose `document.URL` and `baseURI` are `url`. Scripts are not run and no file is
 * fetched (happy-dom 21 defaults, plus JavaScript file loading off): the pages reference real hosts.
 */
export function openPage(html: string, url: string = FAKEHOST_URL): OpenPage {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  window.document.write(html);
  const document = window.document as unknown as Document;
  return {
    document,
    window,
    close: () => window.happyDOM.close(),
  };
}
