/**
 * Which registry publisher a page belongs to, from the page's address and what it says about itself. Pure.
 * @module lib/publisher/identify-publisher
 */
import type { PageMetadata } from '@/lib/protocol';
import type { Publisher } from '@/lib/registry/schema';
import type { PublisherIndex } from './build-publisher-index';
import { decodeProxyUrl } from './decode-proxy-url';
import * as explain from './explain-match';
import { hostOfUrl, registrableDomain } from './host-of-url';
import { hostBelongsTo, matchHost } from './match-host';
import { normaliseName } from './normalise-name';

/** The evidence a match rests on, strongest first. */
export type MatchHow = 'domain' | 'subdomain' | 'mirror' | 'proxy' | 'publisher-url' | 'publisher-name';

/** Which self-description named the publisher. */
export type ClaimSource = 'json-ld-publisher-url' | 'json-ld-publisher-name' | 'og-site-name';

/** A page that names a known publisher while its (canonical) address is not on one of that publisher's domains. */
export interface ClaimMismatch {
  claimed: Publisher;
  claimedBy: ClaimSource;
  /** The host the claim was checked against (canonical, else og:url, else proxied original, else tab); null if none. */
  host: string | null;
  explanation: string;
}

/** The result: a discriminated union on `matched`. */
export type PublisherMatch =
  | {
      matched: true;
      publisher: Publisher;
      how: MatchHow;
      /** Short, neutral statement of the evidence ("canonical link — this looks like a mirror of rferl.org"). */
      explanation: string;
      /** The host whose address matched; null when only a name matched. */
      evidenceHost: string | null;
      claimMismatch: ClaimMismatch | null;
    }
  | { matched: false; host: string | null; registrableDomain: string | null };

type Found = Pick<Extract<PublisherMatch, { matched: true }>, 'publisher' | 'how' | 'explanation' | 'evidenceHost'>;

interface Hosts {
  tab: string | null;
  canonical: string | null;
  og: string | null;
}

function byAddress(meta: PageMetadata, hosts: Hosts, index: PublisherIndex): Found | null {
  const onTab = hosts.tab ? matchHost(hosts.tab, index) : null;
  if (onTab && hosts.tab) {
    const explanation = explain.explainAddress(hosts.tab, onTab.domain, onTab.publisher);
    return { publisher: onTab.publisher, how: onTab.exact ? 'domain' : 'subdomain', explanation, evidenceHost: hosts.tab };
  }
  const proxy = decodeProxyUrl(meta.url);
  const proxied = proxy ? matchHost(proxy.host, index) : null;
  if (proxy && proxied) {
    const explanation = explain.explainProxy(proxy.via, proxy.host);
    return { publisher: proxied.publisher, how: 'proxy', explanation, evidenceHost: proxy.host };
  }
  for (const source of ['canonical', 'og-url'] as const) {
    const host = source === 'canonical' ? hosts.canonical : hosts.og;
    const mirrored = host ? matchHost(host, index) : null;
    if (host && mirrored) {
      const explanation = explain.explainMirror(source, mirrored.domain);
      return { publisher: mirrored.publisher, how: 'mirror', explanation, evidenceHost: host };
    }
  }
  return null;
}

interface Claim {
  source: ClaimSource;
  publisher: Publisher;
  /** The stated name, or the stated URL's host. */
  stated: string;
}

function claimsOf(meta: PageMetadata, index: PublisherIndex): Claim[] {
  const claims: Claim[] = [];
  const urlHost = hostOfUrl(meta.jsonLdPublisherUrl);
  const byUrl = urlHost ? matchHost(urlHost, index) : null;
  if (urlHost && byUrl) claims.push({ source: 'json-ld-publisher-url', publisher: byUrl.publisher, stated: urlHost });
  const names = [['json-ld-publisher-name', meta.jsonLdPublisherName], ['og-site-name', meta.ogSiteName]] as const;
  for (const [source, stated] of names) {
    const publisher = stated ? index.byName.get(normaliseName(stated)) : undefined;
    if (publisher && stated) claims.push({ source, publisher, stated: stated.trim() });
  }
  return claims;
}

function byClaim(claim: Claim): Found {
  const { source, publisher, stated } = claim;
  if (source === 'json-ld-publisher-url') {
    return { publisher, how: 'publisher-url', explanation: explain.explainPublisherUrl(stated), evidenceHost: stated };
  }
  return { publisher, how: 'publisher-name', explanation: explain.explainPublisherName(source, stated), evidenceHost: null };
}

function mismatchOf(claims: Claim[], meta: PageMetadata, hosts: Hosts, index: PublisherIndex): ClaimMismatch | null {
  const host = hosts.canonical ?? hosts.og ?? decodeProxyUrl(meta.url)?.host ?? hosts.tab;
  const wrong = claims.find((claim) => !host || !hostBelongsTo(host, claim.publisher, index));
  if (!wrong) return null;
  const explanation = explain.explainClaimMismatch(wrong.publisher, host, hosts.canonical !== null);
  return { claimed: wrong.publisher, claimedBy: wrong.source, host, explanation };
}

/**
 * Identifies the publisher of a page: tab host (exact, then parent domains down to the registrable domain), the
 * original host behind a cache/translation/archive proxy, the canonical link and og:url hosts (mirrors), the JSON-LD
 * publisher URL, and last the stated publisher name (exact after normalisation, never fuzzy). Separately flags a page
 * that names a known publisher while its canonical address is not on that publisher's listed domains.
 */
export function identifyPublisher(meta: PageMetadata, index: PublisherIndex): PublisherMatch {
  const hosts: Hosts = { tab: hostOfUrl(meta.url), canonical: hostOfUrl(meta.canonicalUrl), og: hostOfUrl(meta.ogUrl) };
  const claims = claimsOf(meta, index);
  const first = claims[0];
  const found = byAddress(meta, hosts, index) ?? (first ? byClaim(first) : null);
  if (!found) {
    return { matched: false, host: hosts.tab, registrableDomain: hosts.tab ? registrableDomain(hosts.tab) : null };
  }
  return { matched: true, ...found, claimMismatch: mismatchOf(claims, meta, hosts, index) };
}
