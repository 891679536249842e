/**
 * Takes the publisher's notices out of the clone Readability reads: they are shown as source context, not as story.
 * @module lib/notices/remove-notice-elements
 */
import { isInDocument } from '@/lib/article/chrome/removal-guard';
import { findNoticeBlocks, type NoticeBlock } from '@/lib/notices/find-notice-blocks';

const MEDIA = 'img, picture, video, iframe, svg';

/** Removes a wrapper left with no text and no media, up to (not including) the body. */
function removeEmptyAncestors(start: Element | null): void {
  let el = start;
  while (el && el.tagName !== 'BODY' && (el.textContent ?? '').trim() === '' && !el.querySelector(MEDIA)) {
    const parent = el.parentElement;
    el.remove();
    el = parent;
  }
}

/**
 * Removes the nodes of every notice paragraph from a document (mandated labels are left to removeMandatedLabels,
 * which can cut a label out of a story paragraph). Only the notice's own paragraph goes, never its box's other text.
 * @param doc the clone (mutated)
 * @param blocks the notices to remove, located in `doc` (see blocksInClone); found in `doc` itself when omitted
 * @returns how many paragraphs were removed
 */
export function removeNoticeElements(doc: Document, blocks: readonly NoticeBlock[] = findNoticeBlocks(doc)): number {
  const paragraphs = new Set(blocks.flatMap((block) => (block.paragraph ? [block.paragraph] : [])));
  for (const paragraph of paragraphs) {
    for (const node of paragraph.nodes) node.remove();
    removeEmptyAncestors(isInDocument(doc, paragraph.el) ? paragraph.el : null);
  }
  return paragraphs.size;
}
