import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildPageReport, type PageReport } from '@/lib/page-report';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { ExtractionState } from '@/lib/popup/extraction-state';
import { BUNDLED_REPORT_DATA } from '@/lib/registry/publisher-index';
import type { PopupServices, TabRef } from '@/lib/services';

/** The reader's jurisdiction choice (loaded once, saved on change) and the page's source context built from it. */
export function useSourceContext(services: PopupServices, state: ExtractionState, tab: TabRef | null) {
  const [choice, setChoice] = useState<JurisdictionChoice | null | undefined>(undefined);
  useEffect(() => void services.loadJurisdictions().then(setChoice), [services]);
  const report = useMemo<PageReport | null>(
    () => (state.phase === 'done' && choice !== undefined
      ? buildPageReport(state.result, tab?.url, choice, new Date(), BUNDLED_REPORT_DATA) : null),
    [state, tab, choice],
  );
  const choose = (next: JurisdictionChoice) => {
    setChoice(next);
    void services.saveJurisdictions(next);
  };
  return { report, choice: choice ?? null, choiceLoaded: choice !== undefined, choose };
}
