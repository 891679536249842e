import { describe, expect, it } from 'vitest';
import { fixPicture } from '@/lib/article/fidelity/fix-picture';
import { BASE, pageWith } from './lazy-fixture';

function picture(html: string): Element {
  const el = pageWith(html).querySelector('picture');
  if (!el) throw new Error('fixture has no picture');
  return el;
}

describe('fixPicture', () => {
  it('gives the img the widest candidate of a lazy source when it has no src', () => {
    const el = picture('<picture><source type="image/avif" data-srcset="a-800.avif 800w, a-1600.avif 1600w"><img alt="x"></picture>');
    expect(fixPicture(el, null, BASE)).toBe(true);
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://news.example/world/a-1600.avif');
    expect(el.querySelector('source')?.getAttribute('srcset')).toBe(
      'https://news.example/world/a-800.avif 800w, https://news.example/world/a-1600.avif 1600w',
    );
  });

  it('prefers a source without a media condition over one for wide screens', () => {
    const el = picture('<picture><source media="(min-width: 900px)" srcset="wide.webp"><source srcset="narrow.webp 1x, narrow2.webp 2x"><img src="data:image/svg+xml,x"></picture>');
    fixPicture(el, null, BASE);
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://news.example/world/narrow2.webp');
  });

  it('uses the URL the live browser displayed when it is known', () => {
    const el = picture('<picture><source srcset="a.webp"><img></picture>');
    const liveImg = { currentSrc: 'https://cdn.example/shown.avif' } as HTMLImageElement;
    fixPicture(el, liveImg, BASE);
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/shown.avif');
  });

  it('leaves a picture whose img already has a real src alone', () => {
    const el = picture('<picture><source srcset="a.webp"><img src="https://cdn.example/b.jpg"></picture>');
    expect(fixPicture(el, null, BASE)).toBe(false);
    expect(el.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/b.jpg');
  });
});
