/**
 * The real PopupServices, over the extension APIs.
 * @module lib/browser/popup-services
 */
import { browser } from 'wxt/browser';
import type { PopupServices } from '@/lib/services';
import { loadJurisdictionChoice, saveJurisdictionChoice } from './jurisdiction-storage';
import { loadReaderPrefs } from './reader-prefs-storage';
import { getTargetTab, runExtractor } from './tabs';
import { toggleReader } from './toggle-reader';

/** Services backed by browser.tabs, browser.scripting and extension-local storage. */
export const browserPopupServices: PopupServices = {
  getTargetTab: () => getTargetTab(),
  extract: runExtractor,
  loadJurisdictions: loadJurisdictionChoice,
  saveJurisdictions: saveJurisdictionChoice,
  toggleReader,
  loadReaderPrefs,
  openOptions: () => void browser.runtime.openOptionsPage(),
};
