/**
 * Bare Readability and Masthead's pipeline inside a real browser (Debian's Chromium through playwright-core): the
 * speed that decides MAX_ELEMENTS is a browser DOM's, not happy-dom's. The pipeline is bundled with Vite into one
 * IIFE (as the content script is), Readability comes from its published classic scripts. Pages are served from
 * memory at their own URL; every other request is aborted and page scripts are off, so nothing reaches the network.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

/** One page measured in the browser (ms; median of the repeats). */
export interface BrowserRow { name: string; elements: number; readerableCheckMs: number; bareMs: number; mastheadMs: number; ok: boolean }

/** A page to load: its URL and HTML. */
export interface BrowserPage { name: string; url: string; html: string }

interface Sample { elements: number; readerable: number; bare: number; masthead: number; ok: boolean }

/** Bundles extractArticle into a script that sets `globalThis.__mastheadExtract`. */
async function bundlePipeline(root: string): Promise<string> {
  const entry = join(mkdtempSync(join(tmpdir(), 'masthead-bench-')), 'entry.js');
  writeFileSync(entry, "import { extractArticle } from '@/lib/article/extract-article';\nglobalThis.__mastheadExtract = extractArticle;\n");
  const out = await build({ configFile: false, root, logLevel: 'warn', resolve: { alias: { '@': root } },
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'MastheadBench' } } });
  const results = Array.isArray(out) ? out : [out];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Vite produced no chunk for the pipeline bundle');
}

/** Runs in the page: the calls the content script makes, timed with performance.now(). */
function timeInPage(): Sample {
  const scope = globalThis as unknown as {
    isProbablyReaderable: (doc: Document) => boolean;
    Readability: new (doc: Document) => { parse: () => unknown };
    __mastheadExtract: (doc: Document, options: { force: boolean }, win: Window) => { ok: boolean };
  };
  const elements = document.getElementsByTagName('*').length;
  let start = performance.now();
  scope.isProbablyReaderable(document);
  const readerable = performance.now() - start;
  start = performance.now();
  new scope.Readability(document.cloneNode(true) as Document).parse();
  const bare = performance.now() - start;
  start = performance.now();
  const result = scope.__mastheadExtract(document, { force: true }, window);
  return { elements, readerable, bare, masthead: performance.now() - start, ok: result.ok };
}

async function measurePage(browser: Browser, page: BrowserPage, scripts: string[]): Promise<Sample> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.route('**/*', (route) => (route.request().url() === page.url
    ? route.fulfill({ body: page.html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
  await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  for (const script of scripts) await tab.evaluate(script);
  const sample = await tab.evaluate(timeInPage);
  await context.close();
  return sample;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Measures pages in Chromium, or returns null when none is installed (CHROMIUM_PATH, else /usr/bin/chromium).
 * @param root the repository root (for the `@/` alias of the bundle)
 * @param pages the pages; the first is also loaded once before measuring, to warm the JIT up
 * @param repeats runs per page, each in a fresh context; the median is kept
 */
export async function measureInChromium(root: string, pages: BrowserPage[], repeats = 3): Promise<BrowserRow[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const require = createRequire(import.meta.url);
  const scripts = ['@mozilla/readability/Readability.js', '@mozilla/readability/Readability-readerable.js']
    .map((name) => readFileSync(require.resolve(name), 'utf8'));
  scripts.push(await bundlePipeline(root));
  const browser = await chromium.launch({ executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    if (pages[0]) await measurePage(browser, pages[0], scripts);
    const rows: BrowserRow[] = [];
    for (const page of pages) {
      const samples: Sample[] = [];
      for (let i = 0; i < repeats; i++) samples.push(await measurePage(browser, page, scripts));
      const pick = (key: 'readerable' | 'bare' | 'masthead') => Math.round(median(samples.map((s) => s[key])) * 10) / 10;
      rows.push({ name: page.name, elements: samples[0]?.elements ?? 0, readerableCheckMs: pick('readerable'),
        bareMs: pick('bare'), mastheadMs: pick('masthead'), ok: samples.every((s) => s.ok) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
