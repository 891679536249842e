/**
 * Golden notice fixtures: each tests/fixtures/notices/<slug>/ holds a page as a news CMS serves it (source.html) and
 * what Masthead must read from it (expected.json): the publisher's notices, verbatim; the designation markers the
 * story mentions; and text the cleaned story must and must not contain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract-article';
import { detectNotices } from '@/lib/notices/detect-notices';
import { findDesignationMentions } from '@/lib/notices/designation-mentions';
import type { DesignationMention, PublisherNotice } from '@/lib/protocol';

interface Expected {
  notices: PublisherNotice[];
  mentions: Pick<DesignationMention, 'marker' | 'designation'>[];
  storyIncludes: string[];
  storyExcludes: string[];
  storyAtMostOnce?: string[];
}

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/notices');
const slugs = readdirSync(FIXTURES).sort();

function load(slug: string): { html: string; expected: Expected } {
  return {
    html: readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected,
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The story as the real pipeline produces it (labels out, chrome out, Readability), white space collapsed. */
function cleanedStory(html: string): string {
  const result = extractArticle(parse(html), { force: true });
  return (result.ok ? result.article.textContent : '').replace(/\s+/g, ' ');
}

describe.each(slugs)('fixture %s', (slug) => {
  const { html, expected } = load(slug);

  it('reports exactly the publisher notices the page prints, verbatim and placed', () => {
    expect(detectNotices(parse(html))).toEqual(expected.notices);
  });

  it('does not modify the live document while detecting notices', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    detectNotices(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the story and leaves the page chrome and the notices out of it', () => {
    const story = cleanedStory(html);
    for (const text of expected.storyIncludes) expect(story).toContain(text);
    for (const text of expected.storyExcludes) expect(story).not.toContain(text);
    for (const text of expected.storyAtMostOnce ?? []) expect(story.split(text).length - 1).toBeLessThanOrEqual(1);
  });

  it('lists the designation markers the story states about others', () => {
    const mentions = findDesignationMentions(cleanedStory(html)).map(({ marker, designation }) => ({ marker, designation }));
    expect(mentions).toEqual(expected.mentions);
  });
});
