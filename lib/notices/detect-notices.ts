/**
 * The publisher's own words about its status and its readers' risks, read from the live page before Readability
 * runs (Readability throws banners, footers and alerts away).
 * @module lib/notices/detect-notices
 */
import { findNoticeBlocks } from '@/lib/notices/find-notice-blocks';
import type { StyleSource } from '@/lib/notices/notice-position';
import type { PublisherNotice } from '@/lib/protocol';

/**
 * Detects the notices a publisher printed about itself: status ("declared an 'undesirable organization'"), sharing
 * warnings ("fines or imprisonment for sharing"), donation notices and the mandated foreign-agent label, verbatim.
 * A story that reports on some other designated organisation yields none. Never mutates the document.
 * @param doc the live page
 * @param win the page's window, for fixed and sticky bars; omit it in tests without layout
 */
export function detectNotices(doc: Document, win?: StyleSource): PublisherNotice[] {
  if (!doc.body) return [];
  return findNoticeBlocks(doc, win).map((block) => block.notice);
}
