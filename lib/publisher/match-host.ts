/**
 * Host → publisher by the registry's verified domains, on label boundaries only.
 * @module lib/publisher/match-host
 */
import type { Publisher } from '@/lib/registry/schema';
import type { PublisherIndex } from './build-publisher-index';
import { registrableDomain } from './host-of-url';

/** A host that belongs to a publisher, and how closely. */
export interface HostMatch {
  publisher: Publisher;
  /** The registry domain that matched. */
  domain: string;
  /** True when the host is the domain itself or its `www.` form; false for any other subdomain. */
  exact: boolean;
}

/**
 * Finds the publisher a canonical host belongs to: the host itself, then each parent down to (and including) its
 * registrable domain — never above it, so `bbc.co.uk` can match but `co.uk` never is tried, and never by substring,
 * so `rferl.org.evil.com`, `rferl-org.com` and `rfer1.org` do not match `rferl.org`. IPs and `localhost` only match
 * exactly.
 */
export function matchHost(host: string, index: PublisherIndex): HostMatch | null {
  const direct = index.byDomain.get(host);
  if (direct) return { publisher: direct, domain: host, exact: true };
  const base = registrableDomain(host);
  if (!base || !host.endsWith(`.${base}`)) return null;
  const labels = host.split('.');
  for (let start = 1; labels.length - start >= base.split('.').length; start += 1) {
    const candidate = labels.slice(start).join('.');
    const publisher = index.byDomain.get(candidate);
    if (publisher) return { publisher, domain: candidate, exact: host === `www.${candidate}` };
  }
  return null;
}

/** True when the host is one of the publisher's verified domains or a subdomain of one. */
export function hostBelongsTo(host: string, publisher: Publisher, index: PublisherIndex): boolean {
  return matchHost(host, index)?.publisher === publisher;
}
