/**
 * A byline from the page's own author markup, for when Readability returns none.
 *
 * Why: Readability reads bylines while it walks the page, and its first pass removes "unlikely candidates" by class
 * name — `header` is one of its words, so a WordPress `<header class="entry-header">` goes before its
 * `<a rel="author">` is read. Readability only finds such a byline on a retry pass, which it runs when the first
 * pass yields under 500 characters; removing page chrome can make the first pass succeed and so lose the byline
 * (measured on Mozilla's firefox-nightly-blog page). The markup Readability itself trusts for bylines
 * (rel="author", itemprop="author" — Readability.js `_checkByline`) is read here instead, from the live page.
 * @module lib/article/fallback-byline
 */

/** Readability's `_isValidByline` bound: a byline is short. */
const MAX_BYLINE = 100;

/** Where author links name someone other than the story's author: comments, related posts, menus, footers. */
const ELSEWHERE = 'nav, footer, aside, form, [role="navigation"], [role="complementary"], [role="contentinfo"], #comments, .comments, .comment';

/**
 * The first author name marked up with rel="author" or itemprop="author" outside menus, asides, footers and
 * comments, or null.
 * @param doc the live page (not the clone Readability mutated)
 */
export function fallbackByline(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[rel~="author"], [itemprop~="author"]'))) {
    if (el.closest(ELSEWHERE)) continue;
    const name = (el.querySelector('[itemprop~="name"]') ?? el).textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (name.length > 1 && name.length <= MAX_BYLINE) return name;
  }
  return null;
}
