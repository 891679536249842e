// The reading view's look: themes and type settings persist across pages, +/− keys work, lazy images load, and
// screenshots in light, sepia and dark for a person to judge (test-results/reader-*.png). E2E build: the command path.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, test } from 'node:test';
import { CHROME_E2E_EXT, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const TEXT = 'Rescue teams worked through the night to reach villages cut off by the water, officials said on Wednesday. ';
// Lazy-loading patterns news sites use: a placeholder src with the real one in data-src, data-srcset only, and
// native loading=lazy far below the fold.
const LAZY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods cut off villages</title>
<meta property="og:site_name" content="Lazy Gazette"></head><body><main><article><h1>Floods cut off villages</h1>
<p>${TEXT.repeat(4)}</p>
<figure><img id="a" src="${GIF}" data-src="/img/stoltenberg.jpg" alt="A lazy photo"><figcaption>Placeholder src, real data-src.</figcaption></figure>
<p>${TEXT.repeat(5)}</p>
<figure><img id="b" data-srcset="/img/rferl-logo.jpg 1200w" alt="A srcset photo"><figcaption>Only data-srcset.</figcaption></figure>
${`<p>${TEXT.repeat(4)}</p>`.repeat(12)}
<figure><img id="c" loading="lazy" src="/img/stoltenberg.jpg?below" alt="Below the fold"><figcaption>Native lazy loading.</figcaption></figure>
<p>${TEXT.repeat(3)}</p></article></main></body></html>`;


const served = useServedBrowser({ pages: { '/lazy.html': LAZY_PAGE }, extension: CHROME_E2E_EXT });
beforeEach(async () => { await served.browser.worker.evaluate(() => chrome.storage.local.clear()); });

const toggle = (tabId) => served.browser.worker.evaluate((id) => globalThis.__toggleReader(id), tabId);
const tabIdOf = (url) => served.browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
const storedPrefs = () => served.browser.worker.evaluate(async () => (await chrome.storage.local.get('readerPrefs')).readerPrefs ?? null);

/** The view's computed look, read through the (e2e-only) open shadow root. */
const look = (page) => page.evaluate(() => {
  const reader = document.querySelector('masthead-reader')?.shadowRoot?.querySelector('[data-testid=reader]');
  if (!reader) return null;
  const body = reader.querySelector('[data-testid=article-body] p');
  const style = getComputedStyle(reader);
  return { theme: reader.dataset.theme, background: style.backgroundColor, fontSize: body && getComputedStyle(body).fontSize,
    lineHeight: body && getComputedStyle(body).lineHeight, width: reader.querySelector('.mh-article')?.getBoundingClientRect().width };
});

async function openReaderOn(t, pathname) {
  const url = `${served.server.origin}${pathname}`;
  const page = await openPage(served.browser.ctx, url);
  t.after(() => page.close().catch(() => {}));
  const result = await toggle(await tabIdOf(url));
  assert.equal(result.active, true, `the view opened on ${pathname}: ${JSON.stringify(result)}`);
  return page;
}

const settings = (page) => page.locator('masthead-reader [data-testid=reader-settings-toggle] > summary');

test('the theme and text size chosen in the view persist to the next page', async (t) => {
  const page = await openReaderOn(t, '/rferl-seed.html');
  const initial = await look(page);
  assert.equal(initial.fontSize, '19px');
  await settings(page).click();
  await page.locator('masthead-reader [data-testid=reader-theme] button[data-value=dark]').click();
  await page.keyboard.press('=');
  await page.keyboard.press('=');
  const changed = await look(page);
  assert.equal(changed.theme, 'dark');
  assert.equal(changed.background, 'rgb(28, 27, 34)');
  assert.equal(changed.fontSize, '24px');
  await page.keyboard.press('-');
  assert.equal((await look(page)).fontSize, '21px', 'minus steps back down');
  await page.keyboard.press('=');
  assert.deepEqual({ ...(await storedPrefs()) }, { fontSizeStep: 4, lineHeightStep: 1, font: 'serif', width: 'medium', theme: 'dark' });
  await page.keyboard.press('Escape');
  const next = await openReaderOn(t, '/lazy.html');
  const carried = await look(next);
  assert.equal(carried.theme, 'dark');
  assert.equal(carried.fontSize, '24px');
});

test('width and line spacing change the measure and leading', async (t) => {
  const page = await openReaderOn(t, '/rferl-seed.html');
  const medium = await look(page);
  await settings(page).click();
  await page.locator('masthead-reader [data-testid=reader-width] button[data-value=narrow]').click();
  await page.locator('masthead-reader [data-testid=reader-line-height] button[data-step="1"]').click();
  const narrow = await look(page);
  assert.ok(narrow.width < medium.width, `narrow (${narrow.width}px) is narrower than medium (${medium.width}px)`);
  assert.ok(parseFloat(narrow.lineHeight) > parseFloat(medium.lineHeight), 'looser line spacing');
  // Characters per full line in the story's longest paragraph: its text length over its number of line boxes.
  const chars = await page.evaluate(() => {
    const ps = [...document.querySelector('masthead-reader').shadowRoot.querySelectorAll('[data-testid=article-body] p')];
    const p = ps.sort((a, b) => b.textContent.length - a.textContent.length)[0];
    const range = document.createRange();
    range.selectNodeContents(p);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    return Math.round(p.textContent.length / Math.max(1, lines - 1 / 2));
  });
  assert.ok(chars >= 45 && chars <= 75, `a narrow line holds a comfortable ${chars} characters`);
});

test('lazy-loaded images appear in the view with their real sources', async (t) => {
  const page = await openReaderOn(t, '/lazy.html');
  const images = await page.waitForFunction(() => {
    const imgs = [...document.querySelector('masthead-reader').shadowRoot.querySelectorAll('[data-testid=article-body] img')];
    const done = imgs.length > 0 && imgs.every((img) => img.complete);
    return done && imgs.map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }));
  }, undefined, { timeout: 10_000 }).then((handle) => handle.jsonValue());
  const sources = images.map((img) => img.src);
  assert.ok(sources.some((s) => s.endsWith('/img/stoltenberg.jpg')), `data-src became the source: ${sources}`);
  assert.ok(sources.some((s) => s.includes('/img/stoltenberg.jpg?below')), 'the native-lazy image is kept');
  assert.ok(!sources.some((s) => s.startsWith('data:')), 'no placeholder is shown');
  for (const img of images) assert.ok(img.width > 0, `${img.src} loaded`);
  await page.screenshot({ path: path.join(RESULTS, 'reader-lazy-images.png') });
});

test('screenshots of the seed story in light, sepia and dark, and of the settings panel', async (t) => {
  const page = await openReaderOn(t, '/rferl-seed.html');
  for (const theme of ['light', 'sepia', 'dark']) {
    await settings(page).click();
    await page.locator(`masthead-reader [data-testid=reader-theme] button[data-value=${theme}]`).click();
    if (theme === 'dark') await page.screenshot({ path: path.join(RESULTS, 'reader-settings.png') });
    await settings(page).click();
    assert.equal((await look(page)).theme, theme);
    await page.screenshot({ path: path.join(RESULTS, `reader-${theme}.png`) });
  }
  await page.emulateMedia({ forcedColors: 'active' });
  await page.screenshot({ path: path.join(RESULTS, 'reader-forced-colors.png') });
});

test('where the reader said they live has penalties for this publisher, the strip opens and saving asks first', async (t) => {
  await served.browser.worker.evaluate(() => chrome.storage.local.set({ readerJurisdictions: ['RU'] }));
  const page = await openReaderOn(t, '/rferl-seed.html');
  const strip = page.locator('masthead-reader [data-testid=reader-context]');
  assert.equal(await strip.getAttribute('data-level'), 'caution');
  assert.match(await strip.locator('[data-testid=warning-compact]').innerText(), /: (Penalized|Reported)/i,
    'the warning line for the chosen jurisdiction is visible without expanding');
  const summary = await strip.locator('[data-testid=reader-context-summary]').innerText();
  assert.match(summary, /Listed as 'undesirable' by .*Prosecutor General.* on \d+ \w+ 20\d\d/);
  await page.screenshot({ path: path.join(RESULTS, 'reader-context-ru.png'), fullPage: false });
  await strip.locator('[data-testid=reader-context-details] > summary').click();
  assert.ok(await strip.locator('[data-testid=publisher-card]').isVisible(), 'Details shows the publisher card');
  assert.ok(await strip.locator('[data-testid=source-link]').count() > 0, 'and the sources');
  await page.screenshot({ path: path.join(RESULTS, 'reader-context-details.png') });
  await strip.locator('[data-testid=reader-context-details] > summary').click();
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.locator('masthead-reader [data-testid=reader-export] > summary').click();
  await page.locator('masthead-reader [data-testid=reader-export-html]').click();
  const confirm = page.locator('masthead-reader [data-testid=reader-risk-confirm]');
  // The wording follows the legal note's level for 'save' in RU (penalized, reported or unknown), never stronger.
  assert.match(await confirm.innerText(), /(saving or keeping|Saving or keeping) material from this publisher .*where you live/);
  assert.match(await confirm.innerText(), /Masthead keeps no copy\. Export anyway\?/);
  await page.screenshot({ path: path.join(RESULTS, 'reader-risk-confirm.png') });
  await page.locator('masthead-reader [data-testid=reader-risk-cancel]').click();
  assert.equal(await confirm.count(), 0);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(downloads.length, 0, 'cancel saves nothing');
  await page.locator('masthead-reader [data-testid=reader-export] > summary').click();
  await page.locator('masthead-reader [data-testid=reader-export-html]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('masthead-reader [data-testid=reader-risk-continue]').click()]);
  assert.match(download.suggestedFilename(), /^NATO-Chief.*\.html$/);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.match(saved, /Content-Security-Policy/);
  assert.match(saved, /NATO Secretary-General Jens Stoltenberg called on Russia/);
});

test('with no jurisdiction chosen, saving asks nothing and the file carries its provenance', async (t) => {
  const page = await openReaderOn(t, '/rferl-seed.html');
  assert.equal(await page.locator('masthead-reader [data-testid=reader-context]').getAttribute('data-level'), 'info');
  await page.locator('masthead-reader [data-testid=reader-export] > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator('masthead-reader [data-testid=reader-export-markdown]').click()]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.match(saved, /^---\ntitle: "NATO Chief/);
  assert.match(saved, /publisher: "Radio Free Europe\/Radio Liberty"/);
});

test('the auto theme follows the system colour scheme, also while the view is open', async (t) => {
  const page = await openReaderOn(t, '/lazy.html');
  assert.equal((await look(page)).theme, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('masthead-reader').shadowRoot
    .querySelector('[data-testid=reader]').dataset.theme === 'dark');
  assert.equal((await look(page)).background, 'rgb(28, 27, 34)');
  assert.equal((await storedPrefs()), null, 'following the system stores nothing');
});

test('copy link asks first where sharing is penalized, then copies the page address', async (t) => {
  await served.browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.origin });
  await served.browser.worker.evaluate(() => chrome.storage.local.set({ readerJurisdictions: ['RU'] }));
  const page = await openReaderOn(t, '/rferl-seed.html');
  await page.locator('masthead-reader [data-testid=reader-copy-link]').click();
  const confirm = page.locator('masthead-reader [data-testid=reader-risk-confirm]');
  assert.match(await confirm.innerText(), /[Ss]haring material from this publisher .*where you live.*Copy the link anyway\?/s);
  await page.locator('masthead-reader [data-testid=reader-risk-continue]').click();
  await page.waitForFunction(() => document.querySelector('masthead-reader').shadowRoot
    .querySelector('[data-testid=reader-action-status]')?.textContent === 'Link copied.');
  // The canonical URL points at another host (the fixture is served locally), so the page's own address is copied.
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${served.server.origin}/rferl-seed.html`);
});

