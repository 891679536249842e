/**
 * `npm run bench`: extraction time and memory over Mozilla's 128 Readability test pages and over synthetic pages of
 * growing size (to check MAX_ELEMENTS). Prints a summary and writes bench-results/bench.json. It reports figures and
 * asserts no timings. Figures are happy-dom's (a DOM written in JavaScript), not a browser's: use them for ratios and
 * growth with size, not as a browser's absolute times.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractArticle, MAX_ELEMENTS } from '@/lib/article/extract-article';
import { compareWords } from '../../tests/golden/support/compare-words';
import { listSlugs, readGoldenPage } from '../../tests/golden/support/corpus';
import { htmlWords } from '../../tests/golden/support/html-words';
import { openPage, type OpenPage } from '../../tests/golden/support/open-page';
import { measure, quantile, round, summarise } from './bench-stats';
import { syntheticPageHtml } from './synthetic-page';

const SIZES = (process.env.BENCH_SIZES ?? '10000,25000,50000,100000,150000,200000,300000').split(',').map(Number);

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
  for (const size of SIZES) {
    const page = openPage(syntheticPageHtml(size), 'https://synthetic.example/news/story.html');
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

function printSummary(summary: ReturnType<typeof corpusSummary>, sizes: Row[], gc: boolean): void {
  const line = (label: string, v: { ms: ReturnType<typeof summarise>; heapMb: ReturnType<typeof summarise> }) =>
    `${label.padEnd(34)} ${String(v.ms.median).padStart(8)} ${String(v.ms.p90).padStart(8)} ${String(v.ms.max).padStart(8)} `
    + `${String(v.ms.total).padStart(9)} ${String(v.heapMb.median).padStart(9)} ${String(v.heapMb.p90).padStart(8)}`;
  const out = [
    `Mozilla corpus: ${summary.pages} pages, elements median ${summary.elements.median}, max ${summary.elements.max}; gc between runs: ${gc}`,
    `${'variant (ms / heap MB)'.padEnd(34)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'max'.padStart(8)} ${'total'.padStart(9)} ${'heap med'.padStart(9)} ${'heap p90'.padStart(8)}`,
    line('isProbablyReaderable', summary.readerableCheck),
    line('bare Readability (clone+parse)', summary.bare),
    line('Masthead pipeline, force, win=null', summary.masthead),
    line('Masthead pipeline, force, window', summary.mastheadWithWindow),
    `Masthead/bare: totals ${summary.ratioOfTotals.masthead}× (with window ${summary.ratioOfTotals.mastheadWithWindow}×); `
      + `per page median ${summary.ratioPerPage.masthead.median}× p90 ${summary.ratioPerPage.masthead.p90}× `
      + `(with window median ${summary.ratioPerPage.mastheadWithWindow.median}× p90 ${summary.ratioPerPage.mastheadWithWindow.p90}×)`,
    `failed extractions (force, win=null): ${summary.failed.join(', ') || 'none'}`,
    `story text differing from expected.html (with window): ${summary.differingText.join('; ') || 'none'}`,
    '', `Synthetic pages (MAX_ELEMENTS = ${MAX_ELEMENTS}): elements | readerable check ms | bare ms | Masthead ms | heap MB bare / Masthead`,
    ...sizes.map((r) => `${String(r.elements).padStart(8)} | ${String(r.readerableCheck.ms).padStart(8)} | ${String(r.bare.ms).padStart(9)} | `
      + `${String(r.masthead.ms).padStart(9)} | ${r.bare.heapMb} / ${r.masthead.heapMb}`),
  ];
  console.log(out.join('\n'));
}

it('measures bare Readability against the Masthead pipeline and writes bench-results/bench.json', async () => {
  const gc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(`load average at start: ${(await import('node:os')).loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  const corpus = await benchCorpus();
  const sizes = await benchSizes();
  const summary = corpusSummary(corpus);
  printSummary(summary, sizes, gc);
  mkdirSync('bench-results', { recursive: true });
  const os = await import('node:os');
  const report = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length,
    loadAverage: os.loadavg().map((value) => round(value, 2)), dom: 'happy-dom', gc, maxElements: MAX_ELEMENTS, corpus: { summary, pages: corpus }, synthetic: sizes };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  expect(corpus.length).toBe(listSlugs().length);
});
