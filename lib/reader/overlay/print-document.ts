/**
 * Prints a standalone HTML document (the export's, which carries the print stylesheet) without touching the page:
 * a hidden iframe inside the overlay's shadow root, sandboxed with no script permission, printed, then removed.
 * Printing the page itself would print the site's layout behind the view.
 * @module lib/reader/overlay/print-document
 */

/**
 * Prints `html` through a temporary sandboxed iframe appended to `parent`.
 * `allow-same-origin` lets us call print() on it; without `allow-scripts` nothing in it can run, and the
 * document's own CSP (articleToHtmlDocument) forbids scripts as well.
 * @param parent an element inside the overlay
 * @param html a complete, sanitized HTML document
 * @returns resolves once the frame is gone (after the dialog closes where print() blocks)
 */
export function printDocument(parent: HTMLElement, html: string): Promise<void> {
  const frame = parent.ownerDocument.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  return new Promise((resolve) => {
    const finish = () => {
      frame.remove();
      resolve();
    };
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow?.print();
      } finally {
        // Chromium's print() blocks until the dialog closes; wait a moment anyway for engines where it does not.
        setTimeout(finish, 1000);
      }
    }, { once: true });
    frame.srcdoc = html;
    parent.append(frame);
  });
}
