/**
 * Readability over a prepared clone, normalised into a CleanArticle.
 * @module lib/article/parse-story
 */
import { Readability } from '@mozilla/readability';
import { removeDatelines } from '@/lib/article/chrome/remove-datelines';
import { removeTitleHeading } from '@/lib/article/chrome/remove-title-heading';
import { fallbackByline } from '@/lib/article/fallback-byline';
import { contentShowsImage, findLeadImage } from '@/lib/article/lead-image';
import { countWords, readingMinutes } from '@/lib/article/reading-stats';
import { stripPageChrome } from '@/lib/article/strip-page-chrome';
import { findDesignationMentions } from '@/lib/notices/designation-mentions';
import type { NoticeBlock } from '@/lib/notices/find-notice-blocks';
import { removeMandatedLabels } from '@/lib/notices/foreign-agent-label';
import type { CleanArticle, DesignationMention, PageMetadata } from '@/lib/protocol';

/** Collapses runs of white space; Readability's textContent keeps the page's indentation. */
function tidyText(text: string): string {
  return text.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Duck-typed: `instanceof Element` fails across windows (the page's isolated world, test windows). */
function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** A byline left as a bare "By" (its date part was a dateline, removed as chrome) names no one. */
function realByline(value: string | null | undefined): string | null {
  const byline = nonEmpty(value);
  return byline && !/^(by|von|par|por|di|de|door|av|af|автор|by:)$/i.test(byline) ? byline : null;
}

/**
 * Cleans the clone (mandated labels, page chrome), runs Readability and normalises its nullable fields.
 * @param clone a clone of the live page; mutated (Readability mutates its input)
 * @param live the live page, for metadata Readability does not read (lead image)
 * @param noticeBlocks the publisher's notices, located in the clone (blocksInClone)
 * @returns null when Readability finds no story
 */
export function parseStory(clone: Document, live: Document, meta: PageMetadata, noticeBlocks?: readonly NoticeBlock[]):
  { article: CleanArticle; mentions: DesignationMention[] } | null {
  removeMandatedLabels(clone);
  stripPageChrome(clone, noticeBlocks);
  removeDatelines(clone);
  // The element serializer lets the body be tidied before it becomes the HTML string the UI receives.
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const body = parsed && isElement(parsed.content) ? parsed.content : null;
  if (body && parsed?.title) removeTitleHeading(body, parsed.title);
  const contentHtml = body?.innerHTML ?? '';
  const text = tidyText(body?.textContent ?? '');
  if (!parsed || text.length === 0) return null;
  const found = findLeadImage(live, meta.url);
  const lead = found && !contentShowsImage(contentHtml, found.url) ? found : null;
  const article: CleanArticle = {
    title: nonEmpty(parsed.title) ?? nonEmpty(live.title) ?? meta.url,
    byline: realByline(parsed.byline) ?? realByline(fallbackByline(live)),
    siteName: nonEmpty(parsed.siteName) ?? meta.ogSiteName,
    publishedTime: nonEmpty(parsed.publishedTime),
    modifiedTime: meta.modifiedTime,
    excerpt: nonEmpty(parsed.excerpt),
    lang: nonEmpty(parsed.lang) ?? meta.lang,
    dir: nonEmpty(parsed.dir),
    leadImageUrl: lead?.url ?? null,
    leadImageCaption: lead?.caption ?? null,
    contentHtml,
    textContent: text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
  };
  return { article, mentions: findDesignationMentions(text) };
}