test('print goes through a temporary sandboxed frame inside the view and leaves nothing behind', async (t) => {
  const page = await openReaderOn(t, '/lazy.html');
  const before = await page.evaluate(() => document.body.outerHTML);
  await page.locator('masthead-reader [data-testid=reader-print]').click();
  const frame = await page.waitForFunction(() => {
    const f = document.querySelector('masthead-reader').shadowRoot.querySelector('iframe');
    return f && { sandbox: f.getAttribute('sandbox'), title: f.contentDocument?.title ?? null };
  }).then((h) => h.jsonValue());
  assert.equal(frame.sandbox, 'allow-same-origin allow-modals');
  assert.equal(frame.title, 'Floods cut off villages');
  await page.waitForFunction(() => !document.querySelector('masthead-reader').shadowRoot.querySelector('iframe'), undefined, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => document.body.outerHTML), before, 'the page itself was not changed to print');
});

test('read aloud uses only voices on the device, and says so when there is none for the story', async (t) => {
  const page = await openReaderOn(t, '/lazy.html');
  const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.localService).map((v) => v.lang));
  await page.locator('masthead-reader [data-testid=reader-read-aloud]').click();
  if (voices.some((lang) => lang.toLowerCase().startsWith('en'))) {
    t.diagnostic(`local English voices: ${voices.join(', ')}`);
    await page.waitForFunction(() => document.querySelector('masthead-reader').shadowRoot.querySelector('.mh-speaking'));
    await page.locator('masthead-reader [data-testid=reader-read-aloud-stop]').click();
  } else {
    const status = page.locator('masthead-reader .mh-read-aloud [role=status]');
    assert.equal(await status.innerText(), 'No voice on this device speaks this language.');
  }
});
