import { describe, expect, it } from 'vitest';
import { absolutizeSrcset, parseSrcset, pickSrcsetUrl } from '@/lib/article/fidelity/pick-srcset-url';

const BASE = 'https://news.example/world/';

describe('parseSrcset', () => {
  it('keeps commas that are part of a URL, as Cloudinary-style URLs have', () => {
    expect(parseSrcset('https://img.example/w_300,h_200/a.jpg 300w, https://img.example/w_600,h_400/a.jpg 600w')).toEqual([
      { url: 'https://img.example/w_300,h_200/a.jpg', descriptor: '300w', size: 300 },
      { url: 'https://img.example/w_600,h_400/a.jpg', descriptor: '600w', size: 600 },
    ]);
  });

  it('reads density descriptors and candidates without a descriptor', () => {
    expect(parseSrcset('a.webp, b.webp 2x').map((c) => [c.url, c.size])).toEqual([
      ['a.webp', 1000],
      ['b.webp', 2000],
    ]);
  });

  it('returns no candidates for an empty value', () => {
    expect(parseSrcset('  ')).toEqual([]);
  });
});

describe('pickSrcsetUrl', () => {
  it('picks the widest candidate and makes it absolute', () => {
    expect(pickSrcsetUrl('boat-480.avif 480w, boat-1200.avif 1200w, boat-800.avif 800w', BASE)).toBe(
      'https://news.example/world/boat-1200.avif',
    );
  });

  it('skips data: placeholders inside a srcset', () => {
    expect(pickSrcsetUrl('data:image/gif;base64,R0lGOD 2000w, /real.jpg 400w', BASE)).toBe('https://news.example/real.jpg');
  });

  it('returns null when there is no srcset', () => {
    expect(pickSrcsetUrl(null, BASE)).toBeNull();
  });
});

describe('absolutizeSrcset', () => {
  it('rewrites every candidate URL to an absolute one and keeps its descriptor', () => {
    expect(absolutizeSrcset('a.jpg 1x, /b.jpg 2x', BASE)).toBe('https://news.example/world/a.jpg 1x, https://news.example/b.jpg 2x');
  });
});
