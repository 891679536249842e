// Masthead makes no network requests of its own: no network API in the shipped code, no request from the popup or
// the service worker beyond the extension's own files and the page's own images, and no host permissions.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CHROME_EXT, clickToolbar, openPage } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';
import { REPO } from './server.mjs';

const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/;

function shippedScripts(dir) {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f));
}

test('the shipped code of both builds contains no network API', () => {
  for (const dir of [CHROME_EXT, path.join(REPO, '.output/firefox-mv2')]) {
    const offenders = shippedScripts(dir).filter((f) => NETWORK_APIS.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(REPO, f)), []);
  }
});

test('the production manifest asks for no host permissions and runs no content script on every page', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(CHROME_EXT, 'manifest.json'), 'utf8'));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
});

const served = useServedBrowser({ hosts: ['www.rferl.org'] });

test('opening the popup on a story requests nothing but the extension’s files and the page’s own images', async () => {
  const url = 'http://www.rferl.org/rferl-seed.html';
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  await popup.ready();
  const requested = await popup.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`);
  const foreign = requested.filter((u) => !u.startsWith(`chrome-extension://${served.browser.extensionId}/`) && new URL(u).host !== 'www.rferl.org');
  assert.deepEqual(foreign, []);
  const fromWorker = await served.browser.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(fromWorker.filter((u) => !u.startsWith('chrome-extension://')), []);
  await popup.close();
});
