// The publisher's own words in the real popup: the seed's footer notice and a Russian page's mandated foreign-agent
// label are quoted as source context, and neither is left in the story.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';

const served = useServedBrowser({ hosts: ['www.rferl.org'] });

const notices = (popup) => popup.evaluate(`[...document.querySelectorAll('[data-testid=publisher-notice]')]
  .map((li) => ({ kind: li.dataset.kind, lang: li.querySelector('blockquote').lang, text: li.querySelector('blockquote').innerText }))`);

test('the seed page quotes both the status sentence and the sharing warning, verbatim, outside the story', async () => {
  const url = 'http://www.rferl.org/rferl-seed.html';
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  await popup.ready();
  const found = await notices(popup);
  assert.deepEqual(found.map((n) => n.kind), ['publisher-status', 'sharing-warning']);
  assert.equal(found[0].text, 'RFE/RL has been declared an "undesirable organization" by the Russian government.');
  assert.match(found[1].text, /^If you are in Russia .* you could face fines or imprisonment for sharing, liking, commenting on, or saving our content, or for contacting us\.$/);
  assert.ok(found.every((n) => n.lang === 'en'));
  assert.match(await popup.text('publisher-says'), /The publisher says/);
  assert.doesNotMatch(await popup.text('article-body'), /undesirable|fines or imprisonment/);
  await popup.close();
});

test('a Russian page’s mandated foreign-agent label is shown as context and removed from the story', async () => {
  const url = `${served.server.origin}/notices/label-top/`;
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  assert.equal(await popup.ready(), 'article');
  const [label] = await notices(popup);
  assert.equal(label?.kind, 'mandated-label');
  assert.equal(label?.lang, 'ru');
  assert.match(label?.text ?? '', /^ДАННОЕ СООБЩЕНИЕ \(МАТЕРИАЛ\) СОЗДАНО И \(ИЛИ\) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ/);
  const body = await popup.text('article-body');
  assert.doesNotMatch(body, /ИНОСТРАННОГО АГЕНТА/i);
  assert.match(body, /Власти региона во вторник заявили/);
  await popup.screenshot(path.join(RESULTS, 'popup-mandated-label.png'));
  await popup.close();
});
