/**
 * A synthetic news page of a chosen size, for timing extraction against DOM size: a header with navigation, a
 * 40-paragraph story, then as many feed blocks (14 elements each, links and inline markup) as it takes to reach the
 * size — the shape of the pages that grow huge (infinite scroll, live blogs, long threads). The blocks' classes are
 * neutral on purpose: a class such as "comment" matches Readability's unlikelyCandidates pattern and would be dropped
 * before scoring, which made an earlier version of this page cheap for Readability at any size.
 * Deterministic: the same size always gives the same page.
 */

const WORDS = ('the council said on monday that new rules for independent media would take effect next month after '
  + 'a vote in parliament where critics warned that journalists and readers could face fines for sharing reports '
  + 'published by outlets declared undesirable while supporters argued the measures protect national security').split(' ');

/** Elements in one feed block below (div, div, a, time, p, a, em, p, span, ul, li, a, li, a). */
const BLOCK_ELEMENTS = 14;

function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'news');
  return `${out.join(' ')}.`;
}

function feedBlock(i: number): string {
  return `<div class="post"><div class="post-meta"><a href="/user/${i}">reader${i}</a> <time>2 h</time></div>`
    + `<p>${sentence(i, 18)} <a href="/topic/${i % 50}">topic</a> <em>${sentence(i + 1, 3)}</em></p>`
    + `<p>${sentence(i + 2, 12)} <span>${sentence(i + 3, 4)}</span></p>`
    + `<ul class="tools"><li><a href="#reply-${i}">Reply</a></li><li><a href="#share-${i}">Share</a></li></ul></div>`;
}

/**
 * HTML of a page with about `elements` elements (±14).
 * @param elements target element count, including html/head/body and the story
 */
export function syntheticPageHtml(elements: number): string {
  const nav = Array.from({ length: 20 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const story = Array.from({ length: 40 }, (_, i) => `<p>${sentence(i, 40)} ${sentence(i + 40, 25)}</p>`).join('');
  const fixed = 10 + 40 * 2 + 40;
  const blocks = Math.max(0, Math.round((elements - fixed) / BLOCK_ELEMENTS));
  const feed = Array.from({ length: blocks }, (_, i) => feedBlock(i)).join('');
  return `<!doctype html><html lang="en"><head><title>Synthetic story</title>`
    + `<meta property="og:site_name" content="Synthetic Daily"></head><body>`
    + `<header><nav><ul>${nav}</ul></nav></header>`
    + `<main><article><h1>Parliament passes media rules</h1><p class="byline">By A. Reporter</p>${story}</article>`
    + `<section class="feed">${feed}</section></main><footer><p>© Synthetic Daily</p></footer></body></html>`;
}
