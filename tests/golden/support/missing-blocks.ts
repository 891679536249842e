/**
 * Which blocks (paragraphs, list items, headings, cells…) of Readability's expected story are absent from ours —
 * for failure messages and for explaining an intended difference in docs/golden-differences.md.
 */
import { textWords } from './html-words';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, dd, dt, figcaption, caption';

/** Text of a block, without the text of nested blocks (they are checked on their own). */
function ownText(block: Element): string {
  const clone = block.cloneNode(true) as Element;
  clone.querySelectorAll(BLOCKS).forEach((inner) => inner.replaceWith(' '));
  const parts: string[] = [];
  const walker = clone.ownerDocument.createTreeWalker(clone, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

/**
 * The expected blocks whose words do not appear, contiguous, in `actualWords`, as short quotes.
 * @param expectedHtml Readability's expected.html
 * @param actualWords our words (html-words.ts)
 * @param parser a DOMParser of the page's window
 * @param limit at most this many quotes
 */
export function missingBlocks(expectedHtml: string, actualWords: string[], parser: DOMParser, limit = 8): string[] {
  const doc = parser.parseFromString(`<!doctype html><body>${expectedHtml}</body>`, 'text/html');
  const sep = '\u0001';
  const haystack = `${sep}${actualWords.join(sep)}${sep}`;
  const missing: string[] = [];
  for (const block of Array.from(doc.body.querySelectorAll(BLOCKS))) {
    const words = textWords(ownText(block));
    if (words.length === 0 || haystack.includes(`${sep}${words.join(sep)}${sep}`)) continue;
    const quote = words.slice(0, 10).join(' ');
    missing.push(`<${block.localName}> ${words.length} words: "${quote}${words.length > 10 ? '…' : ''}"`);
    if (missing.length >= limit) break;
  }
  return missing;
}
