/**
 * The story's lead image, from the page's own metadata (Open Graph / Twitter cards), with its caption from the page.
 * @module lib/article/lead-image
 */

const IMAGE_META = ['meta[property="og:image"]', 'meta[property="og:image:url"]', 'meta[name="twitter:image"]',
  'meta[name="twitter:image:src"]', 'meta[itemprop="image"]'];

/** The lead image's URL and the caption the page prints for it. */
export interface LeadImage {
  url: string;
  caption: string | null;
}

function declaredImageUrl(doc: Document, baseUrl: string): string | null {
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

/** The file name without extension: CMSs serve one image at several sizes (…/w1200/abc.jpg vs …/w250/abc.jpg). */
function imageStem(url: string): string {
  const file = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return file.replace(/\.[a-z0-9]+$/i, '');
}

/** The caption of the page's own copy of the image: its figure's figcaption, else its alt text. */
function captionFor(doc: Document, stem: string): string | null {
  if (stem.length < 4) return null;
  const img = [...doc.querySelectorAll('img')].find((i) => (i.getAttribute('src') ?? '').includes(stem));
  if (!img) return null;
  const caption = img.closest('figure')?.querySelector('figcaption')?.textContent ?? img.getAttribute('alt');
  const text = caption?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * The page's declared lead image (absolute http(s) URL) with its caption, or null.
 * @param doc the live page (not mutated)
 * @param baseUrl the URL relative image paths resolve against
 */
export function findLeadImage(doc: Document, baseUrl: string): LeadImage | null {
  const url = declaredImageUrl(doc, baseUrl);
  return url ? { url, caption: captionFor(doc, imageStem(url)) } : null;
}

/** Whether the story HTML already shows the image, so the UI does not show it twice. */
export function contentShowsImage(contentHtml: string, imageUrl: string): boolean {
  const stem = imageStem(imageUrl);
  return stem.length >= 4 && contentHtml.includes(stem);
}
