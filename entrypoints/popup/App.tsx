import { ArticleView } from '@/components/ArticleView';
import { LoadingIndicator } from '@/components/LoadingIndicator';
import { StatusMessage } from '@/components/StatusMessage';
import type { PopupServices } from '@/lib/services';
import { useExtraction } from './use-extraction';

export interface AppProps {
  services: PopupServices;
}

/** The popup: the cleaned story beside its source context. Composition only; state comes from hooks. */
export function App({ services }: AppProps) {
  const { state, force, retry } = useExtraction(services);
  if (state.phase === 'loading') return <LoadingIndicator visible={state.slow} />;
  const { result } = state;
  return (
    <main class="mh-popup" data-testid="popup" data-state={result.ok ? 'article' : result.reason}>
      <section class="mh-popup__story">
        {result.ok
          ? <ArticleView article={result.article} />
          : <StatusMessage reason={result.reason} detail={result.detail} onForce={force} onRetry={retry} />}
      </section>
    </main>
  );
}
