/**
 * Golden pages: Masthead's extraction pipeline over Mozilla Readability's 128 saved pages, compared with
 * Readability's own expected output. One file: the whole corpus takes about 60 s in one vitest worker (vitest runs
 * one worker on these 2-core machines, so splitting the file gained nothing). Intended differences and figures:
 * docs/golden-differences.md.
 */
import { expect, it } from 'vitest';
import { listSlugs } from './support/corpus';
import { defineGoldenTests } from './support/define-golden-tests';
import { INTENDED_DIFFERENCES } from './support/intended-differences';

it('lists only pages that exist in the corpus, each with a reason', () => {
  const slugs = new Set(listSlugs());
  expect(slugs.size).toBe(128);
  for (const [slug, entry] of Object.entries(INTENDED_DIFFERENCES)) {
    expect(slugs.has(slug), `${slug} is not a page of the corpus`).toBe(true);
    expect(entry.reason.length, `${slug} needs a reason`).toBeGreaterThan(20);
  }
});

defineGoldenTests();
