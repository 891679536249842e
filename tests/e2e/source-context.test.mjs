// Source context in the real popup, with fixtures served under real host names (--host-resolver-rules): the seed on
// www.rferl.org, the same page on a mirror host, a publisher Masthead does not know, and an outlet whose author is
// listed instead of the outlet.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';

const MIRROR = 'rferl-mirror.example';
const UNKNOWN = 'www.daily-ledger.example';
// An outlet whose only Russian status lists its author as a person (a `partial` status in the registry).
const PERSON_LISTED = 'varlamov.ru';
const served = useServedBrowser({ hosts: ['www.rferl.org', MIRROR, UNKNOWN, PERSON_LISTED] });

async function popupFor(url) {
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  await popup.ready();
  return popup;
}

test('the seed page shows RFE/RL, its Russian statuses with dates and sources, and the Russia warning grid', async () => {
  const popup = await popupFor('http://www.rferl.org/rferl-seed.html');
  const card = await popup.text('publisher-card');
  assert.match(card, /Radio Free Europe\/Radio Liberty/);
  assert.match(card, /'undesirable' by Russia's Prosecutor General's Office on 2 Feb 2024/);
  assert.match(card, /'foreign agent' by Russia's Ministry of Justice on 5 Dec 2017/);
  const sources = await popup.evaluate(`[...document.querySelectorAll('[data-testid=publisher-card] a')].map((a) => a.href)`);
  assert.ok(sources.some((href) => href.startsWith('https://ipi.media/')), 'the undesirable status links its sources');
  assert.match(await popup.text('registry-as-of'), /Registry as of \d+ \w+ \d{4}/);
  // Choose Russia in the first-run prompt: the grid for Russia replaces the compact all-jurisdictions summary.
  assert.ok(await popup.click('[data-testid=jurisdiction-RU]'));
  assert.ok(await popup.click('[data-testid=first-run-save]'));
  await popup.waitFor(`document.querySelector('[data-testid=warning][data-jurisdiction=RU] [data-testid=act-row]') !== null`, 'the Russia grid');
  const row = (act) => popup.evaluate(`document.querySelector('[data-testid=warning][data-jurisdiction=RU] [data-act=${act}] [data-testid=risk]')?.dataset.risk`);
  assert.equal(await row('share'), 'penalized');
  assert.equal(await row('donate'), 'penalized');
  assert.equal(await row('read'), 'not-penalized');
  assert.match(await popup.text('age-notice'), /Published 5 years ago/);
  await popup.screenshot(path.join(RESULTS, 'source-context-seed.png'));
  await popup.close();
});

test('the same page on another host with a canonical link to rferl.org is recognised as a mirror', async () => {
  const popup = await popupFor(`http://${MIRROR}/rferl-seed.html`);
  const note = await popup.evaluate(`document.querySelector('[data-testid=match-note]')?.dataset.how`);
  assert.equal(note, 'mirror');
  assert.match(await popup.text('match-note'), /canonical link — this looks like a mirror of rferl\.org/);
  assert.match(await popup.text('publisher-card'), /Radio Free Europe\/Radio Liberty/);
  await popup.screenshot(path.join(RESULTS, 'source-context-mirror.png'));
  await popup.close();
});

test('a publisher not in the registry says so, and the story is still shown', async () => {
  const popup = await popupFor(`http://${UNKNOWN}/ledger-article.html`);
  assert.equal(await popup.text('not-in-registry'), 'Not in the registry');
  assert.match(await popup.text('article-title'), /City Council Approves New Tram Line/);
  await popup.screenshot(path.join(RESULTS, 'source-context-unknown.png'));
  await popup.close();
});

test('an outlet whose author, not the outlet, is listed shows that scope on the status and on the risk card', async () => {
  const popup = await popupFor(`http://${PERSON_LISTED}/ledger-article.html`);
  if (await popup.evaluate(`document.querySelector('[data-testid=first-run-save]') !== null`)) {
    assert.ok(await popup.click('[data-testid=jurisdiction-RU]'));
    assert.ok(await popup.click('[data-testid=first-run-save]'));
  }
  await popup.waitFor(`document.querySelector('[data-testid=warning][data-jurisdiction=RU]') !== null`, 'the Russia card');
  // The outlet also carries Belarusian statuses (round 8); the Russian one is found among all scope lines.
  const scopes = await popup.evaluate(`[...document.querySelectorAll('[data-testid=status-scope]')].map((e) => e.innerText)`);
  assert.ok(scopes.some((t) => /^Applies only to: The register lists Ilya Varlamov/.test(t)), scopes.join(' | '));
  const cardScope = await popup.evaluate(`document.querySelector('[data-testid=warning][data-jurisdiction=RU] [data-testid=warning-scope]')?.innerText`);
  assert.match(cardScope, /^Scope of these measures: The register lists Ilya Varlamov/);
  await popup.screenshot(path.join(RESULTS, 'source-context-person-listed.png'));
  await popup.close();
});
