import { useState } from 'preact/hooks';
import { AgeNotice } from '@/components/AgeNotice';
import { ArticleView } from '@/components/ArticleView';
import { FirstRunPrompt } from '@/components/FirstRunPrompt';
import { LoadingIndicator } from '@/components/LoadingIndicator';
import { SourceContext } from '@/components/SourceContext';
import { StatusMessage } from '@/components/StatusMessage';
import { REGISTRY_AS_OF } from '@/lib/registry/load-registry';
import { JURISDICTIONS } from '@/lib/registry/schema';
import type { PopupServices } from '@/lib/services';
import { PopupBar } from './PopupBar';
import { useExtraction } from './use-extraction';
import { useReaderStyle } from './use-reader-style';
import { useSourceContext } from './use-source-context';

export interface AppProps {
  services: PopupServices;
}

/** The popup: the cleaned story beside its source context. Composition only; state comes from hooks. */
export function App({ services }: AppProps) {
  const { state, tab, force, retry } = useExtraction(services);
  const { report, choice, choiceLoaded, choose } = useSourceContext(services, state, tab);
  const [promptDismissed, setPromptDismissed] = useState(false);
  const style = useReaderStyle(services);
  if (state.phase === 'loading') return <LoadingIndicator visible={state.slow} />;
  const { result } = state;
  const prompt = choiceLoaded && choice === null && !promptDismissed
    ? <FirstRunPrompt jurisdictions={JURISDICTIONS} onSave={choose} onDismiss={() => setPromptDismissed(true)} />
    : null;
  return (
    <main class="mh-popup" style={style} data-testid="popup" data-state={result.ok ? 'article' : result.reason}>
      <PopupBar tabId={tab?.id ?? null} canRead={result.ok} services={services} />
      <section class="mh-popup__story">
        {result.ok
          ? <ArticleView article={result.article} notice={<AgeNotice age={report?.age ?? null} />} />
          : <StatusMessage reason={result.reason} detail={result.detail} onForce={force} onRetry={retry} />}
      </section>
      <aside class="mh-popup__context" aria-label="Source context">
        {report && (
          <SourceContext report={report} choice={choice} asOf={REGISTRY_AS_OF} now={new Date()}
            onChangeChoice={services.openOptions} prompt={prompt} />
        )}
      </aside>
    </main>
  );
}
