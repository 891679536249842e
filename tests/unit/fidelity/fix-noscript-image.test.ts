import { describe, expect, it } from 'vitest';
import { fixNoscriptImage, type HtmlParser } from '@/lib/article/fidelity/fix-noscript-image';
import { BASE, pageWith } from './lazy-fixture';

const parse: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

function noscriptIn(doc: Document): Element {
  const el = doc.querySelector('noscript');
  if (!el) throw new Error('fixture has no noscript');
  return el;
}

describe('fixNoscriptImage', () => {
  it('replaces the placeholder before a noscript with the image inside it', () => {
    const doc = pageWith('<div><img class="lazyload" src="/placeholder.png" alt="Sandbags"><noscript><img src="/photos/sandbags.jpg"></noscript></div>');
    const img = fixNoscriptImage(noscriptIn(doc), BASE, parse);
    expect(img?.getAttribute('src')).toBe('https://news.example/photos/sandbags.jpg');
    expect(img?.getAttribute('alt')).toBe('Sandbags');
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('parses noscript content that is text, as it is in a tab with scripting enabled', () => {
    const doc = pageWith('<div><img src="data:image/gif;base64,R0lGOD"><noscript></noscript></div>');
    const noscript = noscriptIn(doc);
    noscript.textContent = '<img src="real.jpg" alt="Real">';
    expect(noscript.children).toHaveLength(0);
    const img = fixNoscriptImage(noscript, BASE, parse);
    expect(img?.getAttribute('src')).toBe('https://news.example/world/real.jpg');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Real');
  });

  it('also finds the placeholder after the noscript', () => {
    const doc = pageWith('<p><noscript><img src="/a.jpg"></noscript><img src="/spacer.gif"></p>');
    expect(fixNoscriptImage(noscriptIn(doc), BASE, parse)?.getAttribute('src')).toBe('https://news.example/a.jpg');
  });

  it('leaves a real image next to a noscript alone', () => {
    const doc = pageWith('<div><img src="https://cdn.example/real.jpg"><noscript><img src="/other.jpg"></noscript></div>');
    expect(fixNoscriptImage(noscriptIn(doc), BASE, parse)).toBeNull();
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/real.jpg');
  });

  it('ignores a noscript that holds more than a single image', () => {
    const doc = pageWith('<div><img src="/spacer.gif"><noscript><img src="/a.jpg"><p>Enable JavaScript</p></noscript></div>');
    expect(fixNoscriptImage(noscriptIn(doc), BASE, parse)).toBeNull();
  });

  it('does nothing with text content when no parser is available', () => {
    const doc = pageWith('<div><img src="/spacer.gif"><noscript></noscript></div>');
    const noscript = noscriptIn(doc);
    noscript.textContent = '<img src="real.jpg">';
    expect(fixNoscriptImage(noscript, BASE, null)).toBeNull();
  });

  it('does not copy event-handler attributes from the fallback image', () => {
    const doc = pageWith('<div><img src="/spacer.gif"><noscript><img src="/a.jpg" onerror="alert(1)"></noscript></div>');
    expect(fixNoscriptImage(noscriptIn(doc), BASE, parse)?.hasAttribute('onerror')).toBe(false);
  });
});
