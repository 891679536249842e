/**
 * Decides whether an element is hidden on the live page. Readability only sees inline `style` and the `hidden` /
 * `aria-hidden` attributes (`_isProbablyVisible`), so blocks hidden by a stylesheet (closed modals, off-canvas menus,
 * "subscribe" overlays, mobile-only duplicates) leak into the story; the live page's computed style knows better.
 * @module lib/article/fidelity/is-hidden-in-live
 */

/** The part of `Window` this needs; a stub in tests. */
export type StyleWindow = Pick<Window, 'getComputedStyle'>;

/** Elements never judged: invisible by nature, or needed later (noscript fallbacks, templates, media fallbacks). */
const NEVER_REMOVE = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'source', 'track', 'br', 'wbr', 'body']);

/** aria-hidden on images is often decoration-only markup around a visible picture; Readability keeps those too. */
const IMAGE_TAGS = new Set(['img', 'picture', 'figure', 'svg']);

/**
 * A hidden wrapper holding this much paragraph text is more likely a collapsed story ("Read more" expanders hide the
 * rest of the article with a class until clicked) than page chrome; keeping it is the safer error.
 */
const COLLAPSED_STORY_PARAGRAPHS = 3;

/** Counts paragraphs with real text (≥ 80 characters), stopping early. */
function holdsStoryText(el: Element): boolean {
  let count = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if ((p.textContent ?? '').trim().length >= 80) count += 1;
    if (count >= COLLAPSED_STORY_PARAGRAPHS) return true;
  }
  return false;
}

/** `visibility` is inherited and a child may set it back to visible, so a hidden parent with visible children stays. */
function hasVisibleDescendant(el: Element, win: StyleWindow): boolean {
  return Array.from(el.querySelectorAll('*')).some((child) => win.getComputedStyle(child).visibility === 'visible');
}

/**
 * `visibility: hidden` counts only on the element that introduces it. Pages that reveal themselves by script hide
 * the whole `<body>` until then (Chartbeat's `body { visibility: hidden !important }` on seattletimes-1); with
 * scripts blocked every paragraph inherits it, and removing them one by one would empty the story.
 */
function introducesHiddenVisibility(el: Element, win: StyleWindow): boolean {
  const parent = el.parentElement;
  return !parent || win.getComputedStyle(parent).visibility !== 'hidden';
}

/**
 * Whether a live element should be dropped from the clone as hidden.
 * @param el the live element
 * @param win the page's window (for computed styles)
 */
export function isHiddenInLive(el: Element, win: StyleWindow): boolean {
  if (NEVER_REMOVE.has(el.localName)) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !IMAGE_TAGS.has(el.localName) && !el.querySelector('img, picture')) {
    return true;
  }
  const style = win.getComputedStyle(el);
  // `hidden="until-found"` content is findable and expandable by the reader (https://html.spec.whatwg.org/#attr-hidden).
  const hiddenAttr = el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found';
  const invisible = style.visibility === 'hidden' && introducesHiddenVisibility(el, win) && !hasVisibleDescendant(el, win);
  const hidden = hiddenAttr || style.display === 'none' || invisible;
  return hidden && !holdsStoryText(el);
}
