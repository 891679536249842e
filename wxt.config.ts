import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Masthead's manifest: activeTab + scripting + storage, and no host permissions — the page is read only after the
// user's click (toolbar, shortcut or context menu), so nothing runs on pages the reader did not ask about.
export default defineConfig({
  imports: false,
  vite: (env) => ({
    // Custom modes (e2e) count as non-production to the preset; keep devtools/prefresh to development only
    // (testing-recipe.md, gotcha 5).
    plugins: [preact({ devToolsEnabled: env.mode === 'development', prefreshEnabled: env.mode === 'development' })],
    // Vite's modulepreload polyfill calls fetch() on the extension's own chunks; extension pages load modules
    // natively, and leaving it out keeps the bundle free of any network API (checked by tests/e2e/privacy.test.mjs).
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Masthead',
    description: 'The cleaned story beside its source context: who published it, what states say, what is risky where you live.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Test-only build: lets the popup be opened in a normal tab against 127.0.0.1 pages (testing-recipe.md §4).
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(mode === 'e2e' && browser === 'firefox' ? { web_accessible_resources: ['popup.html'] } : {}),
    commands: {
      'toggle-reader': {
        // Alt+Shift+R is not assigned in Chromium 156; Ctrl+Shift+Y is (testing-recipe.md §4).
        suggested_key: { default: 'Ctrl+Shift+Y' },
        description: 'Toggle the clean reading view',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'masthead@masthead.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test-results/**', 'tests/**', '.ci/**'] },
});
