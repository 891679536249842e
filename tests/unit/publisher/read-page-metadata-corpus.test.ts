/**
 * readPageMetadata over Mozilla Readability's 128 saved pages (../shared/corpora/readability-test-pages, Apache-2.0):
 * it never throws on real markup, keeps only http(s) URLs, and agrees with Readability's own siteName, which
 * Readability takes from the same sources (JSON-LD publisher.name, else og:site_name).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/lib/publisher/read-page-metadata';

const CORPUS = resolve(process.cwd(), '../shared/corpora/readability-test-pages');
const slugs = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((slug) => existsSync(join(CORPUS, slug, 'source.html'))).sort()
  : [];
const PAGE_URL = 'http://fakehost/test/page.html';

function siteNameOf(slug: string): string | null {
  const file = join(CORPUS, slug, 'expected-metadata.json');
  if (!existsSync(file)) return null;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const name = typeof value === 'object' && value !== null ? Reflect.get(value, 'siteName') : null;
  return typeof name === 'string' && name.trim() !== '' ? name.replace(/\s+/g, ' ').trim() : null;
}

describe.skipIf(slugs.length === 0)('readPageMetadata on the Readability corpus', () => {
  it.each(slugs)('reads %s without throwing and keeps only http(s) URLs', (slug) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(CORPUS, slug, 'source.html'), 'utf8'), 'text/html');
    const meta = readPageMetadata(doc, PAGE_URL);
    for (const url of [meta.canonicalUrl, meta.ogUrl, meta.jsonLdPublisherUrl]) {
      if (url !== null) expect(url).toMatch(/^https?:\/\//);
    }
    const expected = siteNameOf(slug);
    if (expected !== null) expect([meta.jsonLdPublisherName, meta.ogSiteName]).toContain(expected);
  });
});
