/**
 * `<picture>`: the browser picks one `<source srcset>` and paints it through the inner `<img>`; a reader view only
 * keeps the `<img>` (the sanitizer drops `<source>` and `srcset`), so that `<img>` needs a real `src` of its own.
 * @module lib/article/fidelity/fix-picture
 */
import { isPlaceholderSrc, resolveHttpUrl } from '@/lib/article/fidelity/image-url';
import { restoreLazySrcset } from '@/lib/article/fidelity/fix-lazy-image';
import { pickSrcsetUrl } from '@/lib/article/fidelity/pick-srcset-url';

/** `<source>` children in document order, those without a `media` condition first (they apply at any width). */
function orderedSources(picture: Element): Element[] {
  const sources = Array.from(picture.children).filter((child) => child.localName === 'source');
  return [...sources.filter((s) => !s.hasAttribute('media')), ...sources.filter((s) => s.hasAttribute('media'))];
}

/**
 * Gives the `<img>` of a `<picture>` a usable `src` when it has none: the URL the live browser actually displayed
 * (`currentSrc`) when known, else the largest candidate of the first applicable `<source>`. Any format (webp, avif,
 * svg) is accepted: the browser that shows the reader view is the one that just displayed the page.
 * @param picture a `<picture>` in the clone
 * @param liveImg the matching `<img>` in the live page, or null
 * @param base the live document's base URL
 * @returns true when the picture's image was repaired
 */
export function fixPicture(picture: Element, liveImg: HTMLImageElement | null, base: string): boolean {
  const sources = orderedSources(picture);
  for (const source of sources) restoreLazySrcset(source, base);
  const img = Array.from(picture.children).find((child) => child.localName === 'img');
  if (!img || !isPlaceholderSrc(img.getAttribute('src'))) return false;
  const current = resolveHttpUrl(liveImg?.currentSrc, base);
  let url = current && !isPlaceholderSrc(current) ? current : null;
  for (const source of sources) {
    if (url) break;
    url = pickSrcsetUrl(source.getAttribute('srcset'), base);
  }
  if (!url) return false;
  img.setAttribute('src', url);
  return true;
}
