import { describe, expect, it } from 'vitest';
import { articleToHtmlDocument } from '@/lib/export/article-to-html-document';
import { makeArticle, makeInput } from './export-fixture';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('articleToHtmlDocument', () => {
  it('produces a standalone document with the title, the story and a print stylesheet', () => {
    const doc = parse(articleToHtmlDocument(makeInput()));
    expect(doc.title).toBe('Floods reach the delta');
    expect(doc.querySelector('article h1')?.textContent).toBe('Floods reach the delta');
    expect(doc.querySelector('article figcaption')?.textContent).toBe('A levee');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
  });

  it('states source, publisher, dates, statuses and that no copy is kept', () => {
    const doc = parse(articleToHtmlDocument(makeInput()));
    const header = doc.querySelector('header.masthead-provenance');
    const text = header?.textContent ?? '';
    expect(header?.querySelector('a')?.getAttribute('href')).toBe('https://news.example/world/floods?utm=x&id=1');
    expect(text).toContain('News Example Media');
    expect(text).toContain('2 Feb 2024');
    expect(text).toContain('28 Nov 2026, 01:46 UTC');
    expect(text).toContain("Listed as 'undesirable' by Russia's Prosecutor General on 2 Feb 2024");
    expect(text).toContain('Exported by Masthead; no copy kept.');
  });

  it('says a publish date is missing instead of leaving it out', () => {
    const doc = parse(articleToHtmlDocument(makeInput({ article: makeArticle({ publishedTime: null }) })));
    expect(doc.querySelector('header')?.textContent).toContain('date not stated by the page');
  });

  it('labels the page’s own site name as such when Masthead did not identify the publisher', () => {
    const doc = parse(articleToHtmlDocument(makeInput({ publisherName: null })));
    expect(doc.querySelector('header')?.textContent).toContain('News Example (as the page names itself; not identified by Masthead)');
  });

  it('escapes every metadata string so page text cannot become markup', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const html = articleToHtmlDocument(
      makeInput({
        article: makeArticle({ title: evil, byline: evil, lang: '"><script>x</script>' }),
        publisherName: evil,
        statusLines: [evil],
        url: 'javascript:alert(1)',
      }),
    );
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(doc.querySelector('header a')).toBeNull();
    expect(doc.title).toBe(evil);
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
  });

  it('locks the file down with a Content-Security-Policy that allows no scripts', () => {
    const csp = parse(articleToHtmlDocument(makeInput())).querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toContain("default-src 'none'");
    expect(csp?.getAttribute('content')).not.toContain('script-src');
  });

  it('leaves out the status list when there are no statuses', () => {
    const doc = parse(articleToHtmlDocument(makeInput({ statusLines: [] })));
    expect(doc.querySelector('.masthead-status')).toBeNull();
  });
});

describe('articleToHtmlDocument lead image', () => {
  it('shows the lead image the story body does not already show, and only an http(s) one', () => {
    const withLead = parse(articleToHtmlDocument(makeInput({ article: makeArticle({ leadImageUrl: 'https://cdn.example/lead.jpg' }) })));
    expect(withLead.querySelector('figure.lead-image img')?.getAttribute('src')).toBe('https://cdn.example/lead.jpg');
    const unsafe = parse(articleToHtmlDocument(makeInput({ article: makeArticle({ leadImageUrl: 'javascript:alert(1)' }) })));
    expect(unsafe.querySelector('figure.lead-image')).toBeNull();
  });
});
