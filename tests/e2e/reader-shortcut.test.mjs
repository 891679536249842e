// The keyboard shortcut and the context-menu entry, on the production build. The shortcut assignment and the menu
// entry are checked headless; the real key press needs X11 (testing-recipe.md §4: CDP key events never reach
// extension commands), so it runs only under `xvfb-run -a -s "-screen 0 1280x800x24" node --test tests/e2e/reader-shortcut.test.mjs`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, openPage, RESULTS } from './harness.mjs';
import { startServer } from './server.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens after repairs</title></head>
<body><main><article><h1>Bridge reopens after repairs</h1>${'<p>The bridge reopened to traffic on Monday after eight months of repairs, the city said, ahead of schedule and under budget.</p>'.repeat(12)}</article></main></body></html>`;

/**
 * Focuses the page and presses the real shortcut until the reading view opens (at most three presses).
 * Why: with no window manager under Xvfb, X can deliver the key before the window has taken focus from the click;
 * the full CI run saw the first press lost once after the builds (fresh clone, 28 Nov), never in isolated runs. A
 * press that reaches the browser opens the view well under a second (about 250 ms in the command-path test), so 4 s
 * without it means the key was lost.
 */
async function pressUntilOpen(page) {
  for (let press = 1; press <= 3; press += 1) {
    await page.mouse.click(640, 400); // testing-recipe.md §4: focus the page first
    await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+shift+y']);
    const opened = await page.waitForFunction(() => document.querySelectorAll('masthead-reader').length === 1, undefined, { timeout: 4_000 })
      .then(() => true, () => false);
    if (opened) return press;
  }
  throw new Error('three presses of Ctrl+Shift+Y did not open the reading view');
}

let server;
before(async () => { server = await startServer({ pages: { '/bridge.html': PAGE } }); });
after(() => server.close());

test('Ctrl+Shift+Y is assigned to the toggle and the page context menu has the entry', async () => {
  const browser = await launchChromium();
  try {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    assert.equal(commands.find((c) => c.name === 'toggle-reader')?.shortcut, 'Ctrl+Shift+Y');
    // update() rejects for an id that was never created; the entry is made in runtime.onInstalled.
    const menu = await browser.worker.evaluate(() => chrome.contextMenus.update('toggle-reader', {}).then(() => 'present', (e) => e.message));
    assert.equal(menu, 'present');
  } finally {
    await browser.close();
  }
});

test('the real shortcut toggles the view on and off and grants activeTab on the production build', { skip: !process.env.DISPLAY && 'needs X11 (xvfb-run)' }, async (t) => {
  const browser = await launchChromium({ headless: false });
  try {
    const page = await openPage(browser.ctx, `${server.origin}/bridge.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const presses = await pressUntilOpen(page);
    t.diagnostic(`key presses until the view opened: ${presses}`);
    await page.screenshot({ path: path.join(RESULTS, 'reader-shortcut-on.png') });
    execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+shift+y']);
    await page.waitForFunction(() => document.querySelectorAll('masthead-reader').length === 0, undefined, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  } finally {
    await browser.close();
  }
});
