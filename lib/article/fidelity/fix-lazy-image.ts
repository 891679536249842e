/**
 * Lazy-loaded images: the real URL waits in a data attribute until a script swaps it in on scroll, so a clone
 * taken before the reader scrolled shows a 1×1 placeholder or nothing. Readability's own `_fixLazyImages` only
 * recognises jpg/png/webp file names and skips images whose class lacks "lazy"; this handles any format.
 * @module lib/article/fidelity/fix-lazy-image
 */
import { isPlaceholderSrc, resolveHttpUrl } from '@/lib/article/fidelity/image-url';
import { absolutizeSrcset, pickSrcsetUrl } from '@/lib/article/fidelity/pick-srcset-url';

/**
 * Attributes lazy loaders keep the real URL in: lazysizes (`data-src`), WordPress/a3 (`data-lazy-src`),
 * jQuery Lazy Load (`data-original`), Vox/others (`data-url`), plus common full-size variants.
 */
export const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-full-src', 'data-hi-res-src'];

/** Attributes lazy loaders keep the real candidate list in (lazysizes `data-srcset`, WordPress `data-lazy-srcset`). */
export const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

/** The first lazy srcset attribute that yields a usable URL, with its value. */
function lazySrcset(el: Element, base: string): { value: string; url: string } | null {
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const value = el.getAttribute(name);
    const url = pickSrcsetUrl(value, base);
    if (value && url) return { value, url };
  }
  return null;
}

/** The real URL of an image: a lazy src attribute first, then a lazy srcset, then its own srcset. */
function realImageUrl(img: Element, base: string): string | null {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const url = resolveHttpUrl(img.getAttribute(name), base);
    if (url && !isPlaceholderSrc(url)) return url;
  }
  return lazySrcset(img, base)?.url ?? pickSrcsetUrl(img.getAttribute('srcset'), base);
}

/**
 * Moves a lazy `data-srcset` into `srcset` (absolute URLs) so browsers and Readability see the real candidates.
 * @param el an `<img>` or a `<source>` inside `<picture>`
 * @param base the live document's base URL
 * @returns true when a srcset was restored
 */
export function restoreLazySrcset(el: Element, base: string): boolean {
  const lazy = lazySrcset(el, base);
  const ownUrl = pickSrcsetUrl(el.getAttribute('srcset'), base);
  if (!lazy || (ownUrl && !isPlaceholderSrc(ownUrl))) return false;
  el.setAttribute('srcset', absolutizeSrcset(lazy.value, base));
  return true;
}

/**
 * Gives an `<img>` whose `src` is a placeholder (or missing) its real URL, taken from lazy-loading attributes or
 * srcset; the real URL is absolute so it survives the trip out of the page.
 * @param img an `<img>` in the clone
 * @param base the live document's base URL
 * @returns true when the image was repaired
 */
export function fixLazyImage(img: Element, base: string): boolean {
  const restoredSrcset = restoreLazySrcset(img, base);
  if (!isPlaceholderSrc(img.getAttribute('src'))) return restoredSrcset;
  const url = realImageUrl(img, base);
  if (!url) return restoredSrcset;
  img.setAttribute('src', url);
  return true;
}
