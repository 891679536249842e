/**
 * The story's lead image, from the page's own metadata (Open Graph / Twitter cards / JSON-LD image).
 * @module lib/article/lead-image
 */

const IMAGE_META = ['meta[property="og:image"]', 'meta[property="og:image:url"]', 'meta[name="twitter:image"]',
  'meta[name="twitter:image:src"]', 'meta[itemprop="image"]'];

/**
 * The absolute https/http URL of the page's declared lead image, or null.
 * @param doc the live page (not mutated)
 * @param baseUrl the URL relative image paths resolve against
 */
export function findLeadImageUrl(doc: Document, baseUrl: string): string | null {
  for (const selector of IMAGE_META) {
    const content = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (!content) continue;
    try {
      const url = new URL(content, baseUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // a malformed URL in page metadata is the page's problem; try the next source
    }
  }
  return null;
}

/**
 * Whether the story HTML already shows the image, so the UI does not show it twice. Compares file names,
 * because CMSs serve the same image at several sizes (…/w1200/abc.jpg vs …/w250/abc.jpg).
 */
export function contentShowsImage(contentHtml: string, imageUrl: string): boolean {
  const file = imageUrl.split(/[?#]/)[0]?.split('/').pop() ?? '';
  const stem = file.replace(/\.[a-z0-9]+$/i, '');
  return stem.length >= 4 && contentHtml.includes(stem);
}
