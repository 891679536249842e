import type { ComponentChildren } from 'preact';

export type ExportFormat = 'html' | 'markdown';

export interface ReaderActionsProps {
  onCopyLink(): void;
  onExport(format: ExportFormat): void;
  onPrint(): void;
  /** Read-aloud control, when speech is available (rendered first). */
  readAloud?: ComponentChildren;
  /** A short, polite status after an action ("Link copied"); announced to screen readers. */
  status?: string | null;
}

/** Closes the menu a choice was made in, so it does not stay open under a confirmation or after the download. */
function closeMenu(event: Event): void {
  const menu = event.currentTarget instanceof Element ? event.currentTarget.closest('details') : null;
  if (menu) menu.open = false;
}

/** The toolbar's tools: copy link, save as HTML or Markdown, print. Callbacks only; the view decides nothing here. */
export function ReaderActions({ onCopyLink, onExport, onPrint, readAloud, status }: ReaderActionsProps) {
  return (
    <div class="mh-actions" data-testid="reader-actions">
      {readAloud}
      <button type="button" onClick={onCopyLink} data-testid="reader-copy-link">Copy link</button>
      <details class="mh-menu" data-testid="reader-export">
        <summary class="mh-menu__summary">Save</summary>
        <div class="mh-menu__panel" role="group" aria-label="Save the story">
          <button type="button" onClick={(e) => { closeMenu(e); onExport('html'); }} data-testid="reader-export-html">As web page (.html)</button>
          <button type="button" onClick={(e) => { closeMenu(e); onExport('markdown'); }} data-testid="reader-export-markdown">As Markdown (.md)</button>
        </div>
      </details>
      <button type="button" onClick={onPrint} data-testid="reader-print">Print</button>
      <span class="mh-actions__status" role="status" aria-live="polite" data-testid="reader-action-status">{status ?? ''}</span>
    </div>
  );
}
