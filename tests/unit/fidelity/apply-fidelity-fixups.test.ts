import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { applyFidelityFixups } from '@/lib/article/fidelity/apply-fidelity-fixups';
import { loadLazyFixture } from './lazy-fixture';

function cloneOf(live: Document): Document {
  return live.cloneNode(true) as Document;
}

function srcOf(doc: Document, selector: string): string | null | undefined {
  return doc.querySelector(selector)?.getAttribute('src');
}

describe('applyFidelityFixups on the lazy-images fixture', () => {
  it('leaves the live page exactly as it was', () => {
    const live = loadLazyFixture();
    const before = live.documentElement.outerHTML;
    applyFidelityFixups(live, cloneOf(live), window);
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('reports what it repaired in the clone', () => {
    const live = loadLazyFixture();
    // happy-dom applies class rules from <style> in getComputedStyle, so the real window is used here.
    expect(applyFidelityFixups(live, cloneOf(live), window)).toEqual({
      lazyImages: 6,
      pictures: 2,
      noscriptImages: 1,
      hiddenRemoved: 4,
      dataTables: 1,
      errors: [],
    });
  });

  it('gives every lazy, picture and noscript image an absolute real URL', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    applyFidelityFixups(live, clone, null);
    expect(srcOf(clone, '#lazy-data-src img')).toBe('https://news.example/world/images/levee.webp');
    expect(srcOf(clone, '#lazy-data-srcset')).toBe('https://news.example/world/photos/boat-1200.avif');
    expect(srcOf(clone, '#lazy-data-lazy-src')).toBe('https://news.example/charts/rainfall.svg');
    expect(srcOf(clone, '#lazy-data-original')).toBe('https://cdn.news.example/img/map.png');
    expect(srcOf(clone, '#lazy-data-url')).toBe('https://cdn.news.example/img/bridge.jpeg?w=900');
    expect(srcOf(clone, '#srcset-only')).toBe('https://news.example/world/shelter-1600.jpg');
    expect(srcOf(clone, '#real-image')).toBe('https://cdn.news.example/img/mayor.jpg');
    expect(srcOf(clone, '#picture-lazy img')).toBe('https://news.example/world/aerial-1600.avif');
    expect(srcOf(clone, '#picture-media img')).toBe('https://news.example/world/narrow@2x.webp');
    expect(srcOf(clone, '#noscript-wrap img')).toBe('https://news.example/photos/sandbags.jpg');
    expect(clone.querySelectorAll('#noscript-wrap img')).toHaveLength(1);
  });

  it('parses noscript fallbacks that are text, as they are in a tab with scripting enabled', () => {
    const live = loadLazyFixture();
    for (const noscript of Array.from(live.querySelectorAll('noscript'))) noscript.textContent = noscript.innerHTML;
    expect(live.querySelector('noscript')?.children).toHaveLength(0);
    const clone = cloneOf(live);
    expect(applyFidelityFixups(live, clone, null).noscriptImages).toBe(1);
    expect(srcOf(clone, '#noscript-wrap img')).toBe('https://news.example/photos/sandbags.jpg');
  });

  it('removes what the live page hides with CSS, but keeps a collapsed story body', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    applyFidelityFixups(live, clone, window);
    for (const id of ['css-hidden-modal', 'aria-hidden-block', 'hidden-attr', 'visibility-hidden']) {
      expect(clone.querySelector(`#${id}`), id).toBeNull();
      expect(live.getElementById(id), id).not.toBeNull();
    }
    expect(clone.querySelector('#collapsed-story')).not.toBeNull();
    expect(clone.querySelector('head title')?.textContent).toContain('Floods reach the delta');
  });

  it('removes nothing as hidden when no window is given', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    expect(applyFidelityFixups(live, clone, null).hiddenRemoved).toBe(0);
    expect(clone.querySelector('#css-hidden-modal')).not.toBeNull();
  });

  it('lets Readability output plain src URLs, the caption and the small table, without CSS-hidden text', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    applyFidelityFixups(live, clone, window);
    const content = new Readability(clone).parse()?.content ?? '';
    // Without the fix-ups Readability leaves these only in srcset (which the sanitizer drops) or not at all.
    expect(content).toContain('src="https://news.example/world/aerial-1600.avif"');
    expect(content).toContain('src="https://news.example/world/shelter-1600.jpg"');
    expect(content).toContain('src="https://news.example/charts/rainfall.svg"');
    expect(content).toContain('Delta gauge');
    expect(content).not.toContain('Invisible teaser');
    expect(content).toContain('Volunteers reinforce a levee on Monday.');
    expect(content).toContain('Engineers are monitoring two older dams');
  });

  it('records a failing fix-up and still applies the others', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    const broken = { getComputedStyle: () => { throw new TypeError('no styles'); } };
    const report = applyFidelityFixups(live, clone, broken);
    expect(report.errors).toEqual(['hidden: TypeError: no styles']);
    expect(report.lazyImages).toBe(6);
    expect(srcOf(clone, '#noscript-wrap img')).toBe('https://news.example/photos/sandbags.jpg');
  });

  it('does not remove the wrong element when the clone no longer matches the live page', () => {
    const live = loadLazyFixture();
    const clone = cloneOf(live);
    clone.querySelector('header')?.remove();
    const report = applyFidelityFixups(live, clone, window);
    expect(report.hiddenRemoved).toBe(0);
    expect(clone.querySelector('main article h1')?.textContent).toBe('Floods reach the delta');
  });
});
