import type { ComponentChildren } from 'preact';
import type { ReaderPrefs } from '@/lib/reader/prefs/reader-prefs';
import { ReaderSettings } from './ReaderSettings';

export interface ReaderToolbarProps {
  /** Shown at the start of the bar so the reader knows whose story this is. */
  siteName: string | null;
  prefs: ReaderPrefs;
  onPrefsChange(next: ReaderPrefs): void;
  onClose(): void;
  /** Extra tools (read aloud, print, export, copy link), rendered before the settings. */
  actions?: ComponentChildren;
}

/** The bar at the top of the reading view: close, the page's site, extra tools and the "Aa" settings panel. */
export function ReaderToolbar({ siteName, prefs, onPrefsChange, onClose, actions }: ReaderToolbarProps) {
  return (
    <div class="mh-toolbar" role="toolbar" aria-label="Reading view" data-testid="reader-toolbar">
      <button type="button" class="mh-toolbar__close" onClick={onClose} data-testid="reader-close"
        title="Close reading view (Esc)">
        <span aria-hidden="true">✕</span> Close
      </button>
      <span class="mh-toolbar__site">{siteName ?? ''}</span>
      <div class="mh-toolbar__actions">{actions}</div>
      <details class="mh-settings" data-testid="reader-settings-toggle">
        <summary class="mh-settings__summary" title="Type and theme">
          <span aria-hidden="true">Aa</span><span class="mh-visually-hidden">Type and theme settings</span>
        </summary>
        <ReaderSettings prefs={prefs} onPrefsChange={onPrefsChange} />
      </details>
    </div>
  );
}
