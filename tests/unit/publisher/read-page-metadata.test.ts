import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/lib/publisher/read-page-metadata';

const URL_ = 'https://www.rferl.org/a/russia-undesirable/31550000.html';

function doc(head: string, htmlAttrs = 'lang="en"'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><p>x</p></body></html>`, 'text/html');
}

function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('readPageMetadata', () => {
  it('returns nulls for a page that says nothing about itself', () => {
    expect(readPageMetadata(doc('', ''), URL_)).toEqual({
      url: URL_, canonicalUrl: null, ogUrl: null, ogSiteName: null, jsonLdPublisherName: null,
      jsonLdPublisherUrl: null, lang: null, modifiedTime: null,
    });
  });

  it('resolves a relative canonical link and og:url against the page URL', () => {
    const meta = readPageMetadata(
      doc('<link rel="Canonical" href="/a/31550000.html"><meta property="og:url" content="//www.rferl.org/amp/1">'),
      URL_,
    );
    expect(meta.canonicalUrl).toBe('https://www.rferl.org/a/31550000.html');
    expect(meta.ogUrl).toBe('https://www.rferl.org/amp/1');
  });

  it('finds canonical among several rel tokens and ignores other links', () => {
    const meta = readPageMetadata(doc('<link rel="alternate" href="https://m.example/"><link rel="amphtml canonical" href="https://a.example/x">'), URL_);
    expect(meta.canonicalUrl).toBe('https://a.example/x');
  });

  it('drops javascript: and data: URLs', () => {
    const meta = readPageMetadata(
      doc('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">'),
      URL_,
    );
    expect([meta.canonicalUrl, meta.ogUrl]).toEqual([null, null]);
  });

  it('trims and collapses whitespace in og:site_name', () => {
    expect(readPageMetadata(doc('<meta property="og:site_name" content="  Radio Free Europe/Radio Liberty\n ">'), URL_).ogSiteName)
      .toBe('Radio Free Europe/Radio Liberty');
  });

  it('reads the publisher of a NewsArticle', () => {
    const meta = readPageMetadata(doc(ld({
      '@context': 'https://schema.org', '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'RFE/RL', url: 'https://www.rferl.org/' },
      dateModified: '2024-02-02T10:00:00+03:00',
    })), URL_);
    expect(meta).toMatchObject({
      jsonLdPublisherName: 'RFE/RL', jsonLdPublisherUrl: 'https://www.rferl.org/', modifiedTime: '2024-02-02T07:00:00.000Z',
    });
  });

  it('follows @graph and @id references to the publisher node', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://meduza.io/#website', name: 'Meduza' },
        { '@type': ['ReportageNewsArticle'], '@id': 'https://meduza.io/a#article', publisher: { '@id': 'https://meduza.io/#org' } },
        { '@type': 'NewsMediaOrganization', '@id': 'https://meduza.io/#org', name: 'Meduza', url: 'https://meduza.io' },
      ],
    };
    expect(readPageMetadata(doc(ld(graph)), URL_)).toMatchObject({ jsonLdPublisherName: 'Meduza', jsonLdPublisherUrl: 'https://meduza.io/' });
  });

  it('uses the publisher @id as its URL when no url is given', () => {
    const meta = readPageMetadata(doc(ld([{ '@type': 'Article', publisher: { '@id': 'https://www.dw.com/#publisher', name: 'DW' } }])), URL_);
    expect(meta.jsonLdPublisherUrl).toBe('https://www.dw.com/#publisher');
  });

  it('prefers an article over a WebPage and skips broken scripts', () => {
    const head = '<script type="application/ld+json">{ "@type": "NewsArticle", broken </script>'
      + ld({ '@type': 'WebPage', publisher: { name: 'Page Publisher' } })
      + ld({ '@type': 'schema:NewsArticle', publisher: [{ name: 'Article Publisher' }] });
    expect(readPageMetadata(doc(head), URL_).jsonLdPublisherName).toBe('Article Publisher');
  });

  it('falls back to a WebPage publisher and accepts a publisher given as a string', () => {
    const head = ld({ '@type': 'Organization', name: 'Not an article' }) + ld({ '@type': 'WebPage', publisher: 'Current Time' });
    expect(readPageMetadata(doc(head), URL_)).toMatchObject({ jsonLdPublisherName: 'Current Time', jsonLdPublisherUrl: null });
  });

  it('reads JSON-LD wrapped in CDATA markers', () => {
    const head = `<script type="application/ld+json">\n  <![CDATA[ ${JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'Wrapped' } })} ]]>\n</script>`;
    expect(readPageMetadata(doc(head), URL_).jsonLdPublisherName).toBe('Wrapped');
  });

  it('ignores JSON-LD that is not an object tree', () => {
    const head = ld(42) + ld('text') + ld(null) + ld([[[{ '@type': 'Thing' }]]]);
    expect(readPageMetadata(doc(head), URL_).jsonLdPublisherName).toBeNull();
  });

  it('prefers article:modified_time over JSON-LD dateModified and ignores unparsable dates', () => {
    const head = '<meta property="article:modified_time" content="2021-11-05T12:00:00Z">'
      + ld({ '@type': 'NewsArticle', dateModified: '2020-01-01T00:00:00Z' });
    expect(readPageMetadata(doc(head), URL_).modifiedTime).toBe('2021-11-05T12:00:00.000Z');
    expect(readPageMetadata(doc('<meta property="article:modified_time" content="yesterday">'), URL_).modifiedTime).toBeNull();
  });

  it.each([
    ['lang="ru"', 'ru'],
    ['lang=" pt-BR "', 'pt-BR'],
    ['lang="en_US"', 'en-US'],
    ['lang=""', null],
    ['lang="<script>"', null],
  ])('reads <html %s> as %j', (attrs, expected) => {
    expect(readPageMetadata(doc('', attrs), URL_).lang).toBe(expected);
  });

  it('ignores an implausibly long site name', () => {
    expect(readPageMetadata(doc(`<meta property="og:site_name" content="${'A'.repeat(5000)}">`), URL_).ogSiteName).toBeNull();
  });

  it('gives up on JSON-LD nested deeper than any real page without throwing', () => {
    const nested = `${'['.repeat(5000)}{"@type":"NewsArticle","publisher":{"name":"Deep"}}${']'.repeat(5000)}`;
    const meta = readPageMetadata(doc(`<script type="application/ld+json">${nested}</script>`), URL_);
    expect(meta.jsonLdPublisherName).toBeNull();
  });
});
