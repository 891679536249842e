/**
 * What opening the overlay changes on the page, captured before and put back after: scroll position, focus, and
 * the inline `style` attribute of <html> and <body> (changed for the scroll lock). Closing must leave the page as
 * the reader left it — same scroll, same focus, same markup.
 * @module lib/reader/overlay/page-state
 */

interface StyleSnapshot {
  el: HTMLElement;
  /** The whole `style` attribute before we touched it; null when there was none. */
  before: string | null;
  /** The attribute right after our change, to tell whether the page changed it meanwhile. */
  ours: string | null;
  overflowBefore: string;
  priorityBefore: string;
}

/** A snapshot taken by lockPage; hand it to restorePage exactly once. */
export interface PageState {
  win: Window;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
  styles: StyleSnapshot[];
}

function lockOverflow(el: HTMLElement): StyleSnapshot {
  const snapshot = {
    el,
    before: el.getAttribute('style'),
    overflowBefore: el.style.getPropertyValue('overflow'),
    priorityBefore: el.style.getPropertyPriority('overflow'),
  };
  el.style.setProperty('overflow', 'hidden', 'important');
  return { ...snapshot, ours: el.getAttribute('style') };
}

function unlockOverflow(s: StyleSnapshot): void {
  if (s.el.getAttribute('style') === s.ours) {
    // Untouched by the page while we were open: put the attribute back byte for byte (or remove it).
    if (s.before === null) s.el.removeAttribute('style');
    else s.el.setAttribute('style', s.before);
    return;
  }
  // The page restyled the element meanwhile (an animation, a sticky header script): undo only our property.
  if (s.overflowBefore) s.el.style.setProperty('overflow', s.overflowBefore, s.priorityBefore);
  else s.el.style.removeProperty('overflow');
}

/**
 * Records scroll and focus, then locks page scrolling (`overflow: hidden !important` on <html> and <body>, so
 * wheel and keys scroll the overlay, not the page behind it).
 * @param doc the page's document
 * @param win the page's window
 */
export function lockPage(doc: Document, win: Window): PageState {
  const state: PageState = { win, scrollX: win.scrollX, scrollY: win.scrollY, focused: doc.activeElement, styles: [] };
  const targets = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el !== null);
  state.styles = targets.map(lockOverflow);
  return state;
}

/**
 * Undoes lockPage: styles first (so the page can scroll again), then the scroll position (instantly, whatever the
 * page's `scroll-behavior`), then focus — without scrolling — to the element that had it, if it is still there.
 */
export function restorePage(state: PageState): void {
  for (const snapshot of state.styles) unlockOverflow(snapshot);
  const { win } = state;
  if (win.scrollX !== state.scrollX || win.scrollY !== state.scrollY) {
    win.scrollTo({ left: state.scrollX, top: state.scrollY, behavior: 'instant' });
  }
  const focused = state.focused;
  if (focused && focused.isConnected && 'focus' in focused && typeof focused.focus === 'function') {
    (focused as HTMLElement).focus({ preventScroll: true });
  }
}
