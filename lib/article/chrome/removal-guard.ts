/**
 * The one safety rule every chrome rule obeys: never remove the story. Page chrome is small; an element holding a
 * large share of the page's paragraph text, the main heading or a marked article body is story, whatever its class.
 * @module lib/article/chrome/removal-guard
 */

/**
 * Chrome may hold at most this share of the page's paragraph text. A newsletter box or a share bar holds a line or
 * two; 15% leaves room for a long "about us" box on a short story while no single rule can eat most of a story.
 * Checked against Mozilla's 128 test pages (tests/golden/notices-precision.test.ts).
 */
export const MAX_PARAGRAPH_SHARE = 0.15;

/** Letters of an element's text, white space collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of an element's text that is link text (0 for an element without text). */
export function linkShare(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  const links = el.tagName === 'A' ? [el] : [...el.querySelectorAll('a')];
  return links.reduce((sum, a) => sum + textOf(a).length, 0) / total;
}

function paragraphTextLength(el: Element): number {
  const own = el.tagName === 'P' ? textOf(el).length : 0;
  return own + [...el.querySelectorAll('p')].reduce((sum, p) => sum + textOf(p).length, 0);
}

/**
 * Whether an element is still in `doc` (not removed by an earlier rule). Neither `isConnected` nor `ownerDocument`:
 * happy-dom leaves the nodes of a cloned document unconnected and owned by the original, which silently turned every
 * rule off in tests on clones.
 */
export function isInDocument(doc: Document, el: Element): boolean {
  return doc.documentElement?.contains(el) ?? false;
}

/** Decides whether an element may be removed as chrome. */
export type RemovalGuard = (el: Element) => boolean;

/**
 * Builds the guard for one document (the paragraph total is measured once, before any removal).
 * @param doc the clone being cleaned
 */
export function createRemovalGuard(doc: Document): RemovalGuard {
  const total = doc.body ? paragraphTextLength(doc.body) : 0;
  return (el) => {
    if (el === doc.body || el === doc.documentElement || !isInDocument(doc, el)) return false;
    if (el.matches('h1, article, main, [itemprop~="articleBody"]') || el.querySelector('h1, article, main, [itemprop~="articleBody"]')) return false;
    return paragraphTextLength(el) <= total * MAX_PARAGRAPH_SHARE;
  };
}

/** Removes an element when the guard allows it. */
export function removeIfSafe(el: Element, guard: RemovalGuard): number {
  if (!guard(el)) return 0;
  el.remove();
  return 1;
}
