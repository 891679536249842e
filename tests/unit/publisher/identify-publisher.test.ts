import { describe, expect, it } from 'vitest';
import { buildPublisherIndex } from '@/lib/publisher/build-publisher-index';
import { type ClaimSource, identifyPublisher, type MatchHow } from '@/lib/publisher/identify-publisher';
import type { PageMetadata } from '@/lib/protocol';
import { SYNTHETIC_PUBLISHERS } from './synthetic-registry';

const index = buildPublisherIndex(SYNTHETIC_PUBLISHERS);

function page(url: string, rest: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url, canonicalUrl: null, ogUrl: null, ogSiteName: null, jsonLdPublisherName: null,
    jsonLdPublisherUrl: null, lang: null, modifiedTime: null, ...rest,
  };
}

interface Row {
  title: string;
  meta: PageMetadata;
  id: string | null;
  how?: MatchHow;
  mismatch?: ClaimSource;
}

const RFERL = 'https://www.rferl.org/a/story/31550000.html';
const ROWS: Row[] = [
  // Plain domains, www, case, trailing dot, port
  { title: 'matches a bare registry domain', meta: page('https://rferl.org/a/1.html'), id: 'rferl', how: 'domain' },
  { title: 'treats www. as the domain itself', meta: page(RFERL), id: 'rferl', how: 'domain' },
  { title: 'ignores the case of the host', meta: page('https://WWW.RFERL.ORG/a/1.html'), id: 'rferl', how: 'domain' },
  { title: 'ignores a trailing dot on the host', meta: page('https://www.rferl.org./a'), id: 'rferl', how: 'domain' },
  { title: 'ignores the port', meta: page('https://www.rferl.org:8443/a'), id: 'rferl', how: 'domain' },
  { title: 'matches a listed host exactly', meta: page('https://pressroom.rferl.org/x'), id: 'rferl', how: 'domain' },
  // Language and service subdomains
  { title: 'matches a listed language host', meta: page('https://ru.krymr.com/a/1.html'), id: 'rferl', how: 'domain' },
  { title: 'matches www. of a listed host', meta: page('https://www.ru.krymr.com/'), id: 'rferl', how: 'domain' },
  { title: 'does not match a sibling of a listed host whose parent is unverified', meta: page('https://en.krymr.com/a'), id: null },
  { title: 'does not match an unverified domain', meta: page('https://krymr.com/'), id: null },
  { title: 'matches a mobile subdomain', meta: page('https://m.dw.com/en/x/a-1'), id: 'dw', how: 'subdomain' },
  { title: 'matches an amp subdomain', meta: page('https://amp.dw.com/en/x/a-1'), id: 'dw', how: 'subdomain' },
  { title: 'matches a deep subdomain', meta: page('https://a.b.svoboda.org/x'), id: 'rferl', how: 'subdomain' },
  // Country-code second-level domains
  { title: 'matches under a co.uk registrable domain', meta: page('https://www.bbc.co.uk/news'), id: 'bbc', how: 'domain' },
  { title: 'matches a subdomain under co.uk', meta: page('http://news.bbc.co.uk/2/hi/1.stm'), id: 'bbc', how: 'subdomain' },
  { title: 'matches a subdomain under com.cn', meta: page('https://global.chinadaily.com.cn/a'), id: 'china-daily', how: 'subdomain' },
  { title: 'never matches a bare public suffix', meta: page('https://co.uk/'), id: null },
  { title: 'does not match a longer name under the same suffix', meta: page('https://evilbbc.co.uk/'), id: null },
  { title: 'does not match com.cn itself', meta: page('https://com.cn/'), id: null },
  // Look-alikes
  { title: 'does not match a domain used as a subdomain of another', meta: page('https://rferl.org.evil.com/a'), id: null },
  { title: 'does not match a dashed look-alike', meta: page('https://rferl-org.com/'), id: null },
  { title: 'does not match a digit look-alike', meta: page('https://rfer1.org/'), id: null },
  { title: 'does not match a prefixed look-alike', meta: page('https://myrferl.org/'), id: null },
  { title: 'does not match a homograph with a Cyrillic letter', meta: page('https://rf\u0435rl.org/a'), id: null },
  { title: 'does not match a known domain given as user info', meta: page('https://rferl.org@evil.example/a'), id: null },
  { title: 'does not match a look-alike canonical link', meta: page('https://mirror.example.net/a', { canonicalUrl: 'https://rferl.org.evil.com/a' }), id: null },
  { title: 'does not match a look-alike publisher URL', meta: page('https://example.com/', { jsonLdPublisherUrl: 'https://rferl.org.evil.com/' }), id: null },
  { title: 'does not match a look-alike behind an AMP cache', meta: page('https://www-rferl--org-com.cdn.ampproject.org/c/s/www.rferl-org.com/'), id: null },
  // Mirrors
  { title: 'treats a canonical link to a known domain as a mirror', meta: page('https://mirror.example.net/a', { canonicalUrl: RFERL }), id: 'rferl', how: 'mirror' },
  { title: 'treats an og:url on a known domain as a mirror', meta: page('https://mirror.example.net/a', { ogUrl: 'https://www.svoboda.org/a/1.html' }), id: 'rferl', how: 'mirror' },
  { title: 'does not flag a mirror that names the publisher its canonical link points to', meta: page('https://mirror.example.net/a', { canonicalUrl: RFERL, ogSiteName: 'RFE/RL' }), id: 'rferl', how: 'mirror' },
  // Proxies
  { title: 'decodes the AMP cache host form', meta: page('https://www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/amp/a/1.html'), id: 'rferl', how: 'proxy' },
  { title: 'falls back to the AMP cache path when the host is a hash', meta: page('https://v2a7lbz7afh3pkp6l6hqhz7ufjidjyeqd6a5vhafgovesdaqgoxq.cdn.ampproject.org/c/s/www.dw.com/en/x/a-1'), id: 'dw', how: 'proxy' },
  { title: 'decodes a Google Translate proxy host', meta: page('https://www-rferl-org.translate.goog/a/1.html?_x_tr_sl=en&_x_tr_tl=ru'), id: 'rferl', how: 'proxy' },
  { title: 'decodes a translate proxy host with a language subdomain', meta: page('https://ru-krymr-com.translate.goog/a/1.html'), id: 'rferl', how: 'proxy' },
  { title: 'decodes double dashes in a translate proxy host', meta: page('https://www-golos--ameriki-ru.translate.goog/a'), id: 'voa', how: 'proxy' },
  { title: 'reads the u parameter of translate.google.com', meta: page('https://translate.google.com/translate?hl=en&u=https://www.dw.com/ru/x/a-1'), id: 'dw', how: 'proxy' },
  { title: 'reads the cached URL of a Google cache page', meta: page('https://webcache.googleusercontent.com/search?q=cache:AbCdEf123456:https://meduza.io/news/1'), id: 'meduza', how: 'proxy' },
  { title: 'reads the original URL of a Wayback Machine copy', meta: page('https://web.archive.org/web/20240202000000/https://www.rferl.org/a/1.html'), id: 'rferl', how: 'proxy' },
  { title: 'reads a Wayback URL with flags and a mangled scheme', meta: page('https://web.archive.org/web/2024id_/http:/meduza.io/feature/1'), id: 'meduza', how: 'proxy' },
  { title: 'reads a Wayback URL without a scheme', meta: page('https://web.archive.org/web/20240202000000*/svoboda.org/a'), id: 'rferl', how: 'proxy' },
  // JSON-LD publisher URL and names
  { title: 'matches the JSON-LD publisher URL', meta: page('https://example.org/story', { jsonLdPublisherUrl: 'https://www.rferl.org/' }), id: 'rferl', how: 'publisher-url', mismatch: 'json-ld-publisher-url' },
  { title: 'matches og:site_name by exact name', meta: page('https://blog.example/x', { ogSiteName: 'Meduza' }), id: 'meduza', how: 'publisher-name', mismatch: 'og-site-name' },
  { title: 'matches a name regardless of case', meta: page('https://blog.example/x', { jsonLdPublisherName: 'радио свобода' }), id: 'rferl', how: 'publisher-name', mismatch: 'json-ld-publisher-name' },
  { title: 'matches a name regardless of punctuation and spacing', meta: page('https://blog.example/x', { ogSiteName: ' RFE / RL ' }), id: 'rferl', how: 'publisher-name', mismatch: 'og-site-name' },
  { title: 'matches a name regardless of diacritics', meta: page('https://blog.example/x', { ogSiteName: 'ELAN VITAL PRESS' }), id: 'elan', how: 'publisher-name', mismatch: 'og-site-name' },
  { title: 'matches a registry name without its parenthesised qualifier', meta: page('https://blog.example/x', { ogSiteName: 'Radio Free Europe/Radio Liberty' }), id: 'rferl', how: 'publisher-name', mismatch: 'og-site-name' },
  { title: 'never matches a name that only contains a publisher name', meta: page('https://blog.example/x', { ogSiteName: 'Meduza Fan Club' }), id: null },
  { title: 'never matches a name of three letters or fewer, which many outlets share', meta: page('https://blog.example/x', { ogSiteName: 'BBC' }), id: null },
  { title: 'never matches a name two publishers share', meta: page('https://blog.example/x', { ogSiteName: 'Echo' }), id: null },
  { title: 'prefers the address over a name claim', meta: page(RFERL, { ogSiteName: 'BBC News' }), id: 'rferl', how: 'domain', mismatch: 'og-site-name' },
  { title: 'raises no mismatch when the claim fits the address', meta: page(RFERL, { canonicalUrl: RFERL, ogSiteName: 'RFE/RL', jsonLdPublisherUrl: 'https://www.svoboda.org/' }), id: 'rferl', how: 'domain' },
  { title: 'flags a look-alike host that names a known publisher', meta: page('https://rferl.org.evil.com/a', { canonicalUrl: 'https://rferl.org.evil.com/a', ogSiteName: 'RFE/RL' }), id: 'rferl', how: 'publisher-name', mismatch: 'og-site-name' },
  { title: 'flags a known host whose canonical address is elsewhere', meta: page(RFERL, { canonicalUrl: 'https://example.net/a', ogSiteName: 'RFE/RL' }), id: 'rferl', how: 'domain', mismatch: 'og-site-name' },
  // IDN, IP, localhost, file:
  { title: 'matches a punycode host against a Unicode registry domain', meta: page('https://xn--e1afmkfd.xn--p1ai/news'), id: 'primer', how: 'domain' },
  { title: 'matches a Unicode URL host', meta: page('https://www.пример.рф/news'), id: 'primer', how: 'domain' },
  { title: 'does not match an IPv4 address', meta: page('http://127.0.0.1:8080/a'), id: null },
  { title: 'does not match an IPv6 address', meta: page('http://[::1]/a'), id: null },
  { title: 'does not match localhost', meta: page('http://localhost:3000/a'), id: null },
  { title: 'does not match a file: URL', meta: page('file:///home/reader/story.html'), id: null },
  { title: 'flags a file: page that names a known publisher', meta: page('file:///home/reader/story.html', { ogSiteName: 'Meduza' }), id: 'meduza', how: 'publisher-name', mismatch: 'og-site-name' },
];

describe('identifyPublisher', () => {
  it.each(ROWS)('$title', ({ meta, id, how, mismatch }) => {
    const result = identifyPublisher(meta, index);
    expect(result.matched ? result.publisher.id : null).toBe(id);
    if (!result.matched) return;
    expect(result.how).toBe(how);
    expect(result.claimMismatch?.claimedBy ?? null).toBe(mismatch ?? null);
  });

  it('has at least forty cases in its table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });
});
