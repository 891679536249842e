/**
 * The on-page reading view's shell: a full-viewport host element with a shadow root, so the page's CSS cannot reach
 * the view and the view's CSS cannot reach the page. Mounting changes nothing else on the page except the scroll
 * lock; closing removes the host and restores scroll, focus and styles (see page-state).
 * @module lib/reader/overlay/mount-overlay
 */
import { containFocus } from './contain-focus';
import { overlayKeyAction, type OverlayKeyAction } from './overlay-key-action';
import { lockPage, restorePage } from './page-state';

/** The host element's tag: a custom-element name no page defines, so no page script or style expects it. */
export const OVERLAY_TAG = 'masthead-reader';

export interface MountOverlayOptions {
  doc: Document;
  win: Window;
  /** The view's stylesheet, placed in a <style> inside the shadow root. */
  css: string;
  /** Accessible name of the dialog (the story's title). */
  label: string;
  /** `closed` in production: page scripts cannot read the view (it may show the reader's jurisdiction). */
  mode?: ShadowRootMode;
  /** Renders the view into the container; returns the function that unmounts it. */
  render(container: HTMLElement, close: () => void): () => void;
  /** Text-size keys pressed while open. */
  onKey?(action: Exclude<OverlayKeyAction, 'close'>): void;
  /** Called once, after the page has been restored. */
  onClose?(): void;
}

export interface OverlayHandle {
  readonly host: HTMLElement;
  readonly container: HTMLElement;
  /** Closes the overlay and restores the page; later calls do nothing. */
  close(): void;
  isOpen(): boolean;
}

function createHost(opts: MountOverlayOptions): { host: HTMLElement; container: HTMLElement } {
  const host = opts.doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: opts.mode ?? 'closed' });
  const style = opts.doc.createElement('style');
  style.textContent = opts.css;
  const container = opts.doc.createElement('div');
  container.className = 'mh-overlay';
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-modal', 'true');
  container.setAttribute('aria-label', opts.label);
  container.tabIndex = -1;
  root.append(style, container);
  return { host, container };
}

/** The top layer puts the view above any z-index the page uses (and above its open <dialog>s), where supported. */
function showInTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  try {
    host.showPopover();
  } catch {
    host.removeAttribute('popover'); // the fixed position and z-index in the CSS still apply
  }
}

/**
 * Opens the overlay on the page: locks page scroll, appends the host to <html>, renders the view, listens for keys
 * (every listener is tied to one AbortController) and moves focus into the view.
 * @returns a handle whose `close()` undoes all of it
 */
export function mountOverlay(opts: MountOverlayOptions): OverlayHandle {
  const pageState = lockPage(opts.doc, opts.win);
  const { host, container } = createHost(opts);
  const listeners = new AbortController();
  let open = true;
  let unmount: () => void = () => {};
  const close = (): void => {
    if (!open) return;
    open = false;
    listeners.abort();
    unmount();
    host.remove();
    restorePage(pageState);
    opts.onClose?.();
  };
  opts.doc.documentElement.append(host);
  showInTopLayer(host);
  unmount = opts.render(container, close);
  opts.win.addEventListener('keydown', (event) => {
    const root = container.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    if (containFocus(event, container, active)) return void event.preventDefault();
    const action = overlayKeyAction(event);
    if (!action) return;
    // The page's own shortcuts must not fire behind the view.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (action === 'close') close();
    else opts.onKey?.(action);
  }, { capture: true, signal: listeners.signal });
  const autofocus = container.querySelector<HTMLElement>('[data-autofocus]');
  (autofocus ?? container).focus({ preventScroll: true });
  return { host, container, close, isOpen: () => open };
}
