/**
 * Where the story stands on the page, so notices can be placed "in the article", before it or after it.
 * @module lib/notices/find-story-root
 */

/** Enough paragraphs to find the story's container without walking a huge page (Readability scores every node). */
const MAX_PARAGRAPHS = 600;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Finds the element that holds the story: the explicitly marked body (`itemprop=articleBody`, `article`, `main`)
 * holding the most text, else the parent of the most paragraph text.
 * @param doc the page (not modified)
 * @returns null when the page has no paragraphs at all
 */
export function findStoryRoot(doc: Document): Element | null {
  const marked = [...doc.querySelectorAll('[itemprop~="articleBody"], article, main, [role="main"]')].slice(0, 20);
  const explicit = marked.find((el) => el.matches('[itemprop~="articleBody"]'))
    ?? marked.sort((a, b) => textLength(b) - textLength(a))[0];
  if (explicit && explicit.querySelector('p')) return explicit;
  const totals = new Map<Element, number>();
  for (const p of [...doc.querySelectorAll('p')].slice(0, MAX_PARAGRAPHS)) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [el, length] of totals) {
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best ?? explicit ?? null;
}
