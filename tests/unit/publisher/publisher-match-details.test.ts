import { describe, expect, it } from 'vitest';
import { buildPublisherIndex } from '@/lib/publisher/build-publisher-index';
import { decodeDashedHost, decodeProxyUrl } from '@/lib/publisher/decode-proxy-url';
import { identifyPublisher } from '@/lib/publisher/identify-publisher';
import { normaliseName, shortName } from '@/lib/publisher/normalise-name';
import type { PageMetadata } from '@/lib/protocol';
import { publisher, SYNTHETIC_PUBLISHERS } from './synthetic-registry';

const index = buildPublisherIndex(SYNTHETIC_PUBLISHERS);

function page(url: string, rest: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url, canonicalUrl: null, ogUrl: null, ogSiteName: null, jsonLdPublisherName: null,
    jsonLdPublisherUrl: null, lang: null, modifiedTime: null, ...rest,
  };
}

describe('identifyPublisher details', () => {
  it('reports the host and registrable domain of an unknown page', () => {
    expect(identifyPublisher(page('https://Sub.Example.co.uk./x'), index)).toEqual({
      matched: false, host: 'sub.example.co.uk', registrableDomain: 'example.co.uk',
    });
  });

  it('reports no registrable domain for an IP address and no host for a file: page', () => {
    expect(identifyPublisher(page('http://192.168.0.1/'), index)).toEqual({
      matched: false, host: '192.168.0.1', registrableDomain: null,
    });
    expect(identifyPublisher(page('file:///tmp/a.html'), index)).toEqual({ matched: false, host: null, registrableDomain: null });
  });

  it('explains a mirror by its canonical link and names the matched domain', () => {
    const result = identifyPublisher(page('https://mirror.example.net/a', { canonicalUrl: 'https://www.rferl.org/a' }), index);
    expect(result).toMatchObject({
      matched: true, evidenceHost: 'www.rferl.org', explanation: 'canonical link — this looks like a mirror of rferl.org',
    });
  });

  it('explains a subdomain with the domain it belongs to and the publisher name without its qualifier', () => {
    const result = identifyPublisher(page('https://m.dw.com/en/a-1'), index);
    expect(result).toMatchObject({ explanation: 'page address — m.dw.com is on dw.com, listed as a domain of Deutsche Welle' });
  });

  it('gives the decoded original host as evidence for a proxied copy', () => {
    const result = identifyPublisher(page('https://www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/a'), index);
    expect(result).toMatchObject({ evidenceHost: 'www.rferl.org', explanation: 'AMP cache — this is a cached copy of a page on www.rferl.org' });
  });

  it('words a claim mismatch neutrally, naming the claimed publisher and the canonical host', () => {
    const result = identifyPublisher(
      page('https://example.net/a', { canonicalUrl: 'https://example.net/a', jsonLdPublisherName: 'RFE/RL' }),
      index,
    );
    expect(result.matched && result.claimMismatch).toMatchObject({
      host: 'example.net',
      explanation:
        'This page names Radio Free Europe/Radio Liberty as its publisher, but its canonical address is on example.net, ' +
        'which is not among the domains Masthead lists for Radio Free Europe/Radio Liberty.',
    });
  });

  it('checks a claim against the page address when there is no canonical link', () => {
    const result = identifyPublisher(page('https://blog.example/x', { ogSiteName: 'BBC News' }), index);
    expect(result.matched && result.claimMismatch?.explanation).toContain('its address is on blog.example');
  });

  it('checks a claim on a proxied copy against the original host', () => {
    const result = identifyPublisher(page('https://www-rferl-org.translate.goog/a', { ogSiteName: 'RFE/RL' }), index);
    expect(result).toMatchObject({ how: 'proxy', claimMismatch: null });
  });
});

describe('buildPublisherIndex', () => {
  it('indexes verified domains only', () => {
    expect(index.byDomain.get('rferl.org')?.id).toBe('rferl');
    expect(index.byDomain.has('krymr.com')).toBe(false);
  });

  it('stores Unicode registry domains in punycode', () => {
    expect(index.byDomain.get('xn--e1afmkfd.xn--p1ai')?.id).toBe('primer');
  });

  it('marks a name shared by two publishers as ambiguous', () => {
    expect(index.byName.get('echo')).toBeNull();
    expect(index.byName.get('echo two')?.id).toBe('echo-two');
  });

  it('keeps a domain listed twice with the first publisher', () => {
    const twice = buildPublisherIndex([publisher('a', 'A', ['same.example']), publisher('b', 'B', ['same.example'])]);
    expect(twice.byDomain.get('same.example')?.id).toBe('a');
  });
});

describe('name and host helpers', () => {
  it.each([
    ['RFE/RL', 'rfe rl'],
    ['  Deutsche   Welle (DW) ', 'deutsche welle dw'],
    ['Élan Vital', 'elan vital'],
    ['Радио «Свобода»', 'радио свобода'],
    ['—', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('drops only a trailing parenthesised qualifier from a registry name', () => {
    expect(shortName('Meduza (SIA Medusa Project, Latvia)')).toBe('Meduza');
    expect(shortName('(DW)')).toBe('(DW)');
  });

  it.each([
    ['www-rferl-org', 'www.rferl.org'],
    ['www-golos--ameriki-ru', 'www.golos-ameriki.ru'],
    ['0-xn----e1afmkfd-xn----p1ai-0', 'xn--e1afmkfd.xn--p1ai'],
    ['v2a7lbz7afh3pkp6l6hqhz7ufjidjyeqd6a5vhafgovesdaqgoxq', null],
  ])('decodes the cache label %j to %j', (label, expected) => {
    expect(decodeDashedHost(label)).toBe(expected);
  });

  it('leaves ordinary URLs alone', () => {
    expect(decodeProxyUrl('https://www.rferl.org/a/1.html')).toBeNull();
    expect(decodeProxyUrl('https://web.archive.org/about/')).toBeNull();
  });
});
