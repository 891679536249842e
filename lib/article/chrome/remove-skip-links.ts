/**
 * Skip links ("Skip to main content") and their "Accessibility links" lists: keyboard aids for the page, meaningless
 * in a reading view. WCAG 2.4.1 "Bypass Blocks" is why sites have them (w3.org/WAI/WCAG21/Understanding/bypass-blocks).
 * @module lib/article/chrome/remove-skip-links
 */
import { isInDocument, removeIfSafe, textOf, type RemovalGuard } from '@/lib/article/chrome/removal-guard';

const SKIP_TEXT = /^(?:skip|jump|go)\s+to\b|^перейти\s+(?:к|до)\b|^перайсці\s+да\b/i;
const TITLE_TEXT = /^(?:accessibility\s+links|skip\s+links|быстрые\s+ссылки)$/i;
/** Above this much text a wrapper is more than a list of skip links. */
const MAX_WRAPPER_CHARS = 300;

function onlyInPageLinks(el: Element): boolean {
  const links = [...el.querySelectorAll('a')];
  return links.length > 0 && links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))
    && textOf(el).length <= MAX_WRAPPER_CHARS;
}

/**
 * Removes skip links with the widest wrapper that holds nothing but in-page links (and its "Accessibility links" title).
 * @returns elements removed
 */
export function removeSkipLinks(doc: Document, guard: RemovalGuard): number {
  let removed = 0;
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    if (!isInDocument(doc, link) || !SKIP_TEXT.test(textOf(link))) continue;
    let target: Element = link;
    while (target.parentElement && target.parentElement !== doc.body && onlyInPageLinks(target.parentElement)) {
      target = target.parentElement;
    }
    const title = target.previousElementSibling;
    if (title && TITLE_TEXT.test(textOf(title))) removed += removeIfSafe(title, guard);
    const parent = target.parentElement;
    removed += removeIfSafe(target, guard);
    if (parent && parent !== doc.body && TITLE_TEXT.test(textOf(parent))) removed += removeIfSafe(parent, guard);
  }
  return removed;
}
