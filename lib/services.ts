/**
 * What the popup needs from the browser, as an interface: components and hooks receive it, tests pass a fake
 * (fakeBrowser has no `scripting`), and only lib/browser implements it.
 * @module lib/services
 */
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { ExtractOptions, ExtractResult } from '@/lib/protocol';
import type { ReaderToggleResult } from '@/lib/reader/overlay/reader-toggle-result';
import type { ReaderPrefs } from '@/lib/reader/prefs/reader-prefs';

/** The tab the popup reports on. */
export interface TabRef {
  id: number;
  url: string | undefined;
}

export interface PopupServices {
  /** The tab to report on, or null when there is none (a popup opened without a window). */
  getTargetTab(): Promise<TabRef | null>;
  /** Runs the page script in the tab. Never throws: failures are ExtractResult values. */
  extract(tab: TabRef, options: ExtractOptions): Promise<ExtractResult>;
  /** The reader's stored jurisdiction choice; null until they choose. */
  loadJurisdictions(): Promise<JurisdictionChoice | null>;
  saveJurisdictions(choice: JurisdictionChoice): Promise<void>;
  /** Toggles the clean reading view on the tab. */
  toggleReader(tabId: number): Promise<ReaderToggleResult>;
  /** The reading-view preferences (theme, font, size, line height, width), which the popup's story follows too. */
  loadReaderPrefs(): Promise<ReaderPrefs>;
  /** Opens the options page (where the jurisdiction choice can be changed). */
  openOptions(): void;
}
