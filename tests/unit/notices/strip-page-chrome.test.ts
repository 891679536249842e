import { describe, expect, it } from 'vitest';
import { createRemovalGuard, MAX_PARAGRAPH_SHARE } from '@/lib/article/chrome/removal-guard';
import { stripPageChrome } from '@/lib/article/strip-page-chrome';

const PARAGRAPH = '<p>Officials said on Tuesday that the new pipeline would be completed ahead of schedule, despite concerns raised by environmental groups.</p>';
const STORY = `<h1>Pipeline ahead of schedule</h1>${PARAGRAPH.repeat(8)}`;

function parse(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

function cleanedText(body: string): string {
  const doc = parse(body);
  stripPageChrome(doc);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('stripPageChrome', () => {
  it('removes skip links and their "Accessibility links" title', () => {
    const text = cleanedText(`<div class="skip"><p>Accessibility links</p><ul><li><a href="#content">Skip to main content</a></li><li><a href="#nav">Skip to Navigation</a></li></ul></div><article id="content">${STORY}</article>`);
    expect(text).not.toContain('Skip to');
    expect(text).not.toContain('Accessibility links');
    expect(text).toContain('Officials said on Tuesday');
  });

  it('removes a breaking-news ticker but keeps the headline of the story', () => {
    const text = cleanedText(`<div class="ticker"><span>Breaking News</span><a href="/other">Drones hit energy sites</a></div><article>${STORY}</article>`);
    expect(text).not.toContain('Breaking News');
    expect(text).not.toContain('Drones hit');
    expect(text).toContain('Pipeline ahead of schedule');
  });

  it.each([['XS SM MD LG'], ['A− A A+'], ['A- A A+ A++']])('removes a font-size picker reading %j', (tokens) => {
    const picker = tokens.split(' ').map((t) => `<li><button>${t}</button></li>`).join('');
    const text = cleanedText(`<article><div class="tools"><ul>${picker}</ul></div>${STORY}</article>`);
    expect(text).not.toContain(tokens);
    expect(text).toContain('Officials said on Tuesday');
  });

  it('keeps a list of single letters that is not a size picker', () => {
    const doc = parse(`<article>${STORY}<ul><li>A</li><li>B</li><li>C</li></ul></article>`);
    stripPageChrome(doc);
    expect(doc.querySelectorAll('li')).toHaveLength(3);
  });

  it('removes a cluster of share links', () => {
    const text = cleanedText(`<article>${STORY}<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="https://t.me/share/url?url=x">Telegram</a></div></article>`);
    expect(text).not.toContain('Facebook');
    expect(text).not.toContain('Telegram');
  });

  it('keeps a single link to a social profile inside a paragraph', () => {
    const text = cleanedText(`<article>${STORY}<p>Follow the governor's statements on <a href="https://facebook.com/governor">Facebook</a> and in the regional press.</p></article>`);
    expect(text).toContain('Follow the governor');
  });

  it('removes "16x9 Image" placeholders and clears placeholder alt text', () => {
    const doc = parse(`<article>${STORY}<span class="thumb"><span>16x9 Image</span></span><img src="/logo.png" alt="16x9 Image"></article>`);
    stripPageChrome(doc);
    expect(doc.body.textContent).not.toContain('16x9 Image');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('keeps one caption when the caption repeats the image alt', () => {
    const caption = 'NATO Secretary-General Jens Stoltenberg (file photo)';
    const doc = parse(`<article>${STORY}<figure><div class="img"><img src="/a.jpg" alt="${caption}"><span class="sr-only">${caption}</span></div><figcaption>${caption}</figcaption></figure></article>`);
    stripPageChrome(doc);
    expect((doc.body.textContent ?? '').split(caption)).toHaveLength(2);
    expect(doc.querySelector('figcaption')?.textContent).toBe(caption);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('drops a bare text node that repeats the caption beside the image', () => {
    const caption = 'Ukrainian Foreign Minister Dmytro Kuleba (file photo)';
    const doc = parse(`<article>${STORY}<figure><a href="/big.jpg"><img src="/a.jpg" alt="${caption}">${caption}</a><figcaption>${caption}</figcaption></figure></article>`);
    stripPageChrome(doc);
    expect((doc.body.textContent ?? '').split(caption)).toHaveLength(2);
    expect(doc.querySelector('figcaption')?.textContent).toBe(caption);
  });

  it('keeps an alt that differs from the caption', () => {
    const doc = parse(`<article>${STORY}<figure><img src="/a.jpg" alt="A crowd in the square"><figcaption>Protesters in Minsk, 2020.</figcaption></figure></article>`);
    stripPageChrome(doc);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('A crowd in the square');
  });

  it('removes newsletter boxes, by class and around an e-mail sign-up form', () => {
    const text = cleanedText(`<article>${STORY}<div class="newsletter-box"><h3>Daily briefing</h3><p>Get our top stories.</p></div>`
      + `<section><h3>Stay informed</h3><form><label>Sign up for our newsletter</label><input type="email"><button>Go</button></form></section></article>`);
    expect(text).not.toContain('Daily briefing');
    expect(text).not.toContain('Stay informed');
    expect(text).toContain('Officials said on Tuesday');
  });

  it('removes headed related-link lists and inline "Read more:" lines', () => {
    const text = cleanedText(`<article>${STORY}<h3>Related</h3><ul><li><a href="/1">Drills in the Black Sea</a></li><li><a href="/2">Troops massed near border</a></li></ul>`
      + `<p>Read more: <a href="/3">Gas talks resume in Vienna</a></p></article>`);
    expect(text).not.toContain('Drills in the Black Sea');
    expect(text).not.toContain('Gas talks resume');
    expect(text).not.toContain('Related');
  });

  it('keeps a paragraph that merely starts with "Related"', () => {
    const text = cleanedText(`<article>${STORY}<p>Related talks in Vienna ended without agreement, officials said on Wednesday.</p></article>`);
    expect(text).toContain('Related talks in Vienna');
  });

  it('removes the publisher\'s notice paragraphs from the clone', () => {
    const text = cleanedText(`<article>${STORY}</article><footer><p>We have been declared an "undesirable organization" by the Russian government.</p><p>© 2024 Herald</p></footer>`);
    expect(text).not.toContain('undesirable');
    expect(text).toContain('© 2024 Herald');
  });

  it('never removes the story even when its container carries a chrome class', () => {
    const text = cleanedText(`<div class="newsletter share-bar ticker">${STORY}</div>`);
    expect(text).toContain('Officials said on Tuesday');
    expect(text.split('Officials said on Tuesday')).toHaveLength(9);
  });

  it('reports how many elements it removed', () => {
    const doc = parse(`<article>${STORY}<span>16x9 Image</span></article>`);
    expect(stripPageChrome(doc).removed).toBe(1);
    expect(stripPageChrome(parse(`<article>${STORY}</article>`)).removed).toBe(0);
  });
});

describe('createRemovalGuard', () => {
  it(`refuses elements holding more than ${MAX_PARAGRAPH_SHARE * 100}% of the paragraph text, the h1 or the body`, () => {
    const doc = parse(`<div id="big">${PARAGRAPH.repeat(3)}</div><div id="small">${PARAGRAPH}</div><div id="h"><h1>T</h1></div>${PARAGRAPH.repeat(6)}`);
    const guard = createRemovalGuard(doc);
    expect(guard(doc.getElementById('big') as Element)).toBe(false);
    expect(guard(doc.getElementById('small') as Element)).toBe(true);
    expect(guard(doc.getElementById('h') as Element)).toBe(false);
    expect(guard(doc.body)).toBe(false);
  });
});
