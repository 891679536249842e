import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '@/lib/export/article-to-markdown';
import { makeArticle, makeInput } from './export-fixture';

/** The front matter lines between the two `---` fences. */
function frontMatterOf(markdown: string): string[] {
  const lines = markdown.split('\n');
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end);
}

describe('articleToMarkdown', () => {
  it('opens with front matter carrying the provenance', () => {
    const markdown = articleToMarkdown(makeInput());
    expect(markdown.startsWith('---\n')).toBe(true);
    const front = frontMatterOf(markdown);
    expect(front).toContain('title: "Floods reach the delta"');
    expect(front).toContain('source: "https://news.example/world/floods?utm=x&id=1"');
    expect(front).toContain('publisher: "News Example Media"');
    expect(front).toContain('published: "2 Feb 2024"');
    expect(front).toContain('published_iso: "2024-02-02T09:30:00Z"');
    expect(front).toContain('retrieved_iso: "2026-11-28T01:46:45.000Z"');
    expect(front).toContain('publisher_status:');
    expect(front).toContain('note: "Exported by Masthead; no copy kept."');
  });

  it('converts the story body to Markdown', () => {
    const markdown = articleToMarkdown(makeInput());
    expect(markdown).toContain('# Floods reach the delta');
    expect(markdown).toContain('[third](https://hydro.example/)');
    expect(markdown).toContain('## Shelters');
    expect(markdown).toMatch(/^-\s+School No\. 4$/m);
    expect(markdown).toContain('![Levee](https://cdn.example/a.jpg)');
    expect(markdown).toContain('```\n6.2 m\n```');
  });

  it('keeps metadata with quotes and line breaks inside their front-matter value', () => {
    const markdown = articleToMarkdown(
      makeInput({ article: makeArticle({ title: 'A "quoted"\n---\nevil: true' }), statusLines: ['line "one"\nnext'] }),
    );
    const front = frontMatterOf(markdown);
    expect(front).toContain('title: "A \\"quoted\\"\\n---\\nevil: true"');
    expect(front).not.toContain('evil: true');
    expect(front).toContain('  - "line \\"one\\"\\nnext"');
  });

  it('keeps tables as HTML, since Markdown has no tables of its own', () => {
    const html = '<table><tbody><tr><td>Delta gauge</td><td>4.8 m</td></tr></tbody></table>';
    const markdown = articleToMarkdown(makeInput({ article: makeArticle({ contentHtml: html }) }));
    expect(markdown).toContain('<td>Delta gauge</td>');
  });
});

describe('articleToMarkdown lead image', () => {
  it('adds the lead image with parentheses encoded so the link stays whole', () => {
    const markdown = articleToMarkdown(makeInput({ article: makeArticle({ leadImageUrl: 'https://cdn.example/a (1).jpg' }) }));
    expect(markdown).toContain('![](https://cdn.example/a%20%281%29.jpg)');
  });
});

describe('articleToMarkdown with a malformed lead image URL', () => {
  it('still produces Markdown instead of throwing', () => {
    const markdown = articleToMarkdown(makeInput({ article: makeArticle({ leadImageUrl: 'https://cdn.example/%E0%A4%A.jpg' }) }));
    expect(markdown).toContain('![](https://cdn.example/');
  });
});
