/**
 * Share bars: clusters of links to social networks' share endpoints, or boxes classed "share" holding only short
 * labels. Readability drops some ("share" classes under 500 characters); the rest leak "Share on Facebook" lines.
 * @module lib/article/chrome/remove-share-bars
 */
import { isInDocument, linkShare, removeIfSafe, textOf, type RemovalGuard } from '@/lib/article/chrome/removal-guard';

/** Share endpoints (documented by each network: facebook.com/sharer, twitter.com/intent/tweet, t.me/share, …). */
const SHARE_HREF = /facebook\.com\/(?:sharer|share|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|(?:t|telegram)\.me\/share|vk\.com\/share|ok\.ru\/.*(?:share|addShare)|linkedin\.com\/(?:share|sharing)|reddit\.com\/submit|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/send|pinterest\.com\/pin\/create|tumblr\.com\/(?:share|widgets\/share)|getpocket\.com\/save|viber:\/\/forward|^mailto:\?/i;
const SHARE_HINT = /(?:^|[-_\s])(?:share|sharing|share-?bar|share-?tools|share-?buttons|social-?share|social-?links|social-?buttons)(?:$|[-_\s])/i;
/** Text a share bar may carry besides its links ("Share:", counts). */
const MAX_LOOSE_CHARS = 80;
const MAX_BAR_CHARS = 200;
const MAX_CLIMB = 4;

function isShareLink(a: Element): boolean {
  return SHARE_HREF.test(a.getAttribute('href') ?? '');
}

function looseText(el: Element): number {
  return textOf(el).length * (1 - linkShare(el));
}

function shareCluster(link: Element, body: Element): Element | null {
  let node: Element | null = link.parentElement;
  for (let i = 0; node && node !== body && i < MAX_CLIMB; i += 1, node = node.parentElement) {
    const shares = [...node.querySelectorAll('a')].filter(isShareLink).length;
    if (shares >= 2) return looseText(node) <= MAX_LOOSE_CHARS && textOf(node).length <= MAX_BAR_CHARS ? node : null;
  }
  return null;
}

/**
 * Removes share bars.
 * @returns elements removed
 */
export function removeShareBars(doc: Document, guard: RemovalGuard): number {
  if (!doc.body) return 0;
  let removed = 0;
  for (const link of doc.querySelectorAll('a[href]')) {
    if (!isInDocument(doc, link) || !isShareLink(link)) continue;
    const bar = shareCluster(link, doc.body);
    if (bar) removed += removeIfSafe(bar, guard);
  }
  for (const el of doc.querySelectorAll('div, ul, nav, section, aside, span')) {
    if (!isInDocument(doc, el) || !SHARE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) continue;
    if (textOf(el).length <= MAX_BAR_CHARS && !el.querySelector('p, h1, h2, img, picture, figure')) removed += removeIfSafe(el, guard);
  }
  return removed;
}
