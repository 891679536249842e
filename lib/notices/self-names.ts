/**
 * The names a site calls itself, so "RFE/RL has been declared …" on rferl.org reads as the publisher's own status.
 * @module lib/notices/self-names
 */

/** Letters and digits only, lower case: "RFE/RL" → "rferl", "The Moscow Times" → "themoscowtimes". */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Names shorter than this would match inside ordinary words ("bbc" is fine at 3, but "rt" is not). */
const MIN_NAME_LENGTH = 3;

function hostLabel(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host.split('.').slice(0, -1).sort((a, b) => b.length - a.length)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Collects the site's names from its own metadata: og:site_name, application-name, and the main label of the
 * page's host, canonical URL and og:url.
 * @param doc the page (not modified)
 * @returns squashed names (see squash), at least MIN_NAME_LENGTH long
 */
export function selfNames(doc: Document): string[] {
  const meta = (selector: string): string | null => doc.querySelector(selector)?.getAttribute('content') ?? null;
  const names = [
    meta('meta[property="og:site_name"]'),
    meta('meta[name="application-name"]'),
    hostLabel(doc.location?.href),
    hostLabel(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    hostLabel(meta('meta[property="og:url"]')),
  ];
  const squashed = names.filter((n): n is string => n !== null).map(squash);
  // A numeric host (127.0.0.1) names nothing.
  return [...new Set(squashed.filter((n) => n.length >= MIN_NAME_LENGTH && /\p{L}/u.test(n)))];
}

/** True when the sentence names the site ("RFE/RL", "The Moscow Times"). */
export function namesSelf(sentence: string, names: readonly string[]): boolean {
  const text = squash(sentence);
  return names.some((name) => text.includes(name));
}
