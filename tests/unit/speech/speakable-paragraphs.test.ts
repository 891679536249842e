import { describe, expect, it } from 'vitest';
import { speakableParagraphs, speakableText } from '@/lib/reader/speech/speakable-paragraphs';

function story(html: string): Element {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
}

const texts = (root: Element): string[] => speakableParagraphs(root).map(speakableText);

describe('speakableParagraphs', () => {
  it('returns paragraphs, headings, list items, quotes and captions in reading order', () => {
    const root = story(`<h2>Floods</h2><p>First.</p><ul><li>One</li><li>Two</li></ul>
      <blockquote>Quoted.</blockquote><figure><img src="a.jpg"><figcaption>Caption.</figcaption></figure>`);
    expect(texts(root)).toEqual(['Floods', 'First.', 'One', 'Two', 'Quoted.', 'Caption.']);
  });

  it('skips empty blocks and code blocks', () => {
    const root = story('<p>  </p><p>Text.</p><pre><code>npm i</code></pre><p><code>rm -rf /</code></p><h3></h3>');
    expect(texts(root)).toEqual(['Text.']);
  });

  it('reads a quote of several paragraphs paragraph by paragraph, not twice', () => {
    const root = story('<blockquote><p>A.</p><p>B.</p></blockquote>');
    expect(texts(root)).toEqual(['A.', 'B.']);
  });

  it('reads a list item with its own text whole, including its sub-list, once', () => {
    const root = story('<ul><li>Intro<ul><li>Nested</li></ul></li></ul>');
    expect(texts(root)).toEqual(['Intro Nested']);
  });

  it('keeps inline code inside a sentence and leaves out hidden parts', () => {
    const root = story('<p>Run <code>npm test</code> now.<span aria-hidden="true">[icon]</span></p><p hidden>Secret.</p>');
    expect(texts(root)).toEqual(['Run npm test now.']);
  });

  it('finds blocks inside wrappers such as sections and divs', () => {
    const root = story('<section><div><p>Deep.</p></div></section>');
    expect(speakableParagraphs(root).map((el) => el.localName)).toEqual(['p']);
  });
});
