import { useState } from 'preact/hooks';
import type { PopupServices } from '@/lib/services';

export interface PopupBarProps {
  tabId: number | null;
  /** The page has a story, so the reading view can open. */
  canRead: boolean;
  services: PopupServices;
}

/** The popup's top bar: the reading-view toggle and the settings link. */
export function PopupBar({ tabId, canRead, services }: PopupBarProps) {
  const [message, setMessage] = useState<string | null>(null);
  const toggle = async () => {
    if (tabId === null) return;
    const answer = await services.toggleReader(tabId);
    if ('error' in answer) setMessage(answer.error);
    else window.close();
  };
  return (
    <header class="mh-popup__bar">
      <span class="mh-popup__brand">Masthead</span>
      {message && <span class="mh-popup__message" role="alert">{message}</span>}
      <button type="button" onClick={toggle} disabled={!canRead || tabId === null} data-testid="toggle-reader">Reading view</button>
      <button type="button" onClick={services.openOptions} data-testid="open-options">Settings</button>
    </header>
  );
}
