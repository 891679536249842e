/**
 * "Related", "Read more", "See also" lists of links to other stories: headed link lists inside or after the story.
 * @module lib/article/chrome/remove-related-lists
 */
import { isInDocument, linkShare, type RemovalGuard, removeIfSafe, textOf } from '@/lib/article/chrome/removal-guard';

const HEADING = /^(?:related(?:\s+(?:articles?|stories|content|coverage|news|posts|reading|links))?|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+(?:story|topic))?|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|more\s+stories|читайте\s+также|по\s+теме|смотрите\s+также|читайте\s+також|дивіться\s+також|по\s+темі|чытайце\s+таксама|па\s+тэме|глядзіце\s+таксама)\s*:?$/i;
/** An inline "Read more: <link>" line. */
const INLINE = /^(?:related|read\s+more|see\s+also|also\s+read|читайте\s+также|по\s+теме|читайте\s+також|чытайце\s+таксама)\s*:/i;
/** A related list is links; at least this share of its text is link text. */
const MIN_LINK_SHARE = 0.6;
const MAX_LIST_CHARS = 1500;
const MAX_INLINE_CHARS = 300;

function isLinkList(el: Element | null): el is Element {
  return !!el && el.querySelector('a') !== null && textOf(el).length <= MAX_LIST_CHARS && linkShare(el) >= MIN_LINK_SHARE;
}

function removeHeaded(heading: Element, guard: RemovalGuard): number {
  const parent = heading.parentElement;
  const list = heading.nextElementSibling;
  if (isLinkList(list)) {
    const removed = removeIfSafe(list, guard);
    if (removed === 0) return 0;
    // The wrapper held only the heading and the list: take it whole.
    if (parent && parent.children.length === 1 && textOf(parent) === textOf(heading)) return removed + removeIfSafe(parent, guard);
    return removed + removeIfSafe(heading, guard);
  }
  const rest = parent ? textOf(parent).length - textOf(heading).length : 0;
  const restLinks = parent ? linkShare(parent) * textOf(parent).length : 0;
  if (parent && rest > 0 && restLinks / rest >= MIN_LINK_SHARE && textOf(parent).length <= MAX_LIST_CHARS) return removeIfSafe(parent, guard);
  return 0;
}

/**
 * Removes headed related-link lists and inline "Read more:" lines.
 * @returns elements removed
 */
export function removeRelatedLists(doc: Document, guard: RemovalGuard): number {
  let removed = 0;
  for (const heading of doc.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, div, span, header')) {
    if (!isInDocument(doc, heading) || textOf(heading).length > 60 || !HEADING.test(textOf(heading))) continue;
    if (heading.querySelector('a')) continue;
    removed += removeHeaded(heading, guard);
  }
  for (const line of doc.querySelectorAll('p, div, li')) {
    const text = textOf(line);
    if (!isInDocument(doc, line) || text.length > MAX_INLINE_CHARS || !INLINE.test(text)) continue;
    if (linkShare(line) >= 0.5 && !line.querySelector('p, div')) removed += removeIfSafe(line, guard);
  }
  return removed;
}
