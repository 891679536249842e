import { describe, expect, it } from 'vitest';
import { isHiddenInLive, type StyleWindow } from '@/lib/article/fidelity/is-hidden-in-live';
import { pageWith } from './lazy-fixture';

/** A window whose computed styles come from a table keyed by element id, as a browser would compute them. */
function stubWindow(styles: Record<string, { display?: string; visibility?: string }>): StyleWindow {
  return {
    getComputedStyle: (el: Element) =>
      ({ display: styles[el.id]?.display ?? 'block', visibility: styles[el.id]?.visibility ?? 'visible' }) as CSSStyleDeclaration,
  };
}

function byId(doc: Document, id: string): Element {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

describe('isHiddenInLive', () => {
  it('reports an element whose computed display is none', () => {
    const doc = pageWith('<div id="modal">Subscribe</div>');
    expect(isHiddenInLive(byId(doc, 'modal'), stubWindow({ modal: { display: 'none' } }))).toBe(true);
  });

  it('reports a visibility-hidden element with no visible descendant', () => {
    const doc = pageWith('<div id="v"><span id="s">x</span></div>');
    const win = stubWindow({ v: { visibility: 'hidden' }, s: { visibility: 'hidden' } });
    expect(isHiddenInLive(byId(doc, 'v'), win)).toBe(true);
  });

  it('keeps paragraphs that only inherit visibility:hidden from a body hidden until a script reveals the page', () => {
    const doc = pageWith('<div id="story"><p id="p">A paragraph of the story.</p></div>');
    doc.body.id = 'body';
    const win = stubWindow({ body: { visibility: 'hidden' }, story: { visibility: 'hidden' }, p: { visibility: 'hidden' } });
    expect(isHiddenInLive(byId(doc, 'story'), win)).toBe(false);
    expect(isHiddenInLive(byId(doc, 'p'), win)).toBe(false);
  });

  it('keeps a visibility-hidden element whose child sets visibility back to visible', () => {
    const doc = pageWith('<div id="v"><span id="s">x</span></div>');
    const win = stubWindow({ v: { visibility: 'hidden' }, s: { visibility: 'visible' } });
    expect(isHiddenInLive(byId(doc, 'v'), win)).toBe(false);
  });

  it('reports the hidden attribute even where the style engine lacks the UA rule for it', () => {
    const doc = pageWith('<p id="h" hidden>x</p><p id="f" hidden="until-found">y</p>');
    expect(isHiddenInLive(byId(doc, 'h'), stubWindow({}))).toBe(true);
    expect(isHiddenInLive(byId(doc, 'f'), stubWindow({}))).toBe(false);
  });

  it('reports aria-hidden on a text block but not on an image', () => {
    const doc = pageWith('<div id="ad" aria-hidden="true">Advertisement</div><img id="pic" aria-hidden="true" src="a.jpg">');
    expect(isHiddenInLive(byId(doc, 'ad'), stubWindow({}))).toBe(true);
    expect(isHiddenInLive(byId(doc, 'pic'), stubWindow({}))).toBe(false);
  });

  it('never judges noscript or template elements, which browsers always compute as display none', () => {
    const doc = pageWith('<noscript id="n"><img src="a.jpg"></noscript><template id="t"><p>x</p></template>');
    const win = stubWindow({ n: { display: 'none' }, t: { display: 'none' } });
    expect(isHiddenInLive(byId(doc, 'n'), win)).toBe(false);
    expect(isHiddenInLive(byId(doc, 't'), win)).toBe(false);
  });

  it('keeps a hidden block holding several story paragraphs, as a collapsed "read more" body does', () => {
    const long = `<p>${'Residents were told to move valuables to the upper floors of their houses. '.repeat(2)}</p>`;
    const doc = pageWith(`<div id="more">${long.repeat(3)}</div>`);
    expect(isHiddenInLive(byId(doc, 'more'), stubWindow({ more: { display: 'none' } }))).toBe(false);
  });
});
