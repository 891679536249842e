// What the popup says where there is no story to show: a front page (with "Show anyway") and a browser page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';

const served = useServedBrowser();

test('a front page is reported as not an article, and "Show anyway" extracts what there is', async () => {
  const url = `${served.server.origin}/front-page.html`;
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  assert.equal(await popup.ready(), 'not-readerable');
  assert.match(await popup.text('status'), /does not look like an article/);
  await popup.screenshot(path.join(RESULTS, 'popup-not-article.png'));
  assert.ok(await popup.click('[data-testid=force]'));
  const forced = await popup.waitFor(`(() => { const s = document.querySelector('[data-testid=popup]')?.dataset.state;
    return s && s !== 'not-readerable' ? s : null; })()`, 'forced extraction');
  assert.ok(['article', 'empty'].includes(forced), `forced extraction ends in a story or "no story": ${forced}`);
  await popup.close();
});

test('a browser page says extensions may not read it, without an error', async () => {
  const page = await served.browser.ctx.newPage();
  await page.goto('chrome://version/');
  const popup = await clickToolbar(served.browser, 'chrome://version/');
  assert.equal(await popup.ready(), 'restricted');
  assert.match(await popup.text('status'), /cannot read this page/);
  assert.match(await popup.text('status'), /browser’s own pages/);
  await popup.screenshot(path.join(RESULTS, 'popup-restricted.png'));
  await popup.close();
});
