/**
 * Saves text as a file from inside the overlay: a Blob URL and a temporary `<a download>` in the view's own shadow
 * root, so nothing is added to the page and nothing leaves the device (no server, no downloads permission).
 * @module lib/reader/overlay/download-text
 */

/** What downloadText needs from the window (injected, so tests can watch it). */
export interface BlobUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/**
 * Offers `text` as a download named `fileName`.
 * @param parent an element inside the overlay to host the temporary link
 * @param fileName e.g. from exportFileName()
 * @param mimeType e.g. 'text/html;charset=utf-8'
 * @param urls URL.createObjectURL/revokeObjectURL of the page's window
 */
export function downloadText(parent: HTMLElement, fileName: string, mimeType: string, text: string,
  urls: BlobUrls = URL): void {
  const href = urls.createObjectURL(new Blob([text], { type: mimeType }));
  const link = parent.ownerDocument.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoke then so the Blob is not kept for the page's lifetime.
  setTimeout(() => urls.revokeObjectURL(href), 1000);
}
