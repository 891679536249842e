// The settings page's registry look-up in the production build: a channel with no website is found by name in
// Cyrillic, its statuses and the risks for the chosen place are shown, and nothing leaves the browser.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, RESULTS } from './harness.mjs';

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

/** Opens the settings page with Russia chosen, looks up `query` and opens the first result, which must be `id`. */
async function openLookup(query, id) {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('jurisdiction-RU').check();
  await page.getByTestId('search-input').fill(query);
  const result = page.getByTestId('search-result').first();
  assert.equal(await result.getAttribute('data-publisher-id'), id);
  await result.click();
  return page;
}

test('the settings page finds a Telegram/YouTube-only outlet by name and shows its statuses and risks', async () => {
  const page = await browser.ctx.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('jurisdiction-RU').check();
  await page.getByTestId('search-input').fill('вДудь');
  const result = page.getByTestId('search-result').first();
  assert.equal(await result.getAttribute('data-publisher-id'), 'vdud');
  assert.match(await result.innerText(), /no website on record/);
  await result.click();
  assert.match(await page.getByTestId('publisher-card').innerText(), /'foreign agent' by Russia's Ministry of Justice on 15 Apr 2022/);
  assert.match(await page.getByTestId('status-scope').first().innerText(), /^Applies only to: /);
  assert.equal(await page.locator('[data-testid=warning][data-jurisdiction=RU]').count(), 1);
  await page.getByTestId('publisher-search').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(RESULTS, 'options-lookup.png'), fullPage: true });
  await page.getByTestId('search-input').fill('https://www.rferl.org/a/1.html');
  assert.equal(await page.getByTestId('search-result').first().getAttribute('data-publisher-id'), 'rferl');
  assert.deepEqual(requests.filter((url) => !url.startsWith('chrome-extension://')), [], 'the look-up makes no network request');
  await page.close();
});

test('an outlet removed from the register keeps the listing as history and gets no risk warning', async () => {
  const page = await openLookup('rosbalt.ru', 'rosbalt');
  const line = page.locator('[data-testid=status-line][data-kind=foreign-agent]');
  assert.equal(await line.getAttribute('data-ended'), 'true');
  assert.match(await line.innerText(), /No longer in force[\s\S]*on 15 Oct 2021, until 25 Aug 2023/);
  assert.equal(await page.locator('[data-testid=warning][data-jurisdiction=RU]').count(), 0);
  await page.getByTestId('publisher-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(RESULTS, 'options-lookup-ended.png'), fullPage: true });
  await page.close();
});

test('a listing known only by its register date says so instead of "date unknown"', async () => {
  const page = await openLookup('eurasianet.org', 'eurasianet');
  const line = page.locator('[data-testid=status-line][data-kind=undesirable]');
  assert.match(await line.innerText(), /\(decision date unknown; in the register since 14 Apr 2026\)/);
  assert.equal(await page.locator('[data-testid=warning][data-jurisdiction=RU]').count(), 1);
  await page.getByTestId('publisher-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(RESULTS, 'options-lookup-register-date.png'), fullPage: true });
  await page.close();
});
