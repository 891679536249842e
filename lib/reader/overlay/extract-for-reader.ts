/**
 * Extraction for the reading view.
 * @module lib/reader/overlay/extract-for-reader
 */
import { extractArticle } from '@/lib/article/extract-article';
import type { ExtractResult } from '@/lib/protocol';

/**
 * Extracts the story from the live page. The reader asked for the view explicitly (button, shortcut, menu), so a
 * page Readability's cheap check calls "not an article" is read anyway; the view then says so (`forced`).
 * @param doc the live page (read, never modified)
 * @param win its window, for computed styles
 */
export function extractForReader(doc: Document, win: Window): ExtractResult {
  // One pass: the metadata and notices are read once, and the size limit still applies.
  return extractArticle(doc, { force: false, ignoreReaderable: true }, win);
}
