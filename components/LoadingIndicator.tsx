export interface LoadingIndicatorProps {
  /** False for the first ~150 ms, so fast pages do not flash a spinner. */
  visible: boolean;
}

/** "Reading the page…" with a spinner, announced politely to screen readers. */
export function LoadingIndicator({ visible }: LoadingIndicatorProps) {
  return (
    <div class="mh-loading" role="status" aria-live="polite" data-testid="loading" hidden={!visible}>
      <span class="mh-loading__spinner" aria-hidden="true" />
      Reading the page…
    </div>
  );
}
