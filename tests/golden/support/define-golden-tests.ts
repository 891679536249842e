/**
 * The golden-page suite: Masthead's pipeline against Readability's expected output (title, byline, excerpt,
 * readerable verdict, story text) on each of Mozilla's pages. Called by tests/golden/extraction.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WordComparison } from './compare-words';
import { listSlugs, readGoldenPage, type GoldenPage } from './corpus';
import { DEFAULT_TEXT_LIMITS, INTENDED_DIFFERENCES, type IntendedDifference, type TextLimits } from './intended-differences';
import { runGoldenPage, type GoldenOutcome } from './run-golden-page';

function meetsLimits(c: WordComparison, limits: TextLimits): boolean {
  return c.recall >= limits.minRecall && c.missingWords <= limits.maxMissingWords && c.extra <= limits.maxExtra
    && c.extraWords <= limits.maxExtraWords && (!limits.edgesKept || (c.startKept && c.endKept));
}

function describeText(outcome: GoldenOutcome, limits: TextLimits): string {
  const c = outcome.comparison;
  const failure = outcome.result.ok ? '' : ` extraction failed: ${outcome.result.reason} ${outcome.result.detail ?? ''}`;
  return `recall ${c.recall} (min ${limits.minRecall}), missing words ${c.missingWords} (max ${limits.maxMissingWords}), `
    + `extra ${c.extra} (max ${limits.maxExtra}), extra words ${c.extraWords} (max ${limits.maxExtraWords}), `
    + `words ${c.actualWords}/${c.expectedWords}, first words kept ${c.startKept}, last words kept ${c.endKept}`
    + `${c.approximate ? ' (bag-of-words estimate)' : ''}${failure}\nmissing:\n  ${outcome.missing.join('\n  ')}`;
}

function definePageTests(slug: string): void {
  const listed: IntendedDifference | undefined = INTENDED_DIFFERENCES[slug];
  let page: GoldenPage;
  let outcome: GoldenOutcome;
  beforeAll(async () => {
    page = readGoldenPage(slug);
    outcome = await runGoldenPage(page);
  });

  if (listed?.noStory) {
    it(`still yields no story (${listed.kind}, see the allow-list)`, () => {
      expect(outcome.article, 'a story is extracted now: remove the entry').toBeNull();
    });
    it('judges the page readerable as Readability does, or as listed', () => {
      expect(outcome.readerable).toBe(listed.readerable ?? page.expected.readerable);
    });
    return;
  }

  it('keeps the story text Readability extracts', () => {
    const limits = listed?.text ?? DEFAULT_TEXT_LIMITS;
    expect(meetsLimits(outcome.comparison, limits), describeText(outcome, limits)).toBe(true);
  });

  it('gives the title Readability gives, or the listed one', () => {
    expect(outcome.article?.title).toBe(listed?.title ?? page.expected.title?.trim());
  });

  it('gives the byline Readability gives, or the listed one', () => {
    const expected = listed && 'byline' in listed ? listed.byline : page.expected.byline?.trim() || null;
    expect(outcome.article?.byline ?? null).toBe(expected);
  });

  it('gives the excerpt Readability gives unless listed as different', () => {
    const ours = outcome.article?.excerpt ?? null;
    const theirs = page.expected.excerpt?.trim() || null;
    if (listed?.excerpt) expect(ours, 'listed as different but now equal: remove the entry').not.toBe(theirs);
    else expect(ours).toBe(theirs);
  });

  it('judges the page readerable as Readability does, or as listed', () => {
    expect(outcome.readerable).toBe(listed?.readerable ?? page.expected.readerable);
  });

  if (listed?.text) {
    it('still differs in text as its allow-list entry says', () => {
      expect(meetsLimits(outcome.comparison, DEFAULT_TEXT_LIMITS), 'meets the default limits: remove the entry').toBe(false);
    });
  }
}

/** Defines the golden tests, one describe block per page of the corpus. */
export function defineGoldenTests(): void {
  describe('Masthead\'s pipeline on Mozilla\'s Readability test pages', () => {
    for (const slug of listSlugs()) describe(slug, () => definePageTests(slug));
  });
}
