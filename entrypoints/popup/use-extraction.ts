import { useCallback, useEffect, useState } from 'preact/hooks';
import { INITIAL_STATE, LOADING_RETRY_MS, SLOW_AFTER_MS, afterResult, type ExtractionState } from '@/lib/popup/extraction-state';
import type { PopupServices, TabRef } from '@/lib/services';

/** Runs the page script once on open (and again on "Show anyway"/"Try again"); retries while the page loads. */
export function useExtraction(services: PopupServices) {
  const [state, setState] = useState<ExtractionState>(INITIAL_STATE);
  const [tab, setTab] = useState<TabRef | null>(null);

  const run = useCallback(async (force: boolean) => {
    setState(INITIAL_STATE);
    const slowTimer = setTimeout(() => setState((s) => (s.phase === 'loading' ? { ...s, slow: true } : s)), SLOW_AFTER_MS);
    const target = await services.getTargetTab();
    setTab(target);
    if (!target) {
      clearTimeout(slowTimer);
      setState({ phase: 'done', result: { ok: false, reason: 'restricted', detail: 'There is no tab to read.', meta: null, notices: [] } });
      return;
    }
    for (let attempt = 0; ; ) {
      const next = afterResult(await services.extract(target, { force }), attempt);
      setState(next.state);
      if (!next.retry) break;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, LOADING_RETRY_MS));
    }
    clearTimeout(slowTimer);
  }, [services]);

  useEffect(() => void run(false), [run]);
  return { state, tab, force: () => run(true), retry: () => run(false) };
}
