/**
 * Keeps Tab inside the open view. The view covers the page, so focus on a link hidden behind it would be lost to a
 * keyboard user; the page itself is left untouched (no `inert` attributes), so this is done on the Tab key instead.
 * @module lib/reader/overlay/contain-focus
 */

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), input, select, textarea';

/** Focusable elements inside the container, in tree order, skipping those in closed <details> and hidden ones. */
function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    const closedDetails = el.parentElement?.closest('details:not([open])');
    const hiddenInDetails = closedDetails !== null && closedDetails !== undefined && el.tagName !== 'SUMMARY';
    return !hiddenInDetails && !el.closest('[hidden]');
  });
}

/**
 * Handles a Tab key press for the open view: wraps from the last focusable element to the first (and back with
 * Shift), and pulls focus back in when it is outside the view.
 * @param event the keydown event (Tab only; other keys are ignored)
 * @param container the view's container inside the shadow root
 * @param active the element focused inside the shadow root (`shadowRoot.activeElement`), or null when focus is outside
 * @returns true when it moved focus (the caller prevents the default)
 */
export function containFocus(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, container: HTMLElement,
  active: Element | null): boolean {
  if (event.key !== 'Tab') return false;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const index = items.findIndex((item) => item === active);
  // Focus outside the view, on the view itself or on its scroll container: the browser's next stop could be the
  // page behind, so pick the first (or, with Shift, the last) element of the view.
  if (index === -1) (event.shiftKey ? last : first).focus();
  else if (!event.shiftKey && index === items.length - 1) first.focus();
  else if (event.shiftKey && index === 0) last.focus();
  else return false;
  return true;
}
