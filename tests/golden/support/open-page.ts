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
 * happy-dom 21 has no `document.images` (every browser has: https://html.spec.whatwg.org/#dom-document-images), and
 * the pipeline's lead-image caption lookup iterates it; without this every page with an og:image fails with
 * "doc.images is not iterable". Added only where missing, so a happy-dom that gains it is used as is.
 */
function addMissingDocumentImages(document: object): void {
  // The prototype that defines getElementsByTagName is happy-dom's shared Document class (window.Document is a
  // per-window subclass that the window's own document is not an instance of).
  let proto: object | null = Object.getPrototypeOf(document) as object | null;
  while (proto && !Object.hasOwn(proto, 'getElementsByTagName')) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto || 'images' in proto) return;
  Object.defineProperty(proto, 'images', {
    configurable: true,
    get(this: { getElementsByTagName: (name: string) => unknown }) {
      return this.getElementsByTagName('img');
    },
  });
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
  addMissingDocumentImages(window.document);
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    window,
    blockedRequests,
    close: () => window.happyDOM.close(),
  };
}
