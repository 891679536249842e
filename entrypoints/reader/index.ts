import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleOverlay } from '@/lib/reader/overlay/toggle-overlay';
import type { ReaderToggleResult } from '@/lib/reader/overlay/reader-toggle-result';
import { openReader } from './open-reader';

// Injected on demand (popup button, Ctrl+Shift+Y, page context menu) by lib/browser/toggle-reader; each injection
// toggles: it closes the open view, or extracts the story and opens one. The return value reaches executeScript.
export default defineUnlistedScript({
  globalName: 'mastheadReader',
  main(): Promise<ReaderToggleResult> {
    // The e2e build opens the shadow root so tests can read the view; production keeps it closed.
    const mode: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
    return toggleOverlay(globalThis, (onClosed) => openReader({ doc: document, win: window, mode, onClosed }));
  },
});

/* Manual test pages:
   https://www.rferl.org/ (any story), https://en.wikipedia.org/wiki/Reader_mode, https://www.bbc.com/news (a story),
   a page with lazy images (data-src), a right-to-left page (https://www.bbc.com/persian). */
