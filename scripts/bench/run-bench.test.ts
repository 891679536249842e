/**
 * `npm run bench`: extraction time and memory over Mozilla's 128 Readability test pages and over synthetic pages of
 * growing size (to check MAX_ELEMENTS). Prints a summary and writes bench-results/bench.json. It reports figures and
 * asserts no timings. Figures are happy-dom's (a DOM written in JavaScript), not a browser's: use them for ratios and
 * growth with size, not as a browser's absolute times.
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
import { measure, quantile, round, sum, summarise } from './bench-stats';
import { measureInChromium, type BrowserRow } from './browser-bench';
import { syntheticPageHtml } from './synthetic-page';

const SYNTHETIC_URL = 'http://synthetic.example/news/story.html';
const SIZES = (process.env.BENCH_SIZES ?? '10000,25000,50000,100000,150000,200000,300000').split(',').map(Number);
/** happy-dom is 10–50× slower than a browser; above this size it adds minutes and no insight. */
const HAPPY_DOM_MAX = Number(process.env.BENCH_HAPPY_DOM_MAX ?? 100_000);

interface Run { ms: number; heapMb: number }
interface Row {
  name: string; elements: number; readerableCheck: Run; bare: Run; masthead: Run; mastheadWithWindow?: Run; ok: boolean;
  /** Word comparison of the with-window story against Readability's expected.html (corpus pages only). */
  recall?: number; extra?: number;
}

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

function corpusSummary(rows: Row[]) {
  const pick = (key: 'readerableCheck' | 'bare' | 'masthead' | 'mastheadWithWindow') =>
    rows.flatMap((row) => (row[key] ? [row[key]] : []));
  const variant = (key: 'readerableCheck' | 'bare' | 'masthead' | 'mastheadWithWindow') => ({
    ms: summarise(pick(key).map((r) => r.ms)), heapMb: summarise(pick(key).map((r) => r.heapMb)) });
  const ratios = (key: 'masthead' | 'mastheadWithWindow') =>
    rows.flatMap((row) => (row[key] && row.bare.ms > 0 ? [row[key].ms / row.bare.ms] : []));
  const bare = variant('bare');
  const masthead = variant('masthead');
  const withWindow = variant('mastheadWithWindow');
  return {
    pages: rows.length,
    elements: summarise(rows.map((row) => row.elements)),
    readerableCheck: variant('readerableCheck'),
    bare, masthead, mastheadWithWindow: withWindow,
    ratioOfTotals: { masthead: round(masthead.ms.total / bare.ms.total, 2), mastheadWithWindow: round(withWindow.ms.total / bare.ms.total, 2) },
    ratioPerPage: {
      masthead: { median: round(quantile(ratios('masthead'), 0.5), 2), p90: round(quantile(ratios('masthead'), 0.9), 2) },
      mastheadWithWindow: { median: round(quantile(ratios('mastheadWithWindow'), 0.5), 2),
        p90: round(quantile(ratios('mastheadWithWindow'), 0.9), 2) },
    },
    failed: rows.filter((row) => !row.ok).map((row) => row.name),
    differingText: rows.filter((row) => row.recall !== undefined && (row.recall < 1 || (row.extra ?? 0) > 0))
      .map((row) => `${row.name} recall ${row.recall} extra ${row.extra}`),
  };
}

type Variant = { ms: ReturnType<typeof summarise>; heapMb: ReturnType<typeof summarise> };

