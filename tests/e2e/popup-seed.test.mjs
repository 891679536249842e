// The seed page (shared/seeds) in the real popup: the whole story, none of the page chrome.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';
import { PAGES_DIR, REPO } from './server.mjs';

const SEED_TEXT = fs.readFileSync(path.resolve(REPO, '../shared/seeds/000_210b629a4d3f4f98.txt'), 'utf8');
// The story's paragraphs as the seed gives them: from the first sentence of the story to the reporting credit.
const STORY = SEED_TEXT.slice(SEED_TEXT.indexOf('NATO Secretary-General Jens Stoltenberg called'), SEED_TEXT.indexOf('With reporting by'))
  .split('\n').map((p) => p.trim()).filter(Boolean);
const CHROME = ['Accessibility links', 'Skip to main content', 'Breaking News', 'XS', 'SM', 'MD', 'LG', '16x9 Image',
  'RFE/RL journalists report the news', 'declared an "undesirable organization"', 'you could face fines', 'To find out more',
  'Most Popular', 'Share on Facebook'];

const served = useServedBrowser({ hosts: ['www.rferl.org'] });

test('the toolbar click on the seed page shows every paragraph of the story and none of its chrome', async () => {
  assert.ok(STORY.length >= 10, 'the seed yields the story paragraphs');
  assert.ok(fs.existsSync(path.join(PAGES_DIR, 'rferl-seed.html')));
  const url = 'http://www.rferl.org/rferl-seed.html';
  await openPage(served.browser.ctx, url);
  const popup = await clickToolbar(served.browser, url);
  assert.equal(await popup.ready(), 'article');
  await popup.screenshot(path.join(RESULTS, 'popup-seed.png'));
  const title = await popup.text('article-title');
  assert.equal(title, 'NATO Chief, Alliance Heavyweights Warn Russia Over Troop Buildup Near Ukraine');
  const body = await popup.text('article-body');
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  for (const paragraph of STORY) assert.ok(squash(body).includes(squash(paragraph)), `story keeps: ${paragraph.slice(0, 60)}…`);
  assert.match(body, /With reporting by Reuters, AP, AFP, and dpa/);
  const lines = body.split('\n').map((l) => l.trim());
  for (const chrome of CHROME) {
    const leaked = chrome.length <= 3 ? lines.includes(chrome) : body.includes(chrome);
    assert.ok(!leaked, `story leaves out page chrome: ${chrome}`);
  }
  const meta = await popup.text('article-meta');
  assert.match(meta, /Published 15 Nov 2021/);
  assert.match(meta, /Updated 16 Nov 2021/);
  assert.match(meta, /\d+ min read/);
  // The lead image's caption appears once: the caption is kept, the alt text duplicate is not shown as text.
  const whole = await popup.text('article');
  assert.equal(whole.split('NATO Secretary-General Jens Stoltenberg (file photo)').length - 1, 1);
  assert.doesNotMatch(body, /November 15, 2021 20:11 GMT/, 'the page dateline is not repeated in the story');
  const links = await popup.evaluate(`[...document.querySelectorAll('[data-testid=article-body] a')].map((a) => a.target + ' ' + a.rel)`);
  for (const link of links) assert.equal(link, '_blank noopener noreferrer');
});
