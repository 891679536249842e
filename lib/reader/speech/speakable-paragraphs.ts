/**
 * Which blocks of a story are read aloud, one utterance each, so the reader view can highlight the block being read
 * and the reader can skip by block.
 * @module lib/reader/speech/speakable-paragraphs
 */

/** Blocks read aloud. */
export const SPEAKABLE_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption';

/** Never read: code blocks (a synthesizer spells them out symbol by symbol), non-content, hidden blocks. */
const SKIP_SELECTOR = 'pre, script, style, template, noscript, svg, math, [hidden], [aria-hidden="true"]';

/** Elements that end a line when rendered, so their text must not run into the next word. */
const BLOCK_SELECTOR = 'p, li, ul, ol, dl, dt, dd, div, br, h1, h2, h3, h4, h5, h6, blockquote, figcaption, tr, td, th, table';

/** Text length without white space, to compare how much of a block its children hold. */
function solidLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** Text length of an element outside code elements. */
function nonCodeLength(el: Element): number {
  const code = Array.from(el.querySelectorAll('code, kbd, samp')).filter((c) => !c.parentElement?.closest('code, kbd, samp'));
  return solidLength(el) - code.reduce((sum, c) => sum + solidLength(c), 0);
}

/** The outermost speakable blocks inside `el`. */
function outermostSpeakable(el: Element): Element[] {
  return Array.from(el.querySelectorAll(SPEAKABLE_SELECTOR)).filter(
    (candidate) => candidate.parentElement?.closest(SPEAKABLE_SELECTOR) === el,
  );
}

/** Collects blocks under `parent` in document order, descending into blocks that only wrap other blocks. */
function collect(parent: Element, out: Element[]): void {
  for (const child of Array.from(parent.children)) {
    if (child.matches(SKIP_SELECTOR) || child.matches('code, kbd, samp')) continue;
    if (!child.matches(SPEAKABLE_SELECTOR)) {
      collect(child, out);
      continue;
    }
    const inner = outermostSpeakable(child);
    const innerLength = inner.reduce((sum, el) => sum + solidLength(el), 0);
    // A blockquote of paragraphs or a list item holding a sub-list and no text of its own is read block by block;
    // a block with text of its own is read whole, so nothing is lost or read twice.
    if (inner.length > 0 && innerLength === solidLength(child)) collect(child, out);
    else if (nonCodeLength(child) > 0) out.push(child);
  }
}

/**
 * The blocks of a story to read aloud, in reading order: paragraphs, list items, headings, quotes and captions, with
 * empty blocks, code and hidden blocks left out, and no text read twice when blocks nest.
 * @param root the story container (the reader view's article element)
 */
export function speakableParagraphs(root: Element): Element[] {
  const out: Element[] = [];
  collect(root, out);
  return out;
}

/**
 * The text to hand to the synthesizer for a block: white space collapsed, code blocks and hidden parts left out
 * (inline `<code>` in a sentence is kept: the sentence needs it).
 * @param el a block from speakableParagraphs
 */
export function speakableText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(SKIP_SELECTOR).forEach((skipped) => skipped.remove());
  // textContent runs blocks together ("Intro" + "Nested" → "IntroNested"); a space keeps the words apart.
  copy.querySelectorAll(BLOCK_SELECTOR).forEach((block) => {
    block.before(' ');
    block.after(' ');
  });
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
