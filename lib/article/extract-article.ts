/**
 * The page-side pipeline: read metadata and notices from the live page, clone it, repair and clean the clone, run
 * Readability on the clone, and return one serializable ExtractResult. The live page is never modified.
 * @module lib/article/extract-article
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { applyFidelityFixups } from '@/lib/article/fidelity/apply-fidelity-fixups';
import { PDF_MESSAGE } from '@/lib/article/page-access';
import { parseStory } from '@/lib/article/parse-story';
import { blocksInClone } from '@/lib/notices/blocks-in-clone';
import { findNoticeBlocks } from '@/lib/notices/find-notice-blocks';
import { readPageMetadata } from '@/lib/publisher/read-page-metadata';
import type { ExtractOptions, ExtractResult, PageMetadata, PublisherNotice } from '@/lib/protocol';

/**
 * Above this many elements extraction blocks the tab for seconds: `npm run bench` measured the full pipeline in
 * Chromium at 0.9 s for 50k elements, 1.9 s for 100k and 2.6 s for 150k (docs/golden-differences.md). The largest
 * of Mozilla's 128 pages has 9,888; long Wikipedia articles reach tens of thousands. The user can still force it.
 */
export const MAX_ELEMENTS = 100_000;

type Failure = Extract<ExtractResult, { ok: false }>;

function failure(reason: Failure['reason'], detail: string | null, meta: PageMetadata | null,
  notices: PublisherNotice[] = []): Failure {
  return { ok: false, reason, detail, meta, notices };
}

/** Pages that are not HTML documents (an image or a PDF opened directly, an XML feed) have no story to read. */
function isHtmlDocument(doc: Document): boolean {
  const type = doc.contentType || 'text/html';
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * Extracts the story and its source context from a live document.
 * @param doc the live page; read, never mutated
 * @param options `force` skips Readability's readerable pre-check ("Show anyway") and the size limit;
 *   `ignoreReaderable` skips only the pre-check
 * @param win the page's window, for computed styles (fixed/sticky notices, CSS-hidden elements); null in tests
 */
export function extractArticle(doc: Document, options: ExtractOptions, win: Window | null = null): ExtractResult {
  if (doc.readyState === 'loading') return failure('loading', null, null);
  if (doc.contentType === 'application/pdf') {
    return failure('restricted', PDF_MESSAGE, null);
  }
  if (!isHtmlDocument(doc)) return failure('not-readerable', `This is a file of type ${doc.contentType}, not a web page.`, null);
  // Kept outside the try: when the story fails, what was already read still gives the reader the source context.
  let readSoFar: { meta: PageMetadata | null; notices: PublisherNotice[] } = { meta: null, notices: [] };
  try {
    const meta = readPageMetadata(doc, doc.location?.href ?? doc.URL);
    readSoFar = { meta, notices: [] };
    // Detected once, on the live page (computed styles find fixed bars); the same blocks are removed from the clone.
    const blocks = doc.body ? findNoticeBlocks(doc, win ?? undefined) : [];
    const notices = blocks.map((block) => block.notice);
    readSoFar = { meta, notices };
    const elements = doc.getElementsByTagName('*').length;
    if (!options.force && elements > MAX_ELEMENTS) {
      return failure('too-large', `This page has ${elements.toLocaleString('en')} elements.`, meta, notices);
    }
    const readerable = options.force || isProbablyReaderable(doc);
    if (!readerable && !options.ignoreReaderable) return failure('not-readerable', null, meta, notices);
    const clone = doc.cloneNode(true) as Document;
    const cloneBlocks = blocksInClone(blocks, doc, clone);
    applyFidelityFixups(doc, clone, win);
    const story = parseStory(clone, doc, meta, cloneBlocks);
    if (!story) return failure('empty', null, meta, notices);
    return { ok: true, article: story.article, meta, notices, mentions: story.mentions, forced: options.force || !readerable };
  } catch (error) {
    return failure('error', error instanceof Error ? error.message : String(error), readSoFar.meta, readSoFar.notices);
  }
}
