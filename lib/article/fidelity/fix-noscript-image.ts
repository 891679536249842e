/**
 * `<noscript>` fallbacks: many lazy loaders (Medium, WordPress plugins, news CMSs) print a placeholder `<img>` and,
 * right next to it, `<noscript><img src="real.jpg"></noscript>` for visitors without JavaScript.
 * @module lib/article/fidelity/fix-noscript-image
 */
import { isPlaceholderSrc, resolveHttpUrl } from '@/lib/article/fidelity/image-url';

/** Parses HTML into an inert document: no scripts run and no images load (https://html.spec.whatwg.org/#dom-domparser-parsefromstring). */
export type HtmlParser = (html: string) => Document;

/**
 * The single `<img>` a noscript holds. With scripting enabled (a real tab) noscript content is raw text and must be
 * parsed; in a scripting-disabled DOM (tests, some clones) it is already elements.
 */
function noscriptImage(noscript: Element, parse: HtmlParser | null): Element | null {
  let holder: ParentNode = noscript;
  if (noscript.children.length === 0) {
    const text = noscript.textContent ?? '';
    if (!parse || !/<img\b/i.test(text)) return null;
    holder = parse(text).body;
  }
  const imgs = holder.querySelectorAll('img');
  const rest = Array.from(holder.querySelectorAll('*')).filter((el) => !['img', 'picture', 'source'].includes(el.localName));
  const text = (holder.textContent ?? '').trim();
  return imgs.length === 1 && rest.length === 0 && text === '' ? (imgs[0] ?? null) : null;
}

/** The placeholder image beside the noscript: its previous (or else next) element sibling, or the only img inside it. */
function placeholderBeside(noscript: Element): Element | null {
  for (const sibling of [noscript.previousElementSibling, noscript.nextElementSibling]) {
    if (!sibling) continue;
    const img = sibling.localName === 'img' ? sibling : sibling.querySelectorAll('img').length === 1 ? sibling.querySelector('img') : null;
    if (img && isPlaceholderSrc(img.getAttribute('src'))) return img;
  }
  return null;
}

/**
 * Replaces the placeholder image next to a `<noscript>` with the noscript's real image (absolute `src`, keeping the
 * placeholder's `alt` when the fallback has none) and removes the noscript.
 * @param noscript a `<noscript>` in the clone
 * @param base the live document's base URL
 * @param parse an inert HTML parser for noscript text (a DOMParser), or null when none is available
 * @returns the inserted image, or null when nothing matched
 */
export function fixNoscriptImage(noscript: Element, base: string, parse: HtmlParser | null): Element | null {
  const fallback = noscriptImage(noscript, parse);
  const src = resolveHttpUrl(fallback?.getAttribute('src'), base);
  const placeholder = fallback && src ? placeholderBeside(noscript) : null;
  if (!fallback || !src || !placeholder) return null;
  const doc = placeholder.ownerDocument;
  const img = doc.createElement('img');
  for (const attr of Array.from(fallback.attributes)) {
    if (!attr.name.toLowerCase().startsWith('on')) img.setAttribute(attr.name, attr.value);
  }
  img.setAttribute('src', src);
  const alt = placeholder.getAttribute('alt');
  if (!img.getAttribute('alt') && alt) img.setAttribute('alt', alt);
  placeholder.replaceWith(img);
  noscript.remove();
  return img;
}
