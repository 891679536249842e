// @vitest-environment node
// node: import.meta.url is a file: URL only outside the DOM environments.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPublisherIndex } from '@/lib/publisher/build-publisher-index';
import { registrableDomain } from '@/lib/publisher/host-of-url';
import { identifyPublisher } from '@/lib/publisher/identify-publisher';
import { normaliseName } from '@/lib/publisher/normalise-name';
import type { PageMetadata } from '@/lib/protocol';
import type { Publisher } from '@/lib/registry/schema';

// The registry is produced separately; these cases run on it once it exists.
const REGISTRY_PATH = fileURLToPath(new URL('../../../lib/registry/publishers.json', import.meta.url));
const present = existsSync(REGISTRY_PATH);
// Only the fields matching reads are checked here; the registry's own tests hold the full schema.
const MatchFields = v.object({
  publishers: v.array(v.looseObject({
    id: v.string(), name: v.string(), altNames: v.array(v.string()), domains: v.array(v.string()),
    domainsUnverified: v.array(v.string()),
  })),
});
const publishers: Publisher[] = present
  ? v.parse(MatchFields, JSON.parse(readFileSync(REGISTRY_PATH, 'utf8'))).publishers.map((p) => ({
      id: p.id, name: p.name, altNames: p.altNames, domains: p.domains, domainsUnverified: p.domainsUnverified,
      ownerFunding: null, country: null, statuses: [],
    }))
  : [];
const index = buildPublisherIndex(publishers);

function page(url: string, rest: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url, canonicalUrl: null, ogUrl: null, ogSiteName: null, jsonLdPublisherName: null,
    jsonLdPublisherUrl: null, lang: null, modifiedTime: null, ...rest,
  };
}

function idFor(meta: PageMetadata): string | null {
  const result = identifyPublisher(meta, index);
  return result.matched ? result.publisher.id : null;
}

// A domain listed twice is the registry invariant tests' concern; here each domain is checked for its indexed owner.
const pairs = publishers.flatMap((publisher) =>
  publisher.domains.filter((domain) => index.byDomain.get(domain) === publisher).map((domain) => ({ id: publisher.id, domain })),
);

describe.skipIf(!present)('identifyPublisher on the real registry', () => {
  it.each(pairs)('identifies $id on www. and m. of $domain', ({ id, domain }) => {
    expect(idFor(page(`https://www.${domain}/a/1.html`))).toBe(id);
    expect(idFor(page(`https://m.${domain}/a/1.html`))).toBe(id);
  });

  it.each(pairs)('does not identify look-alikes of $domain', ({ domain }) => {
    expect(idFor(page(`https://${domain}.evil.example/a`))).toBeNull();
    expect(idFor(page(`https://${domain.replace(/\./g, '-')}.example/a`))).toBeNull();
    // A prefixed look-alike only makes sense for a registrable domain; `xru.example.com` is a real subdomain.
    if (registrableDomain(domain) === domain) expect(idFor(page(`https://x${domain}/a`))).toBeNull();
  });

  it('never matches a domain the registry lists as unverified only', () => {
    const verified = new Set(pairs.map((pair) => pair.domain));
    const unverified = publishers.flatMap((p) => p.domainsUnverified).filter((d) => !verified.has(d));
    for (const domain of unverified) {
      const result = identifyPublisher(page(`https://${domain}/a`), index);
      if (result.matched) expect(result.evidenceHost).not.toBe(domain);
    }
  });

  it('identifies each publisher by its own name unless another publisher shares it or it is too short', () => {
    for (const publisher of publishers) {
      const name = normaliseName(publisher.name);
      if (index.byName.get(name) === null || name.replace(/ /g, '').length < 4) continue;
      expect(idFor(page('https://unknown.example/a', { ogSiteName: publisher.name }))).toBe(publisher.id);
    }
  });

  it('decodes an AMP cache copy of a registry domain', () => {
    const first = pairs[0];
    if (!first) return;
    const label = `www.${first.domain}`.replace(/-/g, '--').replace(/\./g, '-');
    expect(idFor(page(`https://${label}.cdn.ampproject.org/c/s/www.${first.domain}/a`))).toBe(first.id);
  });
});

const KNOWN: { title: string; meta: PageMetadata; id: string | null }[] = [
  { title: 'an RFE/RL story page', meta: page('https://www.rferl.org/a/russia-undesirable/31550000.html'), id: 'rferl' },
  { title: 'a Krym.Realii page on its listed language host', meta: page('https://ru.krymr.com/a/1.html'), id: 'rferl' },
  { title: 'a DW mobile page', meta: page('https://m.dw.com/ru/a-1'), id: 'dw' },
  { title: 'a BBC page under co.uk', meta: page('https://www.bbc.co.uk/news/world-1'), id: 'bbc' },
  { title: 'an RFE/RL page in the AMP cache', meta: page('https://www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/amp/1.html'), id: 'rferl' },
  { title: 'a Golos Ameriki page through the translate proxy', meta: page('https://www-golos--ameriki-ru.translate.goog/a/1.html'), id: 'voa' },
  { title: 'an archived Meduza page', meta: page('https://web.archive.org/web/20240101000000/https://meduza.io/feature/1'), id: 'meduza' },
  { title: 'a look-alike of rferl.org', meta: page('https://rferl.org.evil.com/a/1.html'), id: null },
  { title: 'a blog calling itself Radio Svoboda', meta: page('https://blog.example/a', { ogSiteName: 'Radio Svoboda' }), id: 'rferl' },
];
const knownIds = new Set(publishers.map((p) => p.id));

describe.skipIf(!present)('identifyPublisher on known real pages', () => {
  it.each(KNOWN.filter((row) => row.id === null || knownIds.has(row.id)))('identifies $title as $id', ({ meta, id }) => {
    expect(idFor(meta)).toBe(id);
  });
});
