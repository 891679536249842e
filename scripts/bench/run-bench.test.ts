/**
 * `npm run bench`: time and memory of bare Readability against Masthead's pipeline, over Mozilla's 128 Readability
 * test pages and over synthetic pages of growing size (to check MAX_ELEMENTS), in happy-dom and, when Chromium is
 * installed, in Chromium. Prints a summary and writes bench-results/bench.json. It reports figures and asserts no
 * timings. happy-dom is a DOM written in JavaScript: its absolute times are not a browser's (Chromium's are).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { afterAll, expect, it } from 'vitest';
import { extractArticle, MAX_ELEMENTS } from '@/lib/article/extract-article';
import { compareWords } from '../../tests/golden/support/compare-words';
import { FAKEHOST_URL, listSlugs, readGoldenPage } from '../../tests/golden/support/corpus';
import { htmlWords } from '../../tests/golden/support/html-words';
import { openPage, type OpenPage } from '../../tests/golden/support/open-page';
import { browserSummary, corpusSummary, printBrowser, printCorpus, printSizes, type Row, type Run } from './bench-report';
import { measure, round } from './bench-stats';
import { measureInChromium, type BrowserRow } from './browser-bench';
import { syntheticPageHtml } from './synthetic-page';

const SYNTHETIC_URL = 'http://synthetic.example/news/story.html';
const SIZES = (process.env.BENCH_SIZES ?? '10000,25000,50000,100000,150000,200000,300000').split(',').map(Number);
/** happy-dom is 3–15× slower than Chromium and the gap grows with size; above this it adds minutes, no insight. */
const HAPPY_DOM_MAX = Number(process.env.BENCH_HAPPY_DOM_MAX ?? 100_000);

const run = (m: { ms: number; heapMb: number }): Run => ({ ms: round(m.ms, 2), heapMb: round(m.heapMb, 2) });

/** Bare Readability as its README prescribes (clone, then parse) vs Masthead's full pipeline, forced. */
function benchPage(name: string, page: OpenPage, expectedHtml: string | null): Row {
  const doc = page.document;
  const readerableCheck = run(measure(() => isProbablyReaderable(doc)));
  const bare = run(measure(() => new Readability(doc.cloneNode(true) as Document).parse()));
  const full = measure(() => extractArticle(doc, { force: true }, null));
  const row: Row = { name, elements: doc.getElementsByTagName('*').length, readerableCheck, bare, masthead: run(full),
    ok: full.result.ok };
  if (expectedHtml === null) return row;
  const withWindow = measure(() => extractArticle(doc, { force: true }, page.window as unknown as Window));
  row.mastheadWithWindow = run(withWindow);
  const parser = new page.window.DOMParser() as unknown as DOMParser;
  const story = withWindow.result.ok ? withWindow.result.article.contentHtml : '';
  const comparison = compareWords(htmlWords(expectedHtml, parser), htmlWords(story, parser));
  return { ...row, recall: comparison.recall, extra: comparison.extra };
}

async function benchCorpus(): Promise<Row[]> {
  const slugs = listSlugs();
  for (const slug of slugs.slice(0, 5)) { // warm-up: let the JIT compile Readability and the pipeline first
    const golden = readGoldenPage(slug);
    const page = openPage(golden.source);
    benchPage(slug, page, golden.expectedHtml);
    await page.close();
  }
  const rows: Row[] = [];
  for (const slug of slugs) {
    const golden = readGoldenPage(slug);
    const page = openPage(golden.source);
    rows.push(benchPage(slug, page, golden.expectedHtml));
    await page.close();
    if (rows.length % 16 === 0) process.stderr.write(`bench: ${rows.length}/${slugs.length} pages\n`);
  }
  return rows;
}

async function benchSizes(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of SIZES.filter((value) => value <= HAPPY_DOM_MAX)) {
    const page = openPage(syntheticPageHtml(size), SYNTHETIC_URL);
    rows.push(benchPage(`synthetic-${size}`, page, null));
    await page.close();
    process.stderr.write(`bench: synthetic page of ${size} elements done\n`);
  }
  return rows;
}

const results: { corpus?: { summary: ReturnType<typeof corpusSummary>; pages: Row[] }; synthetic?: Row[];
  chromium?: { corpus: ReturnType<typeof browserSummary>; corpusPages: BrowserRow[]; synthetic: BrowserRow[] } | 'not installed' } = {};

it('times bare Readability and the Masthead pipeline on Mozilla\'s pages', async () => {
  console.log(`load average at start: ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  const corpus = await benchCorpus();
  const summary = corpusSummary(corpus);
  printCorpus(summary);
  results.corpus = { summary, pages: corpus };
  expect(corpus.length).toBe(listSlugs().length);
});

it('times extraction on synthetic pages of growing size', async () => {
  results.synthetic = await benchSizes();
  printSizes('happy-dom', results.synthetic);
  expect(results.synthetic.length).toBe(SIZES.filter((value) => value <= HAPPY_DOM_MAX).length);
});

it('times bare Readability and the Masthead pipeline in Chromium, on the corpus and the synthetic pages', async () => {
  const root = process.cwd();
  const corpusPages = listSlugs().map((slug) => ({ name: slug, url: FAKEHOST_URL, html: readGoldenPage(slug).source }));
  const syntheticPages = SIZES.map((size) => ({ name: `synthetic-${size}`, url: SYNTHETIC_URL, html: syntheticPageHtml(size) }));
  const corpus = await measureInChromium(root, corpusPages, 1);
  const synthetic = await measureInChromium(root, syntheticPages, 3);
  if (!corpus || !synthetic) {
    results.chromium = 'not installed';
    console.log('Chromium not found (set CHROMIUM_PATH): browser figures skipped');
    return;
  }
  results.chromium = { corpus: browserSummary(corpus), corpusPages: corpus, synthetic };
  printBrowser(results.chromium.corpus, synthetic);
  expect(corpus.length).toBe(corpusPages.length);
});

afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length,
    loadAverage: loadavg().map((value) => round(value, 2)), dom: 'happy-dom',
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function', maxElements: MAX_ELEMENTS, ...results };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
});
