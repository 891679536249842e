import type { ComponentChildren } from 'preact';

export type ContextLevel = 'none' | 'info' | 'caution';

export interface ContextStripProps {
  /** One line, always visible: the publisher's status in brief, or that none is on record. Plain, dated wording. */
  summary: ComponentChildren;
  /** `caution` when something about this publisher concerns the reader's jurisdiction; styles the strip only. */
  level: ContextLevel;
  /** The full context (status per state, warnings, what the publisher says), shown when expanded. */
  children?: ComponentChildren;
  /** Start expanded (e.g. when there is a warning for the reader's jurisdiction). */
  open?: boolean;
}

/** A compact, expandable source-context strip under the story's header. Shows what it is given, decides nothing. */
export function ContextStrip({ summary, level, children, open }: ContextStripProps) {
  if (!children) {
    return (
      <p class={`mh-context mh-context--${level}`} data-testid="reader-context" data-level={level}>
        <span class="mh-context__summary-text">{summary}</span>
      </p>
    );
  }
  return (
    <details class={`mh-context mh-context--${level}`} open={open} data-testid="reader-context" data-level={level}>
      <summary class="mh-context__summary">
        <span class="mh-context__summary-text">{summary}</span>
      </summary>
      <div class="mh-context__body">{children}</div>
    </details>
  );
}
