/**
 * The one sanitizer for article HTML. Readability's README "strongly" recommends a sanitizer for untrusted input
 * (github.com/mozilla/readability#security); Masthead renders article HTML in an extension page and in the
 * on-page overlay, so nothing reaches the DOM without passing through here.
 * @module lib/article/sanitize
 */
import DOMPurify, { type WindowLike } from 'dompurify';

/**
 * Elements removed outright. Embeds and forms would load third-party code or send data; media players and
 * styles are page chrome in a reading context.
 */
const FORBID_TAGS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea',
  'select', 'link', 'meta', 'base', 'video', 'audio', 'source', 'track', 'svg', 'math', 'template', 'noscript'];
const FORBID_ATTR = ['style', 'srcset', 'sizes', 'ping', 'formaction', 'background', 'id', 'name', 'loading'];

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

/** One configured DOMPurify instance per window (the popup's, the page's isolated world, a test window). */
function purifierFor(win: WindowLike): ReturnType<typeof DOMPurify> {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      // Links leave the reading view: open in a new tab and tell the target nothing about where the reader came from.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
  });
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Sanitizes Readability's HTML for rendering: removes scripts, handlers, embeds, forms and styles; keeps text,
 * images, figures, lists, quotes, tables and code; makes every link open in a new tab with `rel="noopener noreferrer"`.
 * @param html untrusted article HTML
 * @param win the window whose document the result will be inserted into (defaults to the global one)
 */
export function sanitizeArticleHtml(html: string, win: WindowLike = window): string {
  return purifierFor(win).sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
