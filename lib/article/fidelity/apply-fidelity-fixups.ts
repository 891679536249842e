/**
 * Reader-view fidelity: repairs a clone of the page before Readability reads it, so the story keeps its images,
 * tables and nothing the reader could not see. Reads the live page (computed styles, `currentSrc`), edits only the
 * clone: the page itself is left exactly as it was.
 *
 * Checked against Readability.js 0.6 and left to it: `<figure>`/`<figcaption>` are kept as they are; `<pre>` is
 * never removed on its own, but a short `<pre>` that is a sibling of the chosen story block is dropped by the
 * sibling rule (only `<p>` siblings or siblings with a score ≥ max(10, 20% of the top score) join) and a wrapper
 * `<div>` around a short linked `<pre>` fails `_cleanConditionally` ("Suspiciously short"). Neither can be fixed
 * before parsing without moving blocks, so they are not. Classes are no protection: `_cleanClasses` strips all but
 * `classesToPreserve`, and removal never looks at them.
 * @module lib/article/fidelity/apply-fidelity-fixups
 */
import { fixLazyImage } from '@/lib/article/fidelity/fix-lazy-image';
import { fixNoscriptImage, type HtmlParser } from '@/lib/article/fidelity/fix-noscript-image';
import { fixPicture } from '@/lib/article/fidelity/fix-picture';
import { isHiddenInLive, type StyleWindow } from '@/lib/article/fidelity/is-hidden-in-live';
import { markDataTables } from '@/lib/article/fidelity/mark-data-tables';
import { pairElements, type ElementPair } from '@/lib/article/fidelity/pair-elements';

/** What the fix-ups changed in the clone, for logging and tests. */
export interface FixupReport {
  /** `<img>` whose placeholder `src` (or missing src / lazy srcset) was replaced by the real URL. */
  lazyImages: number;
  /** `<picture>` whose `<img>` got a `src` from the browser's choice or a `<source srcset>`. */
  pictures: number;
  /** Placeholder images replaced by the image in the `<noscript>` next to them. */
  noscriptImages: number;
  /** Elements removed because the live page hides them (computed style, `aria-hidden`); 0 without a window. */
  hiddenRemoved: number;
  /** Grid-like tables marked so Readability keeps them as data tables. */
  dataTables: number;
  /** Fix-ups that threw ("hidden: TypeError: …"); the others still ran, and extraction goes on without them. */
  errors: string[];
}

/**
 * Runs one fix-up step and records its failure instead of throwing: a repair is an improvement, and a bug in one on
 * an unusual page must not cost the reader the whole story (the extractor turns any throw into an 'error' result).
 */
function attempt(report: FixupReport, name: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    report.errors.push(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/** An inert HTML parser from the page's window (a DOMParser document runs no scripts and loads no images). */
function parserFor(live: Document): HtmlParser | null {
  const Parser = live.defaultView?.DOMParser;
  return Parser ? (html) => new Parser().parseFromString(html, 'text/html') : null;
}

/** Live `<img>` for a cloned `<picture>`: the first `<img>` child of the matching live picture. */
function liveImgOf(pair: ElementPair | undefined): HTMLImageElement | null {
  const img = pair ? Array.from(pair.live.children).find((child) => child.localName === 'img') : undefined;
  return img ? (img as HTMLImageElement) : null;
}

/** Drops clone elements whose live twin is hidden, skipping repaired images and subtrees already removed. */
function removeHidden(pairs: ElementPair[], win: StyleWindow, kept: Set<Element>, keptNoscript: Element[]): number {
  let removed = 0;
  const root = pairs[0]?.clone;
  for (const { live, clone } of pairs) {
    // `contains` rather than `isConnected`: happy-dom does not connect the nodes of a cloned document.
    if (!root?.contains(clone) || kept.has(clone) || keptNoscript.some((img) => clone.contains(img))) continue;
    if (!isHiddenInLive(live, win)) continue;
    clone.remove();
    removed += 1;
  }
  return removed;
}

/**
 * Repairs a fresh clone of the page before Readability parses it: lazy-loaded images, `<picture>`, `<noscript>`
 * image fallbacks, small data tables, and (with a window) elements the live page hides with CSS.
 * @param live the live page; read only, never mutated
 * @param clone `live.cloneNode(true)`, not yet edited; mutated in place
 * @param win the page's window for computed styles, or null (then nothing is removed as hidden)
 * @returns counts of what was changed, and the fix-ups that failed (never throws)
 */
export function applyFidelityFixups(live: Document, clone: Document, win: StyleWindow | null): FixupReport {
  const base = live.baseURI || live.URL;
  const pairs = pairElements(live, clone);
  const liveByClone = new Map(pairs.map((pair) => [pair.clone, pair]));
  const kept = new Set<Element>();
  const keptNoscript: Element[] = [];
  const report: FixupReport = { lazyImages: 0, pictures: 0, noscriptImages: 0, hiddenRemoved: 0, dataTables: 0, errors: [] };
  attempt(report, 'lazy images', () => {
    // Images inside <noscript> are only elements where scripting is off (tests); a tab sees text there.
    const fixed = Array.from(clone.querySelectorAll('img'))
      .filter((img) => !img.closest('noscript') && fixLazyImage(img, base));
    fixed.forEach((img) => kept.add(img));
    report.lazyImages = fixed.length;
  });
  attempt(report, 'pictures', () => {
    const fixed = Array.from(clone.querySelectorAll('picture'))
      .filter((picture) => fixPicture(picture, liveImgOf(liveByClone.get(picture)), base));
    fixed.forEach((picture) => picture.querySelectorAll('img').forEach((img) => kept.add(img)));
    report.pictures = fixed.length;
  });
  attempt(report, 'noscript images', () => {
    const parse = parserFor(live);
    for (const noscript of Array.from(clone.querySelectorAll('body noscript'))) {
      const img = fixNoscriptImage(noscript, base, parse);
      if (img) keptNoscript.push(img);
    }
    report.noscriptImages = keptNoscript.length;
  });
  attempt(report, 'data tables', () => {
    report.dataTables = clone.body ? markDataTables(clone.body) : 0;
  });
  if (win) attempt(report, 'hidden', () => {
    report.hiddenRemoved = removeHidden(pairs, win, kept, keptNoscript);
  });
  return report;
}
