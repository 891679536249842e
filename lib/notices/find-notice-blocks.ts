/**
 * Finds the publisher's own notices on a page together with the nodes that carry them: detectNotices reports them,
 * removeNoticeElements takes them out of the clone Readability reads.
 * @module lib/notices/find-notice-blocks
 */
import { findLabelElements, findMandatedLabels, stripMandatedLabels } from '@/lib/notices/foreign-agent-label';
import { findNoticeCandidates } from '@/lib/notices/notice-candidates';
import { noticeParagraphs, type NoticeParagraph } from '@/lib/notices/notice-paragraphs';
import { noticePosition, type StyleSource } from '@/lib/notices/notice-position';
import { findStoryRoot } from '@/lib/notices/find-story-root';
import { guessLanguage } from '@/lib/notices/guess-language';
import { selfNames, squash } from '@/lib/notices/self-names';
import { splitNotice } from '@/lib/notices/split-notice';
import type { PublisherNotice } from '@/lib/protocol';

/** A notice and where it came from: a paragraph of a candidate box, or a label's smallest element. */
export interface NoticeBlock {
  notice: PublisherNotice;
  el: Element;
  paragraph: NoticeParagraph | null;
}

/** Total paragraphs read across all candidate boxes: bounds the work on pages with huge footers and menus. */
const MAX_PARAGRAPHS = 2_000;
/**
 * Above this share of link text a paragraph is a list of headlines or menu items, not a notice: a teaser "Russia
 * bans Meduza as undesirable" in a footer link list reports news about someone else.
 */
const MAX_LINK_SHARE = 0.5;

function labelBlocks(doc: Document, story: Element | null, win?: StyleSource): NoticeBlock[] {
  if (!doc.body) return [];
  return findLabelElements(doc.body).flatMap((el) => findMandatedLabels(el.textContent ?? '').map((text) => ({
    notice: { kind: 'mandated-label' as const, text, lang: guessLanguage(text), position: noticePosition(el, story, win) },
    el,
    paragraph: null,
  })));
}

function paragraphBlocks(doc: Document, story: Element | null, win?: StyleSource): NoticeBlock[] {
  const names = selfNames(doc);
  const blocks: NoticeBlock[] = [];
  let budget = MAX_PARAGRAPHS;
  for (const candidate of findNoticeCandidates(doc, story, win)) {
    if (budget <= 0) break;
    const paragraphs = noticeParagraphs(candidate.el, Math.min(budget, 200));
    budget -= paragraphs.length;
    for (const paragraph of paragraphs) {
      if (paragraph.linkShare > MAX_LINK_SHARE) continue;
      for (const part of splitNotice(stripMandatedLabels(paragraph.text), names, candidate.strong)) {
        const position = noticePosition(paragraph.el, story, win);
        blocks.push({ notice: { ...part, lang: guessLanguage(part.text), position }, el: paragraph.el, paragraph });
      }
    }
  }
  return blocks;
}

/**
 * Finds notices, deduplicated (nested boxes and repeated banners yield the same text once) and in document order.
 * @param doc the page (not modified)
 * @param win the page's window for computed styles (fixed and sticky bars)
 */
export function findNoticeBlocks(doc: Document, win?: StyleSource): NoticeBlock[] {
  const story = findStoryRoot(doc);
  const seen = new Set<string>();
  const unique = [...labelBlocks(doc, story, win), ...paragraphBlocks(doc, story, win)].filter((block) => {
    const key = squash(block.notice.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Node.DOCUMENT_POSITION_FOLLOWING = 4.
  return unique.sort((a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
}
