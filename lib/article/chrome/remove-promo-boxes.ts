/**
 * Newsletter sign-ups and donation appeals: the site talking about itself between story paragraphs. (A publisher's
 * notice *about donating* is read from the live page first by detectNotices, so it is not lost.)
 * @module lib/article/chrome/remove-promo-boxes
 */
import { isInDocument, type RemovalGuard, removeIfSafe, textOf } from '@/lib/article/chrome/removal-guard';

const PROMO_HINT = /(?:^|[-_\s])(?:newsletters?|subscribe|subscription|sign-?up|donate|donations?|support-?us|membership|contribute|contributions|paywall|promo)(?:$|[-_\s])/i;
const SIGNUP_TEXT = /newsletter|subscribe|sign\s*up|inbox|подпи|розсилк|падпіс|рассылк/i;
/** A promo box is a heading, a line or two and a form; more text than this is not a promo box. */
const MAX_PROMO_CHARS = 600;
const MAX_CLIMB = 3;

/** The widest ancestor of a sign-up form that is still promo-sized. */
function formBox(form: Element, body: Element): Element {
  let box = form;
  for (let i = 0; i < MAX_CLIMB && box.parentElement && box.parentElement !== body; i += 1) {
    if (textOf(box.parentElement).length > MAX_PROMO_CHARS) break;
    box = box.parentElement;
  }
  return box;
}

/**
 * Removes newsletter and donation boxes: hinted by class or id, or built around an e-mail sign-up form.
 * @returns elements removed
 */
export function removePromoBoxes(doc: Document, guard: RemovalGuard): number {
  if (!doc.body) return 0;
  let removed = 0;
  for (const el of doc.querySelectorAll('div, section, aside, form, figure')) {
    if (!isInDocument(doc, el) || !PROMO_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) continue;
    if (textOf(el).length <= MAX_PROMO_CHARS) removed += removeIfSafe(el, guard);
  }
  for (const form of doc.querySelectorAll('form')) {
    if (!isInDocument(doc, form) || !form.querySelector('input[type="email"]')) continue;
    const box = formBox(form, doc.body);
    if (SIGNUP_TEXT.test(textOf(box)) && textOf(box).length <= MAX_PROMO_CHARS) removed += removeIfSafe(box, guard);
  }
  return removed;
}
