/**
 * The boxes where publishers print notices about themselves. Readability discards most of them as "unlikely
 * candidates" (banners, footers, role=alert|dialog: Readability.js REGEXPS.unlikelyCandidates, UNLIKELY_ROLES), so
 * they are read from the live page first.
 * @module lib/notices/notice-candidates
 */
import type { StyleSource } from '@/lib/notices/notice-position';

/** A box that may hold a notice. `strong` boxes exist to carry messages (alerts, dialogs, footers, notice bars). */
export interface NoticeCandidate {
  el: Element;
  strong: boolean;
}

const STRONG_SELECTOR = '[role="alert"], [role="alertdialog"], [role="dialog"], [role="contentinfo"], dialog, footer';
const WEAK_SELECTOR = '[role="banner"], [role="region"], header, aside';

/** Class or id words of notice boxes, as whole words of a class name ("site-notice", "alert-bar", "editors-note"). */
const HINT = /(?:^|[-_\s])(?:notice|alert|warning|disclaimer|banner|ribbon|callout|editorial-note|editors?-note|announcement|undesirable|foreign-agent|inoagent)(?:$|[-_\s])/i;

/** Bounds on work for huge DOMs: candidates kept, elements whose class is read, elements whose style is computed. */
export const MAX_CANDIDATES = 300;
const MAX_HINT_SCAN = 20_000;
const MAX_STYLE_SCAN = 3_000;
/** Following blocks of the story and of its ancestors: where "about us" and notice boxes sit on many CMS pages. */
const MAX_FOLLOWING = 30;

function hinted(el: Element): boolean {
  return HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

function pinned(el: Element, win: StyleSource): boolean {
  const position = win.getComputedStyle(el).position;
  return position === 'fixed' || position === 'sticky';
}

function followingBlocks(story: Element | null): Element[] {
  const out: Element[] = [];
  for (let node = story; node && node.tagName !== 'BODY' && out.length < MAX_FOLLOWING; node = node.parentElement) {
    for (let next = node.nextElementSibling; next && out.length < MAX_FOLLOWING; next = next.nextElementSibling) {
      out.push(next);
    }
  }
  return out;
}

/**
 * Collects candidate boxes: landmark roles and elements, class/id hints, fixed or sticky boxes (when a window is
 * given), and the blocks after the story. Boxes that contain the story itself are left out: their paragraphs are
 * story paragraphs. Bounded by MAX_CANDIDATES.
 * @param doc the page (not modified)
 * @param story the story's container, or null
 * @param win the page's window for computed styles
 */
export function findNoticeCandidates(doc: Document, story: Element | null, win?: StyleSource): NoticeCandidate[] {
  const found = new Map<Element, boolean>();
  const add = (el: Element, strong: boolean): void => {
    if (found.size >= MAX_CANDIDATES || (story && el.contains(story))) return;
    found.set(el, strong || (found.get(el) ?? false));
  };
  // A footer inside the story is the story's own (author bio, corrections), not the site's: weak.
  doc.querySelectorAll(STRONG_SELECTOR).forEach((el) => add(el, !(el.tagName === 'FOOTER' && story?.contains(el))));
  const all = doc.body ? [...doc.body.getElementsByTagName('*')] : [];
  for (const el of all.slice(0, MAX_HINT_SCAN)) if (hinted(el)) add(el, true);
  if (win) {
    const boxes = all.filter((el) => /^(?:DIV|SECTION|ASIDE|HEADER|FOOTER|P|DIALOG)$/.test(el.tagName));
    for (const el of boxes.slice(0, MAX_STYLE_SCAN)) if (pinned(el, win)) add(el, true);
  }
  doc.querySelectorAll(WEAK_SELECTOR).forEach((el) => add(el, false));
  for (const el of followingBlocks(story)) add(el, false);
  return [...found].map(([el, strong]) => ({ el, strong }));
}
