// Mozilla's Readability test pages in the real popup: the title and the start of the story Readability expects.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clickToolbar, openPage, RESULTS } from './harness.mjs';
import { useServedBrowser } from './served-browser.mjs';
import { MOZILLA_DIR } from './server.mjs';

// Twelve pages of different shapes: news sites in several languages, a blog, docs, tables, lazy images, RTL-free.
const SLUGS = ['bbc-1', 'guardian-1', 'nytimes-1', 'lemonde-1', 'ars-1', 'medium-1', 'wikipedia', 'mozilla-1',
  'keep-tabular-data', 'lazy-image-1', 'herald-sun-1', 'liberation-1'];

const served = useServedBrowser();

const squash = (s) => s.replace(/\s+/g, ' ').trim();
function expectedStart(slug) {
  const html = fs.readFileSync(path.join(MOZILLA_DIR, slug, 'expected.html'), 'utf8');
  // Inline tags join their text (a drop cap "<span>W</span>hale" is one word); block tags separate it.
  const text = html.replace(/<\/?(?:span|a|em|strong|b|i|u|small|sup|sub|abbr|cite|code|mark|q|time)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  return squash(text).slice(0, 200);
}

for (const slug of SLUGS) {
  test(`the popup shows Readability's story for ${slug}`, async () => {
    const meta = JSON.parse(fs.readFileSync(path.join(MOZILLA_DIR, slug, 'expected-metadata.json'), 'utf8'));
    const url = `${served.server.origin}/mozilla/${slug}/`;
    const page = await openPage(served.browser.ctx, url, { waitUntil: 'domcontentloaded' });
    const popup = await clickToolbar(served.browser, url);
    const state = await popup.ready();
    if (state === 'not-readerable') {
      assert.equal(meta.readerable, false, 'only pages Readability finds unreadable say so');
      await popup.click('[data-testid=force]');
      await popup.waitFor(`document.querySelector('[data-testid=popup]')?.dataset.state === 'article'`, 'forced extraction');
    }
    await popup.screenshot(path.join(RESULTS, 'mozilla', `${slug}.png`));
    assert.equal(squash(await popup.text('article-title')), squash(meta.title));
    // Compare words only: the popup renders what the expected HTML holds, punctuation spacing aside.
    const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const body = words(await popup.text('article-body')).join(' ');
    const start = words(expectedStart(slug)).slice(0, 20).join(' ');
    assert.ok(body.includes(start), `the story starts as Readability expects: ${start}`);
    await popup.close();
    await page.close();
  });
}
