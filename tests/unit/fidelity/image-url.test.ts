import { describe, expect, it } from 'vitest';
import { isPlaceholderSrc, resolveHttpUrl } from '@/lib/article/fidelity/image-url';

const BASE = 'https://news.example/world/';

describe('resolveHttpUrl', () => {
  it.each([
    ['images/a.webp', 'https://news.example/world/images/a.webp'],
    ['/charts/b.svg', 'https://news.example/charts/b.svg'],
    ['//cdn.example/c.avif', 'https://cdn.example/c.avif'],
    ['  https://cdn.example/d.jpg  ', 'https://cdn.example/d.jpg'],
  ])('resolves %s against the page base to %s', (raw, expected) => {
    expect(resolveHttpUrl(raw, BASE)).toBe(expected);
  });

  it.each([[''], ['   '], ['javascript:alert(1)'], ['data:image/gif;base64,R0lGOD'], ['blob:https://x/1']])(
    'returns null for the unusable value %j',
    (raw) => {
      expect(resolveHttpUrl(raw, BASE)).toBeNull();
    },
  );

  it('returns null for a missing attribute', () => {
    expect(resolveHttpUrl(null, BASE)).toBeNull();
  });
});

describe('isPlaceholderSrc', () => {
  it.each([
    [null],
    [''],
    ['about:blank'],
    ['data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'],
    ["data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"],
    ['/static/spacer.gif'],
    ['https://cdn.example/assets/placeholder.png'],
    ['/img/1x1.png?v=2'],
    ['/wp-content/plugins/lazy-load/images/blank.gif'],
  ])('treats %j as a placeholder', (src) => {
    expect(isPlaceholderSrc(src)).toBe(true);
  });

  it.each([['https://cdn.example/photos/levee.webp'], ['/img/blanket-drive.jpg'], ['photo.avif'], ['/charts/rainfall.svg']])(
    'treats %j as a real image',
    (src) => {
      expect(isPlaceholderSrc(src)).toBe(false);
    },
  );
});
