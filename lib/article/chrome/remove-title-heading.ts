/**
 * The story's own headline out of its body: the UI prints the title above the story, and Readability keeps an
 * `<h1>`/`<h2>` repeating it when the headline sits inside the article container (Firefox Reader View shows the
 * title once, too). Only a leading heading whose text equals the title is removed.
 * @module lib/article/chrome/remove-title-heading
 */
import { textOf } from '@/lib/article/chrome/removal-guard';

const normalise = (text: string): string => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/**
 * Removes the first heading of the story body when it repeats the title and no story text precedes it.
 * @param body Readability's article element (mutated)
 * @param title the story's title
 * @returns whether a heading was removed
 */
export function removeTitleHeading(body: Element, title: string): boolean {
  const heading = body.querySelector('h1, h2');
  if (!heading || normalise(textOf(heading)) !== normalise(title)) return false;
  if (textBefore(body, heading).trim() !== '') return false;
  heading.remove();
  return true;
}

/** The text of `root` that comes before `el` in document order. */
function textBefore(root: Element, el: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && !el.contains(node); node = walker.nextNode()) text += node.textContent ?? '';
  return text;
}
