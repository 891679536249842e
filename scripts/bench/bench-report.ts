/**
 * Summaries and printed tables for `npm run bench` (scripts/bench/run-bench.test.ts).
 */
import { MAX_ELEMENTS } from '@/lib/article/extract-article';
import { quantile, round, sum, summarise } from './bench-stats';
import type { BrowserRow } from './browser-bench';

/** One measured run: milliseconds and heap growth in MB. */
export interface Run { ms: number; heapMb: number }

/** One page measured in happy-dom. */
export interface Row {
  name: string; elements: number; readerableCheck: Run; bare: Run; masthead: Run; mastheadWithWindow?: Run; ok: boolean;
  /** Word comparison of the with-window story against Readability's expected.html (corpus pages only). */
  recall?: number; extra?: number;
}

/** Median, p90, max and totals of each variant over the corpus, and the Masthead/bare ratios. */
export function corpusSummary(rows: Row[]) {
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

/** Prints the happy-dom corpus table. */
export function printCorpus(summary: ReturnType<typeof corpusSummary>): void {
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

/** Prints the happy-dom synthetic-size table. */
export function printSizes(dom: string, rows: Row[]): void {
  console.log([`Synthetic pages in ${dom} (MAX_ELEMENTS = ${MAX_ELEMENTS}):`,
    'elements | readerable check ms | bare ms | Masthead ms (win = null) | heap MB grown, bare / Masthead',
    ...rows.map((r) => `${String(r.elements).padStart(8)} | ${String(r.readerableCheck.ms).padStart(8)} | `
      + `${String(r.bare.ms).padStart(9)} | ${String(r.masthead.ms).padStart(9)} | ${r.bare.heapMb} / ${r.masthead.heapMb}`)].join('\n'));
}

/** Median, p90, max and totals of the Chromium runs over the corpus, and the Masthead/bare ratios. */
export function browserSummary(rows: BrowserRow[]) {
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

/** Prints the Chromium tables. */
export function printBrowser(corpus: ReturnType<typeof browserSummary>, synthetic: BrowserRow[]): void {
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
