import { render } from 'preact';
import { extractArticle } from '@/lib/article/extract-article';
import { loadReaderPrefs, saveReaderPrefs } from '@/lib/browser/reader-prefs-storage';
import { mountOverlay, type OverlayHandle } from '@/lib/reader/overlay/mount-overlay';
import { readerFailureMessage } from '@/lib/reader/overlay/reader-failure-message';
import { createPrefsStore } from '@/lib/reader/prefs/create-prefs-store';
import { stepFontSize } from '@/lib/reader/prefs/reader-prefs';
import type { ExtractResult } from '@/lib/protocol';
import css from './reader.css?inline';
import { ReaderApp } from './ReaderApp';

export interface OpenReaderOptions {
  doc: Document;
  win: Window;
  /** `closed` in production; the e2e build opens it so tests can read the view. */
  mode: ShadowRootMode;
  onClosed(): void;
}

/** Until the page report is wired in: no identified publisher, no statuses, no risks. */
const NO_CONTEXT = { publisherName: null, statusLines: [], risks: [] };

/** The reader asked for the view explicitly, so a page that does not look like an article is read anyway. */
function extractForReader(doc: Document, win: Window): ExtractResult {
  const result = extractArticle(doc, { force: false }, win);
  if (result.ok || result.reason !== 'not-readerable') return result;
  return extractArticle(doc, { force: true }, win);
}

/** Extracts the story from the live page and mounts the reading view over it, or says why it cannot. */
export async function openReader(opts: OpenReaderOptions): Promise<OverlayHandle | { error: string }> {
  const prefs = await loadReaderPrefs();
  const result = extractForReader(opts.doc, opts.win);
  if (!result.ok) return { error: result.detail ?? readerFailureMessage(result.reason) };
  const store = createPrefsStore(prefs, saveReaderPrefs);
  return mountOverlay({
    doc: opts.doc,
    win: opts.win,
    css,
    label: result.article.title,
    mode: opts.mode,
    render(container, close) {
      render(<ReaderApp result={result} store={store} win={opts.win} container={container} context={NO_CONTEXT}
        onClose={close} />, container);
      return () => render(null, container);
    },
    onKey: (action) => store.update((current) => stepFontSize(current, action === 'bigger' ? 1 : -1)),
    onClose: opts.onClosed,
  });
}
