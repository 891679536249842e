/**
 * Idempotent open/close across re-injections. Every toolbar click, shortcut or menu click injects the reader script
 * again into the same isolated world; the open overlay is remembered on that world's global under a registered
 * symbol, so the next injection finds it and closes it instead of stacking a second view.
 * @module lib/reader/overlay/toggle-overlay
 */
import type { OverlayHandle } from './mount-overlay';
import type { ReaderToggleResult } from './reader-toggle-result';

/** The registered symbol's name; a closing function injected on its own looks the overlay up by it. */
export const OVERLAY_STATE_NAME = 'masthead.reader.overlay';
/** Symbol.for: the same key for every injection into this world; invisible to the page's own scripts. */
export const OVERLAY_STATE_KEY = Symbol.for(OVERLAY_STATE_NAME);

/**
 * Closes an open overlay in this world without loading the reader script (self-contained: it is serialized by
 * `scripting.executeScript({ func })`, so it may use nothing from outside its body).
 * @param name OVERLAY_STATE_NAME
 * @returns true when a view was open and is now closed; false otherwise (also while a view is still opening)
 */
export function closeOpenOverlay(name: string): boolean {
  const slot: unknown = Reflect.get(globalThis, Symbol.for(name));
  if (typeof slot !== 'object' || slot === null || slot instanceof Promise) return false;
  const close: unknown = Reflect.get(slot, 'close');
  const isOpen: unknown = Reflect.get(slot, 'isOpen');
  if (typeof close !== 'function' || typeof isOpen !== 'function' || isOpen.call(slot) !== true) return false;
  close.call(slot);
  return true;
}

type Opening = Promise<OverlayHandle | { error: string }>;
type Slot = OverlayHandle | Opening;

/** What toggleOverlay needs to open a view: called with the function to run once the view closes itself. */
export type OpenReader = (onClosed: () => void) => Opening;

function closeIfOpen(value: OverlayHandle | { error: string }): ReaderToggleResult {
  if ('error' in value) return { active: false };
  value.close();
  return { active: false };
}

/**
 * Closes the open overlay (→ `{active:false}`) or opens one (→ `{active:true,title}`, or `{error}` when there is
 * no story). A toggle that arrives while a view is still opening waits for it and then closes it.
 * @param scope the isolated world's global object
 * @param open builds and mounts the view
 */
export async function toggleOverlay(scope: object, open: OpenReader): Promise<ReaderToggleResult> {
  const slot: unknown = Reflect.get(scope, OVERLAY_STATE_KEY);
  if (slot instanceof Promise) return closeIfOpen(await (slot as Opening));
  if (slot && typeof slot === 'object' && 'close' in slot) {
    const handle = slot as OverlayHandle;
    if (handle.isOpen()) {
      handle.close();
      return { active: false };
    }
  }
  const forget = (): void => {
    if (Reflect.get(scope, OVERLAY_STATE_KEY) === opened) Reflect.deleteProperty(scope, OVERLAY_STATE_KEY);
  };
  let opened: Slot = open(() => forget());
  Reflect.set(scope, OVERLAY_STATE_KEY, opened);
  const result = await opened;
  if ('error' in result) {
    forget();
    return result;
  }
  if (!result.isOpen()) return { active: false };
  opened = result;
  Reflect.set(scope, OVERLAY_STATE_KEY, result);
  return { active: true, title: result.container.getAttribute('aria-label') ?? '' };
}
