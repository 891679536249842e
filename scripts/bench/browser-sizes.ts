/**
 * Bare Readability on the synthetic pages inside a real browser (Debian's Chromium through playwright-core), so
 * MAX_ELEMENTS can be judged on a browser's DOM speed and not only on happy-dom's. Readability.js and
 * Readability-readerable.js are classic scripts that define globals, injected as they are published.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { quantile, round } from './bench-stats';
import { syntheticPageHtml } from './synthetic-page';

/** Browser timings for one page size (median of `repeats` runs, each on a fresh page). */
export interface BrowserRow { elements: number; readerableCheckMs: number; cloneMs: number; parseMs: number }

interface Sample { elements: number; readerable: number; clone: number; parse: number }

/** Runs in the page: the same calls the content script makes, timed with performance.now(). */
function timeReadability(): Sample {
  const scope = globalThis as unknown as {
    isProbablyReaderable: (doc: Document) => boolean;
    Readability: new (doc: Document) => { parse: () => unknown };
  };
  const elements = document.getElementsByTagName('*').length;
  let start = performance.now();
  scope.isProbablyReaderable(document);
  const readerable = performance.now() - start;
  start = performance.now();
  const clone = document.cloneNode(true) as Document;
  const clonedAt = performance.now();
  new scope.Readability(clone).parse();
  return { elements, readerable, clone: clonedAt - start, parse: performance.now() - clonedAt };
}

/**
 * Measures sizes in Chromium, or returns null when no Chromium is installed (CHROMIUM_PATH, else /usr/bin/chromium).
 * @param sizes target element counts
 * @param repeats runs per size; the median is kept
 */
export async function measureInChromium(sizes: number[], repeats = 3): Promise<BrowserRow[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const require = createRequire(import.meta.url);
  const scripts = ['@mozilla/readability/Readability.js', '@mozilla/readability/Readability-readerable.js']
    .map((name) => require.resolve(name));
  const browser = await chromium.launch({ executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const rows: BrowserRow[] = [];
    for (const size of [sizes[0] ?? 1000, ...sizes]) { // the first size twice: the first run warms the JIT up
      const samples: Sample[] = [];
      for (let i = 0; i < repeats; i++) {
        const page = await browser.newPage();
        await page.setContent(syntheticPageHtml(size), { timeout: 300_000 });
        for (const path of scripts) await page.addScriptTag({ path });
        samples.push(await page.evaluate(timeReadability));
        await page.close();
      }
      const median = (pick: (s: Sample) => number) => round(quantile(samples.map(pick), 0.5), 1);
      rows.push({ elements: samples[0]?.elements ?? 0, readerableCheckMs: median((s) => s.readerable),
        cloneMs: median((s) => s.clone), parseMs: median((s) => s.parse) });
    }
    return rows.slice(1);
  } finally {
    await browser.close();
  }
}
