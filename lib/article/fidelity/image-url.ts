/**
 * URL helpers for image repair: resolving lazy-loading attributes and recognising placeholder sources.
 * @module lib/article/fidelity/image-url
 */

/**
 * File names lazy-loading libraries use for their stand-in images (lazysizes, WordPress, a3 Lazy Load,
 * jQuery Lazy: "blank.gif", "spacer.gif", "placeholder.png", "1x1.png", "transparent.gif", "lazy.svg", "loading.gif").
 */
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|spacer|placeholder|pixel|transparent|empty|lazy|loading|grey|gray|1x1)[\w.-]*\.(?:gif|png|svg|webp)(?:[?#]|$)/i;

/**
 * Resolves a URL from an attribute against the page's base URL; keeps only http(s) results, because the
 * sanitizer drops every other scheme and a `javascript:` or `blob:` URL is never a real image for a reader.
 * @param raw the attribute value (may be relative, may carry spaces)
 * @param base the live document's `baseURI`
 * @returns the absolute URL, or null when it is empty, unparsable or not http(s)
 */
export function resolveHttpUrl(raw: string | null | undefined, base: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether an `<img src>` is a stand-in for the real picture: missing, empty, `about:blank`, any `data:` URI
 * (lazy loaders use 1×1 GIFs and empty SVGs; the sanitizer drops `data:` anyway), or a spacer-like file name.
 * Callers only replace a placeholder when they have found a real URL, so a genuine inline image is never lost.
 * @param src the raw `src` attribute value, or null when absent
 */
export function isPlaceholderSrc(src: string | null): boolean {
  const value = src?.trim() ?? '';
  if (value === '' || value === 'about:blank' || value === '#') return true;
  if (/^data:/i.test(value)) return true;
  return PLACEHOLDER_NAME.test(value);
}
