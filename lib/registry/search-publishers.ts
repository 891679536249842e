/**
 * Finds registry entries by name, alternative name or domain, for the look-up on the settings page. Outlets that
 * exist only as Telegram or YouTube channels have no domain a page could match, so a reader can find them only by
 * name; a reader can also check an outlet before opening its site.
 * @module lib/registry/search-publishers
 */
import { normaliseHost } from '@/lib/publisher/host-of-url';
import { normaliseName } from '@/lib/publisher/normalise-name';
import type { Publisher } from '@/lib/registry/schema';

/** More results than this would not help a reader choose; the query should be refined. */
export const MAX_RESULTS = 20;

/** Letters and digits a query needs before it is searched (one letter matches half the registry). */
const MIN_QUERY_CHARS = 2;

/** The host a query names ("rferl.org", "https://www.rferl.org/a/1.html"), or null for a plain name. */
function hostInQuery(query: string): string | null {
  const text = query.trim();
  if (/\s/.test(text) || !text.includes('.')) return null;
  try {
    return normaliseHost(new URL(text.includes('://') ? text : `https://${text}`).hostname);
  } catch {
    return null;
  }
}

/** 4: the host is one of the outlet's domains; 3: a subdomain of one; 0: neither (unverified domains count too). */
function domainScore(publisher: Publisher, host: string): number {
  let best = 0;
  for (const domain of [...publisher.domains, ...publisher.domainsUnverified]) {
    const known = normaliseHost(domain);
    if (known === host) return 4;
    if (known && host.endsWith(`.${known}`)) best = 3;
  }
  return best;
}

/** 3: a name equals the query; 2: starts with it; 1.5: a word starts with it; 1: contains it; 0: no name does. */
function nameScore(publisher: Publisher, query: string): number {
  let best = 0;
  for (const name of [publisher.name, ...publisher.altNames]) {
    const normal = normaliseName(name);
    if (normal === query) return 3;
    if (normal.startsWith(query)) best = Math.max(best, 2);
    else if (` ${normal}`.includes(` ${query}`)) best = Math.max(best, 1.5);
    else if (normal.includes(query)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The publishers a query names, best first: an exact domain or name before a prefix before a substring; ties by name.
 * Case, punctuation and diacritics are ignored (normaliseName). Empty for a query under two letters or digits.
 * @param publishers the registry's publishers
 * @param query what the reader typed: a name in any script, a domain or a URL
 * @param limit at most this many results
 */
export function searchPublishers(publishers: readonly Publisher[], query: string, limit = MAX_RESULTS): Publisher[] {
  const normal = normaliseName(query);
  if (normal.replace(/ /g, '').length < MIN_QUERY_CHARS) return [];
  const host = hostInQuery(query);
  return publishers
    .map((publisher) => ({ publisher, score: Math.max(nameScore(publisher, normal), host ? domainScore(publisher, host) : 0) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.publisher.name.localeCompare(b.publisher.name, 'en'))
    .slice(0, limit)
    .map((hit) => hit.publisher);
}