function printCorpus(summary: ReturnType<typeof corpusSummary>): void {
  const gc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const cell = (value: number, width: number) => String(value).padStart(width);
  const line = (label: string, v: Variant) => `${label.padEnd(36)} ${cell(v.ms.median, 8)} ${cell(v.ms.p90, 8)} `
    + `${cell(v.ms.max, 8)} ${cell(v.ms.total, 9)} ${cell(v.heapMb.median, 9)} ${cell(v.heapMb.p90, 9)}`;
  console.log([
    `Mozilla corpus: ${summary.pages} pages, elements median ${summary.elements.median}, max ${summary.elements.max}; gc before each run: ${gc}`,
    `${'ms (heap: MB grown during the run)'.padEnd(36)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'max'.padStart(8)} `
      + `${'total'.padStart(9)} ${'heap med'.padStart(9)} ${'heap p90'.padStart(9)}`,
    line('isProbablyReaderable', summary.readerableCheck),
    line('bare Readability (clone + parse)', summary.bare),
    line('Masthead, force, win = null', summary.masthead),
    line('Masthead, force, page window', summary.mastheadWithWindow),
    `Masthead/bare: totals ${summary.ratioOfTotals.masthead}x (with window ${summary.ratioOfTotals.mastheadWithWindow}x); `
      + `per page median ${summary.ratioPerPage.masthead.median}x, p90 ${summary.ratioPerPage.masthead.p90}x `
      + `(with window median ${summary.ratioPerPage.mastheadWithWindow.median}x, p90 ${summary.ratioPerPage.mastheadWithWindow.p90}x)`,
    `failed extractions (force, win = null): ${summary.failed.join(', ') || 'none'}`,
    `story text differing from expected.html (with window): ${summary.differingText.join('; ') || 'none'}`,
  ].join('\n'));
}

function printSizes(dom: string, rows: Row[]): void {
  console.log([`Synthetic pages in ${dom} (MAX_ELEMENTS = ${MAX_ELEMENTS}):`,
    'elements | readerable check ms | bare ms | Masthead ms (win = null) | heap MB grown, bare / Masthead',
    ...rows.map((r) => `${String(r.elements).padStart(8)} | ${String(r.readerableCheck.ms).padStart(8)} | `
      + `${String(r.bare.ms).padStart(9)} | ${String(r.masthead.ms).padStart(9)} | ${r.bare.heapMb} / ${r.masthead.heapMb}`)].join('\n'));
}

function browserSummary(rows: BrowserRow[]) {
  const ratios = rows.filter((row) => row.bareMs > 0).map((row) => row.mastheadMs / row.bareMs);
  return {
    pages: rows.length,
    readerableCheckMs: summarise(rows.map((row) => row.readerableCheckMs)),
    bareMs: summarise(rows.map((row) => row.bareMs)),
    mastheadMs: summarise(rows.map((row) => row.mastheadMs)),
    ratioOfTotals: round(sum(rows.map((row) => row.mastheadMs)) / Math.max(1, sum(rows.map((row) => row.bareMs))), 2),
    ratioPerPage: { median: round(quantile(ratios, 0.5), 2), p90: round(quantile(ratios, 0.9), 2) },
    failed: rows.filter((row) => !row.ok).map((row) => row.name),
  };
}

function printBrowser(corpus: ReturnType<typeof browserSummary>, synthetic: BrowserRow[]): void {
  const stats = (v: ReturnType<typeof summarise>) => `median ${v.median}, p90 ${v.p90}, max ${v.max}, total ${v.total}`;
  console.log([`Chromium, Mozilla corpus (${corpus.pages} pages, one run each, page scripts off), ms:`,
    `  isProbablyReaderable  ${stats(corpus.readerableCheckMs)}`,
    `  bare Readability      ${stats(corpus.bareMs)}`,
    `  Masthead (force, window) ${stats(corpus.mastheadMs)}`,
    `  Masthead/bare: totals ${corpus.ratioOfTotals}x, per page median ${corpus.ratioPerPage.median}x, p90 ${corpus.ratioPerPage.p90}x;`
      + ` failed: ${corpus.failed.join(', ') || 'none'}`,
    'Chromium, synthetic pages (median of 3): elements | readerable check ms | bare ms | Masthead ms (force, window)',
    ...synthetic.map((r) => `${String(r.elements).padStart(8)} | ${String(r.readerableCheckMs).padStart(8)} | `
      + `${String(r.bareMs).padStart(8)} | ${String(r.mastheadMs).padStart(9)}${r.ok ? '' : ' (failed)'}`)].join('\n'));
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
