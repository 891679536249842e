import type { FailureReason } from '@/lib/protocol';

export interface StatusMessageProps {
  reason: FailureReason;
  /** Extra words from the page script or the browser (never HTML). */
  detail: string | null;
  /** "Show anyway": extract although the page does not look like an article. */
  onForce?: () => void;
  onRetry?: () => void;
}

const MESSAGES: Record<FailureReason, { title: string; body: string }> = {
  'not-readerable': { title: 'This page does not look like an article', body: 'Masthead found no story here. It may be a front page, a list or an app.' },
  empty: { title: 'No story found', body: 'Masthead looked, but found no readable text on this page.' },
  restricted: { title: 'Masthead cannot read this page', body: 'The browser does not let extensions read this kind of page.' },
  loading: { title: 'The page is still loading', body: 'Masthead will read it as soon as it is ready.' },
  'too-large': { title: 'This page is very large', body: 'Reading it could make the tab unresponsive for a while.' },
  error: { title: 'Something went wrong while reading this page', body: 'Nothing was changed on the page. You can try again.' },
};

/** One clear message per failure reason, with the action that fits it. */
export function StatusMessage({ reason, detail, onForce, onRetry }: StatusMessageProps) {
  const message = MESSAGES[reason];
  const canForce = (reason === 'not-readerable' || reason === 'too-large') && onForce;
  return (
    <section class="mh-status" role="status" data-testid="status" data-reason={reason}>
      <h2 class="mh-status__title">{message.title}</h2>
      <p>{detail ?? message.body}</p>
      {detail && reason !== 'restricted' && <p class="mh-status__hint">{message.body}</p>}
      {canForce && <button type="button" onClick={onForce} data-testid="force">Show anyway</button>}
      {reason === 'error' && onRetry && <button type="button" onClick={onRetry} data-testid="retry">Try again</button>}
    </section>
  );
}
