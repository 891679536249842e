/**
 * Breaking-news tickers: a label ("Breaking News", "Срочно", "Терміново") and a headline or two about other stories.
 * @module lib/article/chrome/remove-tickers
 */
import { isInDocument, linkShare, type RemovalGuard, removeIfSafe, textOf } from '@/lib/article/chrome/removal-guard';

const TICKER_HINT = /(?:^|[-_\s])(?:ticker|breaking|breaking-?news|news-?alert|marquee|news-?flash)(?:$|[-_\s])/i;
const TICKER_LABEL = /^(?:breaking(?:\s+news)?|just\s+in|срочно|молния|срочные новости|терміново|тэрмінова|маланка)\b/i;
/** A ticker is a label and a few headlines; more text than this is a page section. */
const MAX_TICKER_CHARS = 400;

function looksLikeTicker(el: Element): boolean {
  const text = textOf(el);
  if (text.length > MAX_TICKER_CHARS || el.querySelector('h1, p')) return false;
  if (el.tagName === 'MARQUEE') return true;
  const hinted = TICKER_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`);
  // Without a class hint, only a block that starts with the label and is otherwise links is a ticker.
  return hinted || (TICKER_LABEL.test(text) && linkShare(el) >= 0.5);
}

/**
 * Removes breaking-news tickers.
 * @returns elements removed
 */
export function removeTickers(doc: Document, guard: RemovalGuard): number {
  let removed = 0;
  for (const el of doc.querySelectorAll('marquee, div, section, aside, ul, nav, [role="region"], [role="marquee"]')) {
    if (isInDocument(doc, el) && looksLikeTicker(el)) removed += removeIfSafe(el, guard);
  }
  return removed;
}
