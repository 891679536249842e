/**
 * The lookup structure the matcher uses, built once from the registry's publishers.
 * @module lib/publisher/build-publisher-index
 */
import type { Publisher } from '@/lib/registry/schema';
import { normaliseHost } from './host-of-url';
import { normaliseName, shortName } from './normalise-name';

/** Domain → publisher and normalised name → publisher. */
export interface PublisherIndex {
  /** Canonical host (see normaliseHost) → publisher. Only `domains`; `domainsUnverified` never match. */
  byDomain: ReadonlyMap<string, Publisher>;
  /** normaliseName(name) → publisher, or null when two publishers share the name (ambiguous: never matched). */
  byName: ReadonlyMap<string, Publisher | null>;
}

/**
 * Names shorter than this (letters and digits, spaces aside) are not indexed: "ABC", "ATV", "NTV" or "DW" each name
 * several outlets worldwide, so a page calling itself that proves nothing. Such outlets still match by domain.
 */
const MIN_NAME_CHARS = 4;

function namesOf(publisher: Publisher): string[] {
  const names = [publisher.name, ...publisher.altNames];
  return [...names, ...names.map(shortName)]
    .map(normaliseName)
    .filter((name) => name.replace(/ /g, '').length >= MIN_NAME_CHARS);
}

/**
 * Indexes publishers by their verified domains and by their names and alternative names (each also without a
 * trailing parenthesised qualifier; names under four characters are left out as too ambiguous). A domain listed by two publishers stays with the first; the registry's own
 * invariant tests forbid that case.
 */
export function buildPublisherIndex(publishers: readonly Publisher[]): PublisherIndex {
  const byDomain = new Map<string, Publisher>();
  const byName = new Map<string, Publisher | null>();
  for (const publisher of publishers) {
    for (const domain of publisher.domains) {
      const host = normaliseHost(domain);
      if (host && !byDomain.has(host)) byDomain.set(host, publisher);
    }
    for (const name of new Set(namesOf(publisher))) {
      const existing = byName.get(name);
      byName.set(name, existing === undefined || existing === publisher ? publisher : null);
    }
  }
  return { byDomain, byName };
}
