import type { ExportInput } from '@/lib/export/export-input';
import type { CleanArticle } from '@/lib/protocol';

/** A cleaned story as the extractor returns it, with overridable fields. */
export function makeArticle(overrides: Partial<CleanArticle> = {}): CleanArticle {
  return {
    title: 'Floods reach the delta',
    byline: 'A. Reporter',
    siteName: 'News Example',
    publishedTime: '2024-02-02T09:30:00Z',
    modifiedTime: null,
    excerpt: 'Water levels rose for a third day.',
    lang: 'en',
    dir: 'ltr',
    leadImageUrl: null,
    contentHtml: '<p>Water levels rose for a <a href="https://hydro.example/">third</a> day.</p><h2>Shelters</h2><ul><li>School No. 4</li></ul><figure><img src="https://cdn.example/a.jpg" alt="Levee"><figcaption>A levee</figcaption></figure><pre><code>6.2 m</code></pre>',
    textContent: 'Water levels rose for a third day.',
    wordCount: 7,
    readingMinutes: 1,
    ...overrides,
  };
}

/** An export input for the fixture story, with overridable fields. */
export function makeInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    article: makeArticle(),
    url: 'https://news.example/world/floods?utm=x&id=1',
    publisherName: 'News Example Media',
    statusLines: ["Listed as 'undesirable' by Russia's Prosecutor General on 2 Feb 2024 — source: https://example.gov/list"],
    retrievedAt: new Date('2026-11-28T01:46:45Z'),
    ...overrides,
  };
}
