import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toggleReader, toggleReaderInTab } from '@/lib/browser/toggle-reader';

/** The command name declared in wxt.config.ts (Ctrl+Shift+Y) and the context-menu entry's id. */
const TOGGLE = 'toggle-reader';

// Thin wiring only: the shortcut and the page context menu both call the same toggleReader the popup uses.
// Each is a user gesture, so the browser grants activeTab for the tab before the injection.
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE) void toggleReaderInTab(tab);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: TOGGLE, title: 'Toggle clean reading view', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === TOGGLE) void toggleReaderInTab(tab);
  });
  // Test build only (`wxt build --mode e2e`): the same code path as the shortcut, callable from the service worker.
  if (import.meta.env.MODE === 'e2e') Reflect.set(globalThis, '__toggleReader', toggleReader);
});
