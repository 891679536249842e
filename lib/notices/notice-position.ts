/**
 * Where a notice stood on the page, so the popup can say "in a pop-up", "in the page footer" and so on.
 * @module lib/notices/notice-position
 */
import type { NoticePosition } from '@/lib/protocol';

/** The window's computed style, when the caller has a window (the live page); tests may omit it. */
export type StyleSource = Pick<Window, 'getComputedStyle'>;

function isOverlay(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.tagName === 'DIALOG' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
}

/** 'top' or 'bottom' for a fixed or sticky bar (by which edge it is pinned to), else null. */
function pinnedEdge(el: Element, win: StyleSource | undefined): NoticePosition | null {
  if (!win) return null;
  const style = win.getComputedStyle(el);
  if (style.position !== 'fixed' && style.position !== 'sticky') return null;
  // Browsers resolve top/bottom of a positioned box to pixels (CSSOM "resolved value"), so the nearer edge wins;
  // where one side is 'auto' (layout-free environments), the side that is set wins.
  const top = Number.parseFloat(style.top);
  const bottom = Number.parseFloat(style.bottom);
  if (Number.isNaN(bottom)) return 'top';
  return Number.isNaN(top) || bottom < top ? 'bottom' : 'top';
}

function landmarkPosition(el: Element): NoticePosition | null {
  const role = el.getAttribute('role');
  if (el.tagName === 'ASIDE' || role === 'complementary') return 'sidebar';
  if (el.tagName === 'HEADER' || role === 'banner') return 'top';
  if (el.tagName === 'FOOTER' || role === 'contentinfo') return 'bottom';
  return null;
}

/**
 * Places an element: a dialog is an overlay; a fixed bar is top or bottom; inside the story is in-article; then the
 * nearest sidebar/header/footer landmark; else before or after the story in document order.
 * @param el the notice's element
 * @param story the story's container (see findStoryRoot), or null
 * @param win the page's window for computed styles (only the ancestors of a notice are checked)
 */
export function noticePosition(el: Element, story: Element | null, win?: StyleSource): NoticePosition {
  const chain: Element[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) chain.push(node);
  if (chain.some(isOverlay)) return 'overlay';
  for (const node of chain) {
    const edge = pinnedEdge(node, win);
    if (edge) return edge;
  }
  if (story && (story.contains(el) || el.contains(story))) return story.contains(el) ? 'in-article' : 'unknown';
  for (const node of chain) {
    const landmark = landmarkPosition(node);
    if (landmark) return landmark;
  }
  if (!story) return 'unknown';
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: the notice follows the story, so it stands below it.
  return story.compareDocumentPosition(el) & 4 ? 'bottom' : 'top';
}
