// Firefox ESR: the add-on installs and extracts an article (puppeteer-core over WebDriver BiDi, testing-recipe.md §5).
// BiDi refuses to navigate to moz-extension:// directly, so the e2e build makes popup.html web-accessible and the
// test navigates there from a web page; the popup is addressed to the article tab with ?tabId=.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { RESULTS } from './harness.mjs';
import { REPO, startServer } from './server.mjs';

const ADDON_ID = 'masthead@masthead.invalid';
const UUID = crypto.randomUUID();
let server;
let browser;
/** The article tab and the popup tab, shared by the tests below (the second continues where the first ends). */
const tabs = {};

before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(path.join(REPO, '.output/firefox-mv2-e2e'));
});
after(async () => { await browser?.close(); await server?.close(); });

test('the Firefox add-on installs and extracts the seed article', async () => {
  const articleUrl = `${server.origin}/rferl-seed.html`;
  const article = await browser.newPage();
  await article.goto(articleUrl, { waitUntil: 'load' });
  const popup = await browser.newPage();
  Object.assign(tabs, { article, popup });
  await popup.goto(`${server.origin}/front-page.html`);
  await popup.evaluate((u) => { location.href = u; }, `moz-extension://${UUID}/popup.html`);
  await popup.waitForFunction(() => typeof browser !== 'undefined' && document.querySelector('[data-testid=popup]'), { timeout: 20_000 });
  // Match patterns take no port, so find the tab by its full URL among all tabs.
  const tabId = await popup.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, articleUrl);
  assert.ok(Number.isInteger(tabId), 'the article tab is found');
  await popup.evaluate((id) => { location.href = `popup.html?tabId=${id}`; }, tabId);
  await popup.waitForFunction(() => document.querySelector('[data-testid=popup]')?.dataset.state === 'article', { timeout: 20_000 });
  const title = await popup.$eval('[data-testid=article-title]', (el) => el.textContent);
  assert.equal(title, 'NATO Chief, Alliance Heavyweights Warn Russia Over Troop Buildup Near Ukraine');
  const body = await popup.$eval('[data-testid=article-body]', (el) => el.textContent);
  assert.match(body, /With reporting by Reuters, AP, AFP, and dpa/);
  assert.doesNotMatch(body, /16x9 Image|Accessibility links/);
  fs.mkdirSync(RESULTS, { recursive: true });
  await popup.screenshot({ path: path.join(RESULTS, 'firefox-popup.png') });
});

test('the Firefox add-on opens and closes the reading view on the article', async () => {
  const { article, popup } = tabs;
  assert.ok(article && popup, 'the article and the popup from the previous test are open');
  const before = await article.evaluate(() => document.documentElement.outerHTML);
  await popup.$eval('[data-testid=toggle-reader]', (b) => b.click());
  await article.waitForFunction(() => document.querySelector('masthead-reader')?.shadowRoot?.querySelector('h1'), { timeout: 20_000 });
  const title = await article.evaluate(() => document.querySelector('masthead-reader').shadowRoot.querySelector('h1').textContent);
  assert.equal(title, 'NATO Chief, Alliance Heavyweights Warn Russia Over Troop Buildup Near Ukraine');
  await article.screenshot({ path: path.join(RESULTS, 'firefox-reader.png') });
  await article.keyboard.press('Escape');
  await article.waitForFunction(() => !document.querySelector('masthead-reader'), { timeout: 10_000 });
  assert.equal(await article.evaluate(() => document.documentElement.outerHTML), before, 'the page is restored exactly');
});
