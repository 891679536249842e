/**
 * Finds registry entries by name, alternative name or domain, for the look-up on the settings page. Outlets that
 * exist only as Telegram or YouTube channels have no domain a page could match, so a reader can find them only by
 * name; a reader can also check an outlet before opening its site.
 * @module lib/registry/search-publishers
 */
import { hostOfUrl, normaliseHost } from '@/lib/publisher/host-of-url';
import { normaliseName } from '@/lib/publisher/normalise-name';
import type { Publisher } from '@/lib/registry/schema';

/** More results than this would not help a reader choose; the query should be refined. */
export const MAX_RESULTS = 20;

/** Letters and digits a query needs before it is searched (one letter matches half the registry). */
const MIN_QUERY_CHARS = 2;

/** A publisher with its names and hosts normalised once, not on every keystroke. */
interface SearchEntry {
  publisher: Publisher;
  names: string[];
  /** Verified and unverified domains: the look-up shows what the registry knows, matching pages uses only verified. */
  hosts: string[];
}

const entriesFor = new WeakMap<readonly Publisher[], SearchEntry[]>();

function searchEntries(publishers: readonly Publisher[]): SearchEntry[] {
  const known = entriesFor.get(publishers);
  if (known) return known;
  const entries = publishers.map((publisher) => ({
    publisher,
    names: [publisher.name, ...publisher.altNames].map(normaliseName),
    hosts: [...publisher.domains, ...publisher.domainsUnverified].map(normaliseHost).filter((h): h is string => h !== null),
  }));
  entriesFor.set(publishers, entries);
  return entries;
}

/** True when a query has enough letters or digits to be searched. */
export function isSearchable(query: string): boolean {
  return normaliseName(query).replace(/ /g, '').length >= MIN_QUERY_CHARS;
}

/** The host a query names ("rferl.org", "https://www.rferl.org/a/1.html"), or null for a plain name. */
function hostInQuery(query: string): string | null {
  const text = query.trim();
  if (/\s/.test(text) || !text.includes('.')) return null;
  return hostOfUrl(text.includes('://') ? text : `https://${text}`);
}

/** 4: the host is one of the outlet's domains; 3: a subdomain of one (label boundary); 0: neither. */
function domainScore(entry: SearchEntry, host: string): number {
  if (entry.hosts.includes(host)) return 4;
  return entry.hosts.some((known) => host.endsWith(`.${known}`)) ? 3 : 0;
}

/** 3: a name equals the query; 2: starts with it; 1.5: a word starts with it; 1: contains it; 0: no name does. */
function nameScore(entry: SearchEntry, query: string): number {
  let best = 0;
  for (const name of entry.names) {
    if (name === query) return 3;
    if (name.startsWith(query)) best = Math.max(best, 2);
    else if (` ${name}`.includes(` ${query}`)) best = Math.max(best, 1.5);
    else if (name.includes(query)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The publishers a query names, best first: an exact domain or name before a prefix before a substring; ties by name.
 * Case, punctuation and diacritics are ignored (normaliseName). Empty for a query under two letters or digits.
 * @param publishers the registry's publishers (normalised once per array)
 * @param query what the reader typed: a name in any script, a domain or a URL
 * @param limit at most this many results
 */
export function searchPublishers(publishers: readonly Publisher[], query: string, limit = MAX_RESULTS): Publisher[] {
  if (!isSearchable(query)) return [];
  const normal = normaliseName(query);
  const host = hostInQuery(query);
  return searchEntries(publishers)
    .map((entry) => ({ entry, score: Math.max(nameScore(entry, normal), host ? domainScore(entry, host) : 0) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.publisher.name.localeCompare(b.entry.publisher.name, 'en'))
    .slice(0, limit)
    .map((hit) => hit.entry.publisher);
}
