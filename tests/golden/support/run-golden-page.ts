/**
 * Runs Masthead's page pipeline over one of Mozilla's saved pages the way the popup does: first without force (the
 * readerable verdict), then, for a page judged not readerable, again with force ("Show anyway") for the story.
 */
import { extractArticle } from '@/lib/article/extract-article';
import type { CleanArticle, ExtractResult } from '@/lib/protocol';
import { compareWords, type WordComparison } from './compare-words';
import type { GoldenPage } from './corpus';
import { htmlWords } from './html-words';
import { missingBlocks } from './missing-blocks';
import { openPage } from './open-page';

/** What the pipeline made of one page, next to Readability's expected output. */
export interface GoldenOutcome {
  /** False when the unforced run answered 'not-readerable'. */
  readerable: boolean;
  /** The run the story comes from (the forced one for a not-readerable page). */
  result: ExtractResult;
  article: CleanArticle | null;
  comparison: WordComparison;
  /** Expected blocks missing from our story (at most 8), to explain a failure. */
  missing: string[];
}

/**
 * Loads the page at the fakehost URL and runs extractArticle with the page's window, as the content script does.
 * @param useWindow pass the page's window (computed styles: hidden elements, fixed notices); false = `win` null
 */
export async function runGoldenPage(page: GoldenPage, useWindow = true): Promise<GoldenOutcome> {
  const opened = openPage(page.source);
  try {
    const win = useWindow ? (opened.window as unknown as Window) : null;
    const first = extractArticle(opened.document, { force: false }, win);
    const readerable = first.ok || first.reason !== 'not-readerable';
    const result = readerable ? first : extractArticle(opened.document, { force: true }, win);
    const article = result.ok ? result.article : null;
    const parser = new opened.window.DOMParser() as unknown as DOMParser;
    const actualWords = htmlWords(article?.contentHtml ?? '', parser);
    const comparison = compareWords(htmlWords(page.expectedHtml, parser), actualWords);
    const missing = comparison.recall < 1 ? missingBlocks(page.expectedHtml, actualWords, parser) : [];
    return { readerable, result, article, comparison, missing };
  } finally {
    await opened.close();
  }
}
