/**
 * The overlay's keyboard shortcuts, as a pure mapping from a key event to an action.
 * @module lib/reader/overlay/overlay-key-action
 */

export type OverlayKeyAction = 'close' | 'bigger' | 'smaller';

/** The subset of KeyboardEvent this mapping reads (a plain object in tests). */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>;

/**
 * Escape closes; `+`/`=` and `-`/`_` step the text size. Combinations with Ctrl, Cmd or Alt are left to the
 * browser (Ctrl/Cmd + and − are page zoom) and keys during IME composition are ignored.
 * @returns the action, or null when the key is not ours
 */
export function overlayKeyAction(event: KeyLike): OverlayKeyAction | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'Escape':
      return 'close';
    case '+':
    case '=':
      return 'bigger';
    case '-':
    case '_':
      return 'smaller';
    default:
      return null;
  }
}
