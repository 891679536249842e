import { describe, expect, it } from 'vitest';
import { detectNotices } from '@/lib/notices/detect-notices';
import { MAX_CANDIDATES } from '@/lib/notices/notice-candidates';
import { MAX_PARAGRAPH_CHARS } from '@/lib/notices/notice-paragraphs';

const STORY = '<article><h1>Title</h1>'
  + '<p>Officials said on Tuesday that the new pipeline would be completed ahead of schedule, despite concerns.</p>'.repeat(5)
  + '</article>';
const STATUS = 'The outlet has been declared an "undesirable organization" by the Russian government.';

function parse(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

/** A window stand-in whose computed style pins elements of one class to the bottom edge. */
function pinningWindow(className: string): Pick<Window, 'getComputedStyle'> {
  return {
    getComputedStyle: (el: Element) => ({
      position: el.classList.contains(className) ? 'fixed' : 'static',
      top: 'auto',
      bottom: el.classList.contains(className) ? '0px' : 'auto',
    }) as CSSStyleDeclaration,
  };
}

describe('detectNotices', () => {
  it('finds a fixed bar only through computed style, and places it at the edge it is pinned to', () => {
    const html = `<div class="bar"><p>${STATUS}</p></div>${STORY}`;
    expect(detectNotices(parse(html))).toEqual([]);
    expect(detectNotices(parse(html), pinningWindow('bar'))).toEqual([
      { kind: 'publisher-status', text: STATUS, lang: 'en', position: 'bottom' },
    ]);
  });

  it('reports a notice once when nested candidate boxes hold it', () => {
    const doc = parse(`${STORY}<footer><div class="site-notice" role="alert"><p>${STATUS}</p></div></footer>`);
    expect(detectNotices(doc)).toHaveLength(1);
  });

  it('reports a banner repeated at the top and bottom once, where it first stands', () => {
    const doc = parse(`<div role="alert"><p>${STATUS}</p></div>${STORY}<footer><p>${STATUS}</p></footer>`);
    expect(detectNotices(doc)).toEqual([{ kind: 'publisher-status', text: STATUS, lang: 'en', position: 'top' }]);
  });

  it('ignores headline links about other outlets in a footer list', () => {
    const doc = parse(`${STORY}<footer><ul><li><a href="/a">Russia declares Bellingcat an "undesirable organization" by government order</a></li></ul></footer>`);
    expect(detectNotices(doc)).toEqual([]);
  });

  it('needs the publisher to speak of itself in a weak box such as a sidebar', () => {
    expect(detectNotices(parse(`${STORY}<aside><p>${STATUS}</p></aside>`))).toEqual([]);
    const own = 'We have been declared an "undesirable organization" by the Russian government.';
    expect(detectNotices(parse(`${STORY}<aside><p>${own}</p></aside>`))).toEqual([
      { kind: 'publisher-status', text: own, lang: 'en', position: 'sidebar' },
    ]);
  });

  it('skips paragraphs too long to be a notice', () => {
    const long = `${STATUS} ${'More words about the matter. '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(MAX_PARAGRAPH_CHARS);
    expect(detectNotices(parse(`${STORY}<footer><p>${long}</p></footer>`))).toEqual([]);
  });

  it('bounds its work on a page with thousands of notice boxes', () => {
    const boxes = Array.from({ length: 2000 }, (_, i) => `<div class="notice"><p>Box ${i}: ${STATUS}</p></div>`).join('');
    const started = performance.now();
    const notices = detectNotices(parse(`${STORY}${boxes}`));
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('returns nothing for a document without a body', () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml');
    expect(detectNotices(doc)).toEqual([]);
  });
});

describe('detectNotices with resolved pixel offsets', () => {
  it('places a fixed bar at the nearer edge when the browser resolves both offsets to pixels', () => {
    const win = (top: string, bottom: string): Pick<Window, 'getComputedStyle'> => ({
      getComputedStyle: (el: Element) => ({ position: el.classList.contains('bar') ? 'fixed' : 'static', top, bottom }) as CSSStyleDeclaration,
    });
    const html = `<div class="bar"><p>${STATUS}</p></div>${STORY}`;
    expect(detectNotices(parse(html), win('652px', '0px'))[0]?.position).toBe('bottom');
    expect(detectNotices(parse(html), win('0px', '700px'))[0]?.position).toBe('top');
  });
});
