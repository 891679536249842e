/**
 * Escaping for text interpolated into exported HTML.
 * @module lib/export/escape-html
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five characters that can end a text node or a quoted attribute value, so page-supplied metadata
 * (titles, bylines, URLs) can never become markup in the exported file.
 * @param text untrusted text
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
