/**
 * The one-line, neutral explanations shown beside a publisher match ("why does Masthead think this is RFE/RL?").
 * Each names the evidence first, then what it suggests; none states more than the evidence shows.
 * @module lib/publisher/explain-match
 */
import type { Publisher } from '@/lib/registry/schema';
import type { ProxyKind } from './decode-proxy-url';
import { shortName } from './normalise-name';

const PROXY_COPY: Record<ProxyKind, string> = {
  'amp-cache': 'AMP cache — this is a cached copy of a page on',
  'translate-proxy': 'translation proxy — this is a translated copy of a page on',
  'google-cache': 'Google cache — this is a cached copy of a page on',
  'web-archive': 'Wayback Machine — this is an archived copy of a page on',
};

/** "page address — m.dw.com is on dw.com, listed as a domain of Deutsche Welle". */
export function explainAddress(host: string, domain: string, publisher: Publisher): string {
  const listed = `listed as a domain of ${shortName(publisher.name)}`;
  return host === domain ? `page address — ${host} is ${listed}` : `page address — ${host} is on ${domain}, ${listed}`;
}

/** "AMP cache — this is a cached copy of a page on www.rferl.org". */
export function explainProxy(via: ProxyKind, originalHost: string): string {
  return `${PROXY_COPY[via]} ${originalHost}`;
}

/** "canonical link — this looks like a mirror of rferl.org". */
export function explainMirror(source: 'canonical' | 'og-url', domain: string): string {
  return `${source === 'canonical' ? 'canonical link' : 'og:url'} — this looks like a mirror of ${domain}`;
}

/** "structured data — the page gives rferl.org as its publisher’s address". */
export function explainPublisherUrl(host: string): string {
  return `structured data — the page gives ${host} as its publisher’s address`;
}

/** "site name — the page calls itself “RFE/RL”" or the JSON-LD equivalent. */
export function explainPublisherName(source: 'og-site-name' | 'json-ld-publisher-name', stated: string): string {
  return source === 'og-site-name'
    ? `site name — the page calls itself “${stated}”`
    : `structured data — the page names “${stated}” as its publisher`;
}

/**
 * "This page names RFE/RL as its publisher, but its canonical address is on example.net, which is not among the
 * domains Masthead lists for RFE/RL." Says "not among the domains listed" rather than "not a domain of": the
 * registry may be incomplete, and the wording must not overstate.
 */
export function explainClaimMismatch(publisher: Publisher, host: string | null, canonical: boolean): string {
  const name = shortName(publisher.name);
  if (!host) return `This page names ${name} as its publisher, but it is not served from a web address.`;
  const where = `its ${canonical ? 'canonical address' : 'address'} is on ${host}`;
  return `This page names ${name} as its publisher, but ${where}, which is not among the domains Masthead lists for ${name}.`;
}
