import type { ComponentChildren } from 'preact';

export type ContextLevel = 'none' | 'info' | 'caution';

export interface ContextStripProps {
  /** One line, always visible: the publisher's status in brief, or that none is on record. Plain, dated wording. */
  summary: ComponentChildren;
  /** `caution` when something about this publisher concerns the reader's jurisdiction; styles the strip only. */
  level: ContextLevel;
  /** Always visible under the summary: the warning for the reader's jurisdiction, when there is one. */
  lead?: ComponentChildren;
  /** The full context (publisher card, statuses with sources, what the publisher says), behind "Details". */
  children?: ComponentChildren;
  /** Start with the details expanded. */
  open?: boolean;
}

/** A compact source-context strip under the story's header, details expandable. Shows what it is given, decides nothing. */
export function ContextStrip({ summary, level, lead, children, open }: ContextStripProps) {
  return (
    <section class={`mh-strip mh-strip--${level}`} data-testid="reader-context" data-level={level} aria-label="Source context">
      <p class="mh-strip__summary-text" data-testid="reader-context-summary">{summary}</p>
      {lead}
      {children && (
        <details class="mh-strip__details" open={open} data-testid="reader-context-details">
          <summary class="mh-strip__summary">Details and sources</summary>
          <div class="mh-strip__body">{children}</div>
        </details>
      )}
    </section>
  );
}
