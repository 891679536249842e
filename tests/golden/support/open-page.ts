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
  /** Requests the page tried to make (e.g. `<link rel=preload as=fetch>`); each was answered 404 locally. */
  blockedRequests: string[];
  close: () => Promise<void>;
}

/**
 * Parses `html` into a new window whose `document.URL` and `baseURI` are `url`. No script runs (happy-dom 21's
 * default) and nothing reaches the network: the saved pages reference real hosts, and happy-dom still fetches
 * `<link rel=preload as=fetch>` with file loading off (HTMLLinkElement#preloadResource), so every request is answered
 * locally with a 404 and recorded.
 */
export function openPage(html: string, url: string = FAKEHOST_URL): OpenPage {
  const blockedRequests: string[] = [];
  const window: Window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request }) => {
            blockedRequests.push(request.url);
            return new window.Response('', { status: 404 });
          },
          beforeSyncRequest: ({ request }) => {
            blockedRequests.push(request.url);
            return { status: 404, statusText: 'Not Found', ok: false, url: request.url, redirected: false,
              headers: new window.Headers(), body: null };
          },
        },
      },
    },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    window,
    blockedRequests,
    close: () => window.happyDOM.close(),
  };
}
