import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReaderActions } from '@/components/reader/ReaderActions';
import { ReaderView } from '@/components/reader/ReaderView';
import { RiskConfirm } from '@/components/reader/RiskConfirm';
import type { PrefsStore } from '@/lib/reader/prefs/create-prefs-store';
import type { ExtractResult } from '@/lib/protocol';
import { ReadAloudButton } from './ReadAloudButton';
import { useReaderActions, type ActionContext } from './use-reader-actions';

export interface ReaderAppProps {
  result: Extract<ExtractResult, { ok: true }>;
  store: PrefsStore;
  /** The page's window: colour-scheme query, speech, clipboard, Blob URLs. */
  win: Window;
  /** The overlay's container inside the shadow root (hosts temporary download links and the print frame). */
  container: HTMLElement;
  /** Publisher, statuses and the reader's risks, for the context strip, exports and confirmations. */
  context: ActionContext;
  /** Age notice and source-context strip, shown under the dateline. */
  header: ComponentChildren;
  onClose(): void;
}

function usePrefersDark(win: Window): boolean {
  const [dark, setDark] = useState(() => win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  useEffect(() => {
    const query = win.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return undefined;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [win]);
  return dark;
}

/** The reading view's state: prefs from the store (toolbar and +/− keys change them), the system scheme, actions. */
export function ReaderApp({ result, store, win, container, context, header, onClose }: ReaderAppProps) {
  const [prefs, setPrefs] = useState(store.get());
  useEffect(() => store.subscribe(setPrefs), [store]);
  const prefersDark = usePrefersDark(win);
  const actions = useReaderActions(result, context, container, win);
  const readAloud = (
    <ReadAloudButton win={win} lang={result.article.lang}
      getRoot={() => container.querySelector('[data-testid=article-body]')} />
  );
  return (
    <ReaderView
      article={result.article}
      prefs={prefs}
      prefersDark={prefersDark}
      onPrefsChange={(next) => store.update(next)}
      onClose={onClose}
      forced={result.forced}
      headerExtras={header}
      actions={<ReaderActions onCopyLink={actions.onCopyLink} onExport={actions.onExport} onPrint={actions.onPrint}
        readAloud={readAloud} status={actions.status} />}
      dialog={actions.pending && <RiskConfirm text={actions.pending.text} confirmLabel={actions.pending.confirmLabel}
        onConfirm={actions.pending.run} onCancel={actions.cancel} />}
    />
  );
}
