import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { isGridDataTable, markDataTables } from '@/lib/article/fidelity/mark-data-tables';
import { pageWith } from './lazy-fixture';

const LINKY_TABLE = `<table id="t"><tr><td>Upper gauge</td><td>6.2 m</td><td><a href="https://hydro.example/u">source</a></td></tr>
  <tr><td>Delta gauge</td><td>4.8 m</td><td><a href="https://hydro.example/d">source</a></td></tr></table>`;

const PARAGRAPH = '<p>Water levels in the delta rose for a third day on Tuesday, officials said, as rain kept falling, and reservoirs, already full, released water downstream.</p>';

function table(html: string): Element {
  const el = pageWith(html).querySelector('table');
  if (!el) throw new Error('fixture has no table');
  return el;
}

describe('isGridDataTable', () => {
  it('accepts a regular grid of text cells', () => {
    expect(isGridDataTable(table(LINKY_TABLE))).toBe(true);
  });

  it.each([
    ['a single row', '<table><tr><td>a</td><td>b</td></tr></table>'],
    ['a single column', '<table><tr><td>a</td></tr><tr><td>b</td></tr></table>'],
    ['rows of different widths', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'],
    ['a nested table', '<table><tr><td><table><tr><td>x</td></tr></table></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'],
    ['role=presentation', '<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'],
    ['mostly empty cells', '<table><tr><td>a</td><td></td></tr><tr><td></td><td></td></tr></table>'],
    ['cells that are mostly bare links', '<table><tr><td><a href="/1">Story one</a></td><td><a href="/2">Story two</a></td></tr><tr><td><a href="/3">Three</a></td><td>Four</td></tr></table>'],
  ])('rejects a table with %s', (_case, html) => {
    expect(isGridDataTable(table(html))).toBe(false);
  });

  it('counts colspan when comparing row widths', () => {
    expect(isGridDataTable(table('<table><tr><td colspan="2">Total</td></tr><tr><td>a</td><td>b</td></tr></table>'))).toBe(true);
  });
});

describe('markDataTables', () => {
  it('adds a colgroup to a grid table and leaves tables Readability already recognises alone', () => {
    const doc = pageWith(`${LINKY_TABLE}<table id="th"><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>`);
    expect(markDataTables(doc.body)).toBe(1);
    expect(doc.querySelector('#t > colgroup')).not.toBeNull();
    expect(doc.querySelectorAll('#th colgroup')).toHaveLength(0);
  });

  it('makes Readability keep a small linked table it would otherwise drop', () => {
    const html = `<main><div class="story">${PARAGRAPH.repeat(3)}${LINKY_TABLE}${PARAGRAPH.repeat(2)}</div></main>`;
    const before = new Readability(pageWith(html)).parse()?.content ?? '';
    const marked = pageWith(html);
    markDataTables(marked.body);
    const after = new Readability(marked).parse()?.content ?? '';
    expect(before).not.toContain('Delta gauge');
    expect(after).toContain('Delta gauge');
  });
});
