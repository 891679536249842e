/**
 * Mozilla Readability's 128 saved test pages, read from `../shared/corpora/readability-test-pages` (beside the clone,
 * as on CI). Each folder holds `source.html`, `expected.html` and `expected-metadata.json`
 * (https://github.com/mozilla/readability/tree/main/test/test-pages, Apache-2.0).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the corpus, computed from this file's place in the repository (tests/golden/support/). */
export const CORPUS_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpora/readability-test-pages')}/`;

/** The URL Readability's own harness gives every page (test/test-readability.js: `uri = "http://fakehost/test/page.html"`). */
export const FAKEHOST_URL = 'http://fakehost/test/page.html';

/** What Readability 0.6 produced for a page, as recorded in `expected-metadata.json`. */
export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  readerable: boolean;
}

/** One saved page with Readability's expected output. */
export interface GoldenPage {
  slug: string;
  source: string;
  expectedHtml: string;
  expected: ExpectedMetadata;
}

/** Lists the page folders, sorted. */
export function listSlugs(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`Readability test pages not found at ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads one page folder. */
export function readGoldenPage(slug: string): GoldenPage {
  const file = (name: string) => readFileSync(`${CORPUS_DIR}${slug}/${name}`, 'utf8');
  return {
    slug,
    source: file('source.html'),
    expectedHtml: file('expected.html'),
    expected: JSON.parse(file('expected-metadata.json')) as ExpectedMetadata,
  };
}
