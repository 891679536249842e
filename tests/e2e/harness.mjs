// Drives the real extension in Debian Chromium (testing-recipe.md §4): the production build loaded unpacked, the
// toolbar click made real with CDP Extensions.triggerAction (which also grants activeTab), and the action popup,
// which Playwright does not list among pages, read over raw CDP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { REPO } from './server.mjs';

export const CHROME_EXT = path.join(REPO, '.output/chrome-mv3');
export const CHROME_E2E_EXT = path.join(REPO, '.output/chrome-mv3-e2e');
export const RESULTS = path.join(REPO, 'test-results');

/**
 * Launches Chromium with the extension. `hostRules` maps real news host names to the local server, e.g.
 * 'MAP www.rferl.org 127.0.0.1:8123', so fixtures are served under the publisher's own address.
 */
export async function launchChromium({ extension = CHROME_EXT, hostRules = [], headless = true } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu',
      '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--no-default-browser-check', '--disable-quic',
      ...(hostRules.length ? [`--host-resolver-rules=${hostRules.join(', ')}`] : [])],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const cdp = await ctx.browser().newBrowserCDPSession();
  const close = async () => { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); };
  return { ctx, worker, extensionId, cdp, close };
}

async function poll(fn, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The real toolbar click on the tab showing `pageUrl`; resolves to the opened popup. */
export async function clickToolbar({ cdp, extensionId }, pageUrl) {
  const tab = await poll(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    return targetInfos.find((t) => t.url === pageUrl);
  }, { what: `a tab showing ${pageUrl}` });
  const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  return openedPopup(cdp, extensionId, before);
}

/** Attaches to the action popup (a CDP page target invisible to Playwright) and returns helpers to drive it. */
export async function openedPopup(cdp, extensionId, known = new Set()) {
  const prefix = `chrome-extension://${extensionId}/popup.html`;
  const target = await poll(async () => (await cdp.send('Target.getTargets')).targetInfos
    .find((t) => t.url.startsWith(prefix) && !known.has(t.targetId)), { what: 'the popup to open' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const message = JSON.parse(e.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = (method, params = {}) => new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
  const evaluate = async (expression) => {
    const reply = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (reply.result?.exceptionDetails) throw new Error(`popup: ${reply.result.exceptionDetails.exception?.description}`);
    return reply.result?.result?.value;
  };
  return {
    evaluate,
    close: () => cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {}),
    /** Waits until the popup has finished reading the page (data-state set on the root). */
    ready: () => poll(() => evaluate(`document.querySelector('[data-testid=popup]')?.dataset.state ?? null`), { timeout: 20_000, what: 'the popup to finish' }),
    text: (testId) => evaluate(`document.querySelector('[data-testid="${testId}"]')?.innerText ?? null`),
    click: (selector) => evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`),
    waitFor: (expression, what) => poll(() => evaluate(expression), { timeout: 20_000, what }),
    screenshot: async (file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const shot = await call('Page.captureScreenshot', { format: 'png' });
      fs.writeFileSync(file, Buffer.from(shot.result.data, 'base64'));
      return file;
    },
  };
}

/**
 * Opens `url` in a new tab and waits for it to load. Saved pages that reference unreachable hosts can hold `load`
 * for many seconds on this network; `waitUntil: 'domcontentloaded'` is enough for extraction.
 */
export async function openPage(ctx, url, { waitUntil = 'load' } = {}) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil });
  await page.bringToFront();
  return page;
}
