// The on-page reading view opens and closes by every path, and closing leaves the page exactly as it was:
// same markup, same URL, no history entry, same scroll position, same focused element.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CHROME_E2E_EXT, clickToolbar, launchChromium, openPage, RESULTS } from './harness.mjs';
import { startServer } from './server.mjs';

// A long story whose <html> carries an inline style (with overflow) that must come back byte for byte, and a smooth
// scroll-behavior that must not animate the restored scroll position.
const PARAGRAPHS = Array.from({ length: 60 }, (_, i) =>
  `<p>Paragraph ${i + 1}. The council met on Tuesday to discuss the budget for the coming year, and members ` +
  'disagreed about the cost of repairs to the river embankment, which flooded twice last spring. Residents asked for a public hearing before any decision is made.</p><p>A resident said the repairs were overdue.</p>').join('\n');
const LONG_PAGE = `<!doctype html><html lang="en" style="scroll-behavior: smooth; overflow-y: scroll">
<head><meta charset="utf-8"><title>Council argues over embankment costs</title>
<meta property="og:site_name" content="The Local Record"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Council argues over embankment costs</h1><p class="byline">By Sam Writer</p>
${PARAGRAPHS.replace('Paragraph 20.', 'Paragraph 20. <button id="mid">Share</button>')}
</article></main><footer>Footer links</footer></body></html>`;


/** Everything on the page that closing the view must restore, read in the page's own world. */
const pageState = (page) => page.evaluate(() => ({
  html: document.documentElement.outerHTML,
  href: location.href,
  history: history.length,
  scrollY: Math.round(scrollY),
  focused: document.activeElement?.id ?? null,
  hosts: document.querySelectorAll('masthead-reader').length,
}));

async function prepare(page) {
  await page.evaluate(() => { window.scrollTo({ top: 1500, behavior: 'instant' }); document.getElementById('mid')?.focus({ preventScroll: true }); });
  const state = await pageState(page);
  assert.equal(state.scrollY, 1500, 'the page scrolled before the view opened');
  assert.equal(state.focused, 'mid');
  return state;
}

let server;
before(async () => { server = await startServer({ pages: { '/long.html': LONG_PAGE } }); });
after(async () => { await server?.close(); });

describe('the command path (e2e build, the same toggleReader the shortcut calls)', () => {
  let browser;
  before(async () => { browser = await launchChromium({ extension: CHROME_E2E_EXT }); });
  after(async () => { await browser?.close(); });

  const toggle = (tabId) => browser.worker.evaluate((id) => globalThis.__toggleReader(id), tabId);
  const tabIdOf = (url) => browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);

  test('toggles on and off and leaves markup, URL, history, scroll and focus as they were', async (t) => {
    const url = `${server.origin}/long.html`;
    const page = await openPage(browser.ctx, url);
    const before = await prepare(page);
    const tabId = await tabIdOf(url);
    let started = Date.now();
    assert.deepEqual(await toggle(tabId), { active: true, title: 'Council argues over embankment costs' });
    t.diagnostic(`opened in ${Date.now() - started} ms (injection, extraction, registry, render)`);
    const open = await page.evaluate(() => {
      const host = document.querySelector('masthead-reader');
      const root = host?.shadowRoot;
      return {
        hosts: document.querySelectorAll('masthead-reader').length,
        title: root?.querySelector('[data-testid=article-title]')?.textContent ?? null,
        paragraphs: root?.querySelectorAll('[data-testid=article-body] p').length ?? 0,
        footer: root?.textContent?.includes('Footer links') ?? null,
        overflow: getComputedStyle(document.documentElement).overflow,
        rect: host ? [host.getBoundingClientRect().width, host.getBoundingClientRect().height] : null,
      };
    });
    assert.equal(open.hosts, 1);
    assert.equal(open.title, 'Council argues over embankment costs');
    assert.ok(open.paragraphs >= 60, `the whole story is shown (${open.paragraphs} paragraphs)`);
    assert.equal(open.footer, false, 'page chrome is left out');
    assert.equal(open.overflow, 'hidden', 'page scroll is locked while open');
    assert.deepEqual(open.rect, [1280, 900], 'the view covers the viewport');
    await page.screenshot({ path: path.join(RESULTS, 'reader-long-open.png') });
    started = Date.now();
    assert.deepEqual(await toggle(tabId), { active: false });
    t.diagnostic(`closed in ${Date.now() - started} ms`);
    assert.deepEqual(await pageState(page), before);
    await page.close();
  });

  test('Escape closes the view and restores the page the same way', async () => {
    const url = `${server.origin}/long.html?escape`;
    const page = await openPage(browser.ctx, url);
    const before = await prepare(page);
    assert.equal((await toggle(await tabIdOf(url))).active, true);
    await page.keyboard.press('Escape');
    assert.deepEqual(await pageState(page), before);
    await page.close();
  });

  test('the close button closes the view, and the next toggle opens it again', async () => {
    const url = `${server.origin}/long.html?button`;
    const page = await openPage(browser.ctx, url);
    const before = await prepare(page);
    const tabId = await tabIdOf(url);
    assert.equal((await toggle(tabId)).active, true);
    await page.locator('masthead-reader [data-testid=reader-close]').click();
    assert.deepEqual(await pageState(page), before);
    assert.equal((await toggle(tabId)).active, true, 're-injection after a close opens a fresh view');
    assert.equal((await pageState(page)).hosts, 1);
    assert.deepEqual(await toggle(tabId), { active: false });
    await page.close();
  });
});

