import { render } from 'preact';
import { loadJurisdictionChoice } from '@/lib/browser/jurisdiction-storage';
import { loadReaderPrefs, saveReaderPrefs } from '@/lib/browser/reader-prefs-storage';
import { buildPageReport } from '@/lib/page-report';
import { mountOverlay, type OverlayHandle } from '@/lib/reader/overlay/mount-overlay';
import { extractForReader } from '@/lib/reader/overlay/extract-for-reader';
import { readerFailureMessage } from '@/lib/reader/overlay/reader-failure-message';
import { sourceSummary } from '@/lib/reader/overlay/source-summary';
import { createPrefsStore } from '@/lib/reader/prefs/create-prefs-store';
import { stepFontSize } from '@/lib/reader/prefs/reader-prefs';
import { REGISTRY_AS_OF } from '@/lib/registry/load-registry';
import { BUNDLED_REPORT_DATA } from '@/lib/registry/publisher-index';
import saysCss from '@/components/publisher-says.css?inline';
import contextCss from '@/components/source-context.css?inline';
import readerCss from './reader.css?inline';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { ReaderContext } from '@/components/reader/ReaderContext';

export interface OpenReaderOptions {
  doc: Document;
  win: Window;
  mode: ShadowRootMode; // `closed` in production; the e2e build opens it so tests can read the view
  onClosed(): void;
}

/** Extracts the story from the live page and mounts the reading view over it, or says why it cannot. */
export async function openReader(opts: OpenReaderOptions): Promise<OverlayHandle | { error: string }> {
  const [prefs, choice] = await Promise.all([loadReaderPrefs(), loadJurisdictionChoice().catch(() => null)]);
  const result = extractForReader(opts.doc, opts.win);
  if (!result.ok) return { error: result.detail ?? readerFailureMessage(result.reason) };
  const [store, now] = [createPrefsStore(prefs, saveReaderPrefs), new Date()];
  const report = buildPageReport(result, result.meta.url, choice, now, BUNDLED_REPORT_DATA);
  const summary = sourceSummary(report, choice);
  const header = <ReaderContext report={report} summary={summary} asOf={REGISTRY_AS_OF} now={now} />;
  return mountOverlay({
    doc: opts.doc,
    win: opts.win,
    css: `${contextCss}\n${saysCss}\n${readerCss}`, // shared styles first: the reader's rules (theme, em sizes) override them
    label: result.article.title,
    mode: opts.mode,
    render(container, close) {
      render(<ReaderApp result={result} store={store} win={opts.win} container={container} context={summary}
        header={header} onClose={close} />, container);
      return () => render(null, container);
    },
    onKey: (action) => store.update((current) => stepFontSize(current, action === 'bigger' ? 1 : -1)),
    onClose: opts.onClosed,
  });
}
