/**
 * What an export is made from, and the provenance both export formats print above the story.
 * @module lib/export/export-input
 */
import { formatDate } from '@/lib/format-date';
import type { CleanArticle } from '@/lib/protocol';

/** The story and its source context, as the reader overlay has them. */
export interface ExportInput {
  /** The cleaned story; `contentHtml` is ALREADY sanitized by the caller (sanitizeArticleHtml). */
  article: CleanArticle;
  /** The page URL the story was read from. */
  url: string;
  /** The publisher as identified by Masthead, or null when not identified. */
  publisherName: string | null;
  /** The publisher's statuses as neutral, dated, attributed sentences (already worded by the caller). */
  statusLines: string[];
  /** When the reader exported it. */
  retrievedAt: Date;
}

/** One labelled line of the provenance block; `href` is set when the value is a link. */
export interface ProvenanceField {
  label: string;
  value: string;
  href?: string;
}

/** The provenance statement closing the block: the file is the reader's own, and Masthead keeps nothing. */
export const EXPORT_NOTE = 'Exported by Masthead; no copy kept.';

/** Whether a URL may become a link in an export (the same schemes the sanitizer allows). */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

/** Formats the retrieval moment with its UTC time, since the same story can change within a day. */
function retrievedText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'unknown';
  const day = formatDate(date.toISOString()) ?? date.toISOString();
  return `${day}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** Masthead's identification when there is one; otherwise the page's own claim, labelled as such. */
function publisherText(identified: string | null, siteName: string | null): string {
  if (identified) return identified;
  return siteName ? `${siteName} (as the page names itself; not identified by Masthead)` : 'not identified';
}

/**
 * The provenance lines of an export: source URL, publisher, author, published and retrieved dates. Missing facts are
 * said to be missing rather than left out, so a reader of the file knows they were not stated.
 * @param input the export input
 */
export function provenanceFields(input: ExportInput): ProvenanceField[] {
  const { article } = input;
  const published = formatDate(article.publishedTime);
  const fields: ProvenanceField[] = [
    { label: 'Source', value: input.url, ...(isHttpUrl(input.url) ? { href: input.url } : {}) },
    { label: 'Publisher', value: publisherText(input.publisherName, article.siteName) },
  ];
  if (article.byline) fields.push({ label: 'Byline', value: article.byline });
  fields.push({ label: 'Published', value: published ?? 'date not stated by the page' });
  const updated = formatDate(article.modifiedTime);
  if (updated && updated !== published) fields.push({ label: 'Updated', value: updated });
  fields.push({ label: 'Retrieved', value: retrievedText(input.retrievedAt) });
  return fields;
}