describe('pages that are not articles (e2e build)', () => {
  let browser;
  before(async () => { browser = await launchChromium({ extension: CHROME_E2E_EXT }); });
  after(async () => { await browser?.close(); });

  test('a front page opens what text there is, marked as not looking like an article, or says there is none', async () => {
    const url = `${server.origin}/front-page.html`;
    const page = await openPage(browser.ctx, url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    const result = await browser.worker.evaluate((id) => globalThis.__toggleReader(id), tabId);
    if ('error' in result) {
      assert.match(result.error, /no (story|readable text)/);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'a failure leaves no trace');
    } else {
      assert.equal(result.active, true);
      const note = await page.evaluate(() => document.querySelector('masthead-reader').shadowRoot
        .querySelector('[data-testid=reader-forced]')?.textContent ?? null);
      assert.match(note, /did not look like an article/);
      await page.screenshot({ path: path.join(RESULTS, 'reader-front-page.png') });
      assert.deepEqual(await browser.worker.evaluate((id) => globalThis.__toggleReader(id), tabId), { active: false });
    }
  });
});

describe('the toolbar popup path (production build, activeTab from the real toolbar click)', () => {
  let browser;
  before(async () => { browser = await launchChromium(); });
  after(async () => { await browser?.close(); });

  test('the popup\'s Reading view button toggles the view on and off on the page it was opened for', async () => {
    const url = `${server.origin}/long.html`;
    const page = await openPage(browser.ctx, url);
    const before = await prepare(page);
    const popup = await clickToolbar(browser, url);
    assert.equal(await popup.ready(), 'article');
    assert.ok(await popup.click('[data-testid=toggle-reader]'), 'the popup has a Reading view button');
    await page.waitForFunction(() => document.querySelectorAll('masthead-reader').length === 1);
    assert.equal(await page.evaluate(() => document.querySelector('masthead-reader').shadowRoot), null,
      'production keeps the view in a closed shadow root');
    await page.screenshot({ path: path.join(RESULTS, 'reader-from-popup.png') });
    await popup.close();
    const again = await clickToolbar(browser, url);
    assert.equal(await again.ready(), 'article', 'the popup still reads the story with the view open');
    assert.ok(await again.click('[data-testid=toggle-reader]'));
    await page.waitForFunction(() => document.querySelectorAll('masthead-reader').length === 0);
    assert.deepEqual(await pageState(page), before);
  });

  test('without a user gesture the production build cannot touch the page (no host permissions)', async () => {
    const url = `${server.origin}/long.html?no-gesture`;
    await openPage(browser.ctx, url);
    const outcome = await browser.worker.evaluate(async () => {
      // Without host permissions the worker cannot read tab URLs; the page just opened is the active tab.
      const [target] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      try {
        await chrome.scripting.executeScript({ target: { tabId: target.id }, files: ['/reader.js'] });
        return 'injected';
      } catch (error) {
        return String(error.message);
      }
    });
    assert.match(outcome, /Cannot access|permission/i);
    assert.equal(await browser.worker.evaluate(() => typeof globalThis.__toggleReader), 'undefined',
      'the test hook is not in the production build');
  });
});
