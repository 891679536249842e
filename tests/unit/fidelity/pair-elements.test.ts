import { describe, expect, it } from 'vitest';
import { pairElements } from '@/lib/article/fidelity/pair-elements';
import { pageWith } from './lazy-fixture';

describe('pairElements', () => {
  it('pairs every body element of a fresh clone with its live original, in document order', () => {
    const live = pageWith('<main><p id="a">x</p><div><span id="b">y</span></div></main>');
    const clone = live.cloneNode(true) as Document;
    const pairs = pairElements(live, clone);
    expect(pairs.map((p) => p.live.localName)).toEqual(['body', 'main', 'p', 'div', 'span']);
    expect(pairs.every((p) => p.live !== p.clone && p.live.id === p.clone.id && clone.documentElement.contains(p.clone))).toBe(true);
  });

  it('stops pairing where the trees stop matching', () => {
    const live = pageWith('<p>x</p><div>y</div><span>z</span>');
    const clone = live.cloneNode(true) as Document;
    clone.querySelector('div')?.replaceWith(clone.createElement('section'));
    expect(pairElements(live, clone).map((p) => p.clone.localName)).toEqual(['body', 'p']);
  });
});
