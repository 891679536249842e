import { describe, expect, it } from 'vitest';
import { removeTitleHeading } from '@/lib/article/chrome/remove-title-heading';

function body(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="b">${html}</div>`, 'text/html');
  return doc.getElementById('b') as Element;
}

describe('removeTitleHeading', () => {
  it('removes a leading heading that repeats the title, in any script (Readability misses Cyrillic titles)', () => {
    const b = body('<h1>Мост через реку откроют раньше срока</h1><p>Власти региона заявили…</p>');
    expect(removeTitleHeading(b, 'Мост через реку откроют раньше срока')).toBe(true);
    expect(b.querySelector('h1')).toBeNull();
  });
  it('ignores case and punctuation differences', () => {
    const b = body('<h2>NATO chief warns Russia!</h2><p>Text</p>');
    expect(removeTitleHeading(b, 'NATO Chief Warns Russia')).toBe(true);
  });
  it('keeps a heading that only resembles the title', () => {
    const b = body('<h2>Background: the bridge</h2><p>Text</p>');
    expect(removeTitleHeading(b, 'Мост через реку')).toBe(false);
    expect(b.querySelector('h2')).not.toBeNull();
  });
  it('keeps a matching heading that follows story text', () => {
    const b = body('<p>First paragraph.</p><h2>The title again</h2>');
    expect(removeTitleHeading(b, 'The title again')).toBe(false);
  });
});
