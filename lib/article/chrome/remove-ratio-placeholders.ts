/**
 * Image placeholders: CMS stubs whose only text is "16x9 Image" (as text or as the img's alt) and empty aspect-ratio
 * boxes. The alt "16x9 Image" describes a crop, not a picture, so it is cleared (alt="" marks an image as adding no
 * information: html.spec.whatwg.org/#alt).
 * @module lib/article/chrome/remove-ratio-placeholders
 */
import { isInDocument, removeIfSafe, textOf, type RemovalGuard } from '@/lib/article/chrome/removal-guard';

const PLACEHOLDER_TEXT = /^\d+\s*[x×:]\s*\d+\s+(?:image|img|photo|picture)$/i;
const RATIO_HINT = /(?:^|[-_\s])(?:thumb\d+_\d+|ratio(?:-?\d+x\d+)?|aspect-?ratio|embed-responsive)(?:$|[-_\s])/i;
const MEDIA = 'img, picture, video, iframe, svg, canvas, object, embed';

/**
 * Removes placeholder texts and empty ratio boxes, and clears placeholder alts.
 * @returns elements removed or cleared
 */
export function removeRatioPlaceholders(doc: Document, guard: RemovalGuard): number {
  let removed = 0;
  for (const img of doc.querySelectorAll('img[alt]')) {
    if (PLACEHOLDER_TEXT.test((img.getAttribute('alt') ?? '').trim())) {
      img.setAttribute('alt', '');
      removed += 1;
    }
  }
  for (const el of doc.querySelectorAll('span, div, p, figcaption, li')) {
    if (!isInDocument(doc, el) || el.querySelector(MEDIA)) continue;
    const text = textOf(el);
    const emptyRatioBox = text === '' && RATIO_HINT.test(el.getAttribute('class') ?? '');
    if (PLACEHOLDER_TEXT.test(text) || emptyRatioBox) removed += removeIfSafe(el, guard);
  }
  return removed;
}
