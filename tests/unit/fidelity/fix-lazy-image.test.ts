import { describe, expect, it } from 'vitest';
import { fixLazyImage } from '@/lib/article/fidelity/fix-lazy-image';
import { BASE, pageWith } from './lazy-fixture';

function firstImg(html: string): Element {
  const img = pageWith(html).querySelector('img');
  if (!img) throw new Error('fixture has no img');
  return img;
}

describe('fixLazyImage', () => {
  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="a.webp">', 'https://news.example/world/a.webp'],
    ['data-lazy-src', '<img data-lazy-src="/b.svg">', 'https://news.example/b.svg'],
    ['data-original', '<img src="" data-original="https://cdn.example/c.png">', 'https://cdn.example/c.png'],
    ['data-url', '<img src="about:blank" data-url="//cdn.example/d.jpeg?w=9">', 'https://cdn.example/d.jpeg?w=9'],
    ['data-srcset', '<img src="/spacer.gif" data-srcset="e-1.avif 400w, e-2.avif 900w">', 'https://news.example/world/e-2.avif'],
    ['srcset', '<img srcset="f-640.jpg 640w, f-1600.jpg 1600w">', 'https://news.example/world/f-1600.jpg'],
  ])('replaces the placeholder src with the real URL from %s', (_attr, html, expected) => {
    const img = firstImg(html);
    expect(fixLazyImage(img, BASE)).toBe(true);
    expect(img.getAttribute('src')).toBe(expected);
  });

  it('leaves an image that already shows a real picture alone', () => {
    const img = firstImg('<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/small.jpg">');
    expect(fixLazyImage(img, BASE)).toBe(false);
    expect(img.getAttribute('src')).toBe('https://cdn.example/real.jpg');
  });

  it('keeps a placeholder when no real URL is known, rather than inventing one', () => {
    const img = firstImg('<img src="data:image/gif;base64,R0lGOD" data-caption="x">');
    expect(fixLazyImage(img, BASE)).toBe(false);
    expect(img.getAttribute('src')).toBe('data:image/gif;base64,R0lGOD');
  });

  it('moves a lazy data-srcset into srcset with absolute URLs', () => {
    const img = firstImg('<img src="/spacer.gif" data-srcset="g-1.webp 1x, g-2.webp 2x">');
    fixLazyImage(img, BASE);
    expect(img.getAttribute('srcset')).toBe('https://news.example/world/g-1.webp 1x, https://news.example/world/g-2.webp 2x');
  });

  it('ignores a data-src that is itself a placeholder and falls back to the srcset', () => {
    const img = firstImg('<img data-src="/img/blank.gif" srcset="h.jpg 800w">');
    fixLazyImage(img, BASE);
    expect(img.getAttribute('src')).toBe('https://news.example/world/h.jpg');
  });
});
