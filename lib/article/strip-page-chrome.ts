/**
 * Page chrome out of the story, by general rules (no site lists): run on the clone Readability reads, after the
 * mandated labels are removed. Each rule lives in lib/article/chrome/ and obeys one guard: never remove an element
 * holding a large share of the page's paragraph text (see removal-guard.ts for the threshold and why).
 * @module lib/article/strip-page-chrome
 */
import { dedupeCaptions } from '@/lib/article/chrome/dedupe-captions';
import { createRemovalGuard, type RemovalGuard } from '@/lib/article/chrome/removal-guard';
import { removeFontSizePickers } from '@/lib/article/chrome/remove-font-size-pickers';
import { removePromoBoxes } from '@/lib/article/chrome/remove-promo-boxes';
import { removeRatioPlaceholders } from '@/lib/article/chrome/remove-ratio-placeholders';
import { removeRelatedLists } from '@/lib/article/chrome/remove-related-lists';
import { removeShareBars } from '@/lib/article/chrome/remove-share-bars';
import { removeSkipLinks } from '@/lib/article/chrome/remove-skip-links';
import { removeTickers } from '@/lib/article/chrome/remove-tickers';
import type { NoticeBlock } from '@/lib/notices/find-notice-blocks';
import { removeNoticeElements } from '@/lib/notices/remove-notice-elements';

type ChromeRule = (doc: Document, guard: RemovalGuard) => number;

/** In this order (after the notices, whose boxes may also look like promo boxes): captions before placeholders. */
const RULES: readonly ChromeRule[] = [
  removeSkipLinks,
  removeTickers,
  removeFontSizePickers,
  removeShareBars,
  dedupeCaptions,
  removeRatioPlaceholders,
  removePromoBoxes,
  removeRelatedLists,
];

/**
 * Removes page chrome from a document: skip links, breaking-news tickers, font-size pickers, share bars, image
 * placeholders, duplicated captions, newsletter and donation boxes, related-link lists and the publisher's notices.
 * @param doc the clone Readability will read (mutated)
 * @param noticeBlocks the publisher's notices found on the live page and located in `doc` (blocksInClone); when
 *   omitted they are detected in `doc` itself, without computed styles
 * @returns how many elements were removed or cleared
 */
export function stripPageChrome(doc: Document, noticeBlocks?: readonly NoticeBlock[]): { removed: number } {
  if (!doc.body) return { removed: 0 };
  const guard = createRemovalGuard(doc);
  const notices = removeNoticeElements(doc, noticeBlocks);
  const removed = RULES.reduce((sum, rule) => sum + rule(doc, guard), notices);
  return { removed };
}
