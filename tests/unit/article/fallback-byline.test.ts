import { describe, expect, it } from 'vitest';
import { fallbackByline } from '@/lib/article/fallback-byline';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('fallbackByline', () => {
  it('reads the rel="author" link in the article header', () => {
    const doc = page('<article><header class="entry-header"><address><a rel="author" href="/a/mc">Mike  Conley</a></address></header><p>Story</p></article>');
    expect(fallbackByline(doc)).toBe('Mike Conley');
  });

  it('reads the name inside an itemprop="author" Person', () => {
    const doc = page('<span itemprop="author" itemscope><a href="/p"><span itemprop="name">Andrew Zonenberg</span></a> posted</span>');
    expect(fallbackByline(doc)).toBe('Andrew Zonenberg');
  });

  it('skips author links in menus, asides, footers and comments', () => {
    const doc = page([
      '<nav><a rel="author" href="/x">Editor in Menu</a></nav>',
      '<aside><a rel="author" href="/y">Sidebar Author</a></aside>',
      '<div id="comments"><a rel="author" href="/z">A Commenter</a></div>',
      '<footer><a rel="author">Footer Name</a></footer>',
    ].join(''));
    expect(fallbackByline(doc)).toBeNull();
  });

  it('ignores an author element whose text is too long to be a name', () => {
    const doc = page(`<div itemprop="author">${'word '.repeat(40)}</div><a rel="author">Jane Doe</a>`);
    expect(fallbackByline(doc)).toBe('Jane Doe');
  });
});
