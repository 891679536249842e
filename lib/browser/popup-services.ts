/**
 * The real PopupServices, over the extension APIs.
 * @module lib/browser/popup-services
 */
import type { PopupServices } from '@/lib/services';
import { getTargetTab, runExtractor } from './tabs';

/** Services backed by browser.tabs and browser.scripting. */
export const browserPopupServices: PopupServices = {
  getTargetTab: () => getTargetTab(),
  extract: runExtractor,
};
