/**
 * Everything the popup and the reader show beside the story, from the page script's result and the reader's
 * jurisdiction choice: who published the page, what states say about them, what is risky where the reader lives,
 * what the publisher itself says, and how old the story is. Pure; the registry comes in bundled, nothing leaves.
 * @module lib/page-report
 */
import { articleAge, type ArticleAge } from '@/lib/article-age';
import type { PublisherIndex } from '@/lib/publisher/build-publisher-index';
import { identifyPublisher, type PublisherMatch } from '@/lib/publisher/identify-publisher';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { DesignationMention, ExtractResult, PageMetadata, PublisherNotice } from '@/lib/protocol';
import type { LegalNote } from '@/lib/registry/legal-schema';
import type { Publisher } from '@/lib/registry/schema';
import { buildWarnings } from '@/lib/warnings/build-warnings';
import type { SourceWarnings } from '@/lib/warnings/types';

/** The source context of one page. */
export interface PageReport {
  match: PublisherMatch;
  publisher: Publisher | undefined;
  warnings: SourceWarnings;
  /** How old the story is; null without a story or a publication date. */
  age: ArticleAge | null;
  notices: PublisherNotice[];
  mentions: DesignationMention[];
}

/** The registry data a report is built from (the bundled registry in the extension; small fixtures in tests). */
export interface ReportData {
  index: PublisherIndex;
  notes: ReadonlyMap<string, LegalNote>;
}

/** Metadata known from the tab URL alone, for pages the script could not read (a PDF on a publisher's domain). */
export function metadataFromUrl(url: string): PageMetadata {
  return { url, canonicalUrl: null, ogUrl: null, ogSiteName: null, jsonLdPublisherName: null, jsonLdPublisherUrl: null, lang: null, modifiedTime: null };
}

/**
 * Builds the source context for a page.
 * @param result what the page script returned
 * @param tabUrl the tab's URL, used when the script could not read the page
 * @param reader the reader's jurisdiction choice; null until they choose
 * @param now the reference date for the article's age
 * @returns null when there is nothing to identify (no metadata and no http(s) URL)
 */
export function buildPageReport(result: ExtractResult, tabUrl: string | undefined, reader: JurisdictionChoice | null,
  now: Date, data: ReportData): PageReport | null {
  const meta = result.meta ?? (tabUrl && /^https?:/.test(tabUrl) ? metadataFromUrl(tabUrl) : null);
  if (!meta) return null;
  const match = identifyPublisher(meta, data.index);
  const publisher = match.matched ? match.publisher : undefined;
  return {
    match,
    publisher,
    warnings: buildWarnings(publisher, reader, data.notes),
    age: result.ok ? articleAge(result.article.publishedTime, now) : null,
    notices: result.notices,
    mentions: result.ok ? result.mentions : [],
  };
}
