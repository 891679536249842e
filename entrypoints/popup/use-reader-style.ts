import { useEffect, useState } from 'preact/hooks';
import { prefsToCssVars } from '@/lib/reader/prefs/prefs-to-css-vars';
import type { PopupServices } from '@/lib/services';

/** The reading-view preferences as CSS variables for the popup (theme, font, size, line height); empty until loaded. */
export function useReaderStyle(services: PopupServices): Record<string, string> {
  const [style, setStyle] = useState<Record<string, string>>({});
  useEffect(() => {
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    void services.loadReaderPrefs().then((prefs) => setStyle(prefsToCssVars(prefs, dark)));
  }, [services]);
  return style;
}
