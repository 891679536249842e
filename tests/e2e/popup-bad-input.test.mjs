// Bad input gets a clear message and loses nothing: hostile article HTML is rendered inert, and a huge page is
// reported before it can freeze the tab, with "Show anyway" still extracting it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';

const served = useServedBrowser();

test('hostile markup in a story is rendered without scripts, handlers, frames or forms', async () => {
  const url = `${served.server.origin}/hostile.html`;
  const page = await openPage(served.browser.ctx, url);
  // The page's own handlers fire as it loads (that is the page, not Masthead); start from a clean flag.
  await page.evaluate(() => { window.__hacked = null; });
  const popup = await clickToolbar(served.browser, url);
  assert.equal(await popup.ready(), 'article');
  const body = await popup.text('article-body');
  for (const sentence of ['lowest number of incidents', 'mooring lines', 'crane operators', 'staffing levels', 'near misses']) {
    assert.match(body, new RegExp(sentence), `the story keeps: ${sentence}`);
  }
  await popup.evaluate(`document.querySelectorAll('[data-testid=article-body] a, [data-testid=article-body] button').forEach((el) => el.click())`);
  assert.equal(await popup.evaluate('window.__hacked ?? null'), null);
  assert.equal(await page.evaluate('window.__hacked ?? null'), null, 'extraction ran nothing on the page either');
  const inert = await popup.evaluate(`(() => { const b = document.querySelector('[data-testid=article-body]');
    return { active: b.querySelectorAll('script, iframe, object, embed, form, input, button, svg, [onerror], [onload], [onclick], [style]').length,
      jsLinks: [...b.querySelectorAll('a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')).length }; })()`);
  assert.deepEqual(inert, { active: 0, jsLinks: 0 });
  await popup.screenshot(path.join(RESULTS, 'popup-hostile.png'));
  await popup.close();
});

test('a page of 200,000 elements is reported as very large, and "Show anyway" still finds the story', async () => {
  const url = `${served.server.origin}/generated/huge-200000.html`;
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  assert.equal(await popup.ready(), 'too-large');
  assert.match(await popup.text('status'), /200,\d{3} elements/);
  const started = Date.now();
  assert.ok(await popup.click('[data-testid=force]'));
  await popup.waitFor(`document.querySelector('[data-testid=popup]')?.dataset.state === 'article'`, 'forced extraction');
  console.log(`# forced extraction of a 200k-element page took ${Date.now() - started} ms in Chromium`);
  assert.match(await popup.text('article-body'), /Paragraph 6 of a long story/);
  await popup.close();
});
