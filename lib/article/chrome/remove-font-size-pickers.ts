/**
 * Font-size pickers: a cluster of short size tokens ("XS SM MD LG", "A− A A+"). Their text lands in the story when
 * the picker sits inside the article container.
 * @module lib/article/chrome/remove-font-size-pickers
 */
import { isInDocument, type RemovalGuard, removeIfSafe, textOf } from '@/lib/article/chrome/removal-guard';

const SIZE_TOKEN = /^(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|[-+−–]?A[-+−–]{0,2}|Aa|А[-+−–]{0,2})$/;
/** At least three sizes make a picker; a lone "S" or "A" is a letter. */
const MIN_TOKENS = 3;
const MAX_PICKER_CHARS = 40;

function isPicker(el: Element): boolean {
  const text = textOf(el);
  if (text.length === 0 || text.length > MAX_PICKER_CHARS) return false;
  const tokens = text.split(' ');
  return tokens.length >= MIN_TOKENS && tokens.every((t) => SIZE_TOKEN.test(t));
}

/**
 * Removes font-size pickers, taking the widest wrapper that holds only the picker.
 * @returns elements removed
 */
export function removeFontSizePickers(doc: Document, guard: RemovalGuard): number {
  let removed = 0;
  for (const el of doc.querySelectorAll('ul, ol, div, nav, p, span, section, fieldset, menu')) {
    if (!isInDocument(doc, el) || !isPicker(el)) continue;
    let target = el;
    while (target.parentElement && target.parentElement !== doc.body && textOf(target.parentElement) === textOf(el)) {
      target = target.parentElement;
    }
    removed += removeIfSafe(target, guard);
  }
  return removed;
}
