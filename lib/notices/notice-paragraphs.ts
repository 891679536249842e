/**
 * Splits a container into its paragraphs: runs of inline content between block boundaries, each with the nodes
 * that carry it (so a notice can later be removed from the clone without touching its neighbours).
 * @module lib/notices/notice-paragraphs
 */

/** One paragraph of a container: its block element, the nodes of the run, and its text (white space collapsed). */
export interface NoticeParagraph {
  el: Element;
  nodes: ChildNode[];
  text: string;
  /** Share of the text that is link text; headline lists ("Related", teasers) are mostly links. */
  linkShare: number;
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL', 'BR']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BLOCK_SELECTOR = [...BLOCKS].map((t) => t.toLowerCase()).join(',');

/** Paragraphs longer than this are story or boilerplate prose, not a notice (the seed's longest is 330 characters). */
export const MAX_PARAGRAPH_CHARS = 1200;

function linkTextLength(nodes: ChildNode[]): number {
  let length = 0;
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const links = el.tagName === 'A' ? [el] : [...el.querySelectorAll('a')];
    for (const a of links) length += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return length;
}

function toParagraph(el: Element, nodes: ChildNode[]): NoticeParagraph | null {
  const text = nodes.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
  if (text.length < 12 || text.length > MAX_PARAGRAPH_CHARS) return null;
  return { el, nodes, text, linkShare: linkTextLength(nodes) / text.length };
}

/**
 * Collects the paragraphs of a container, in document order.
 * @param container the candidate box
 * @param limit stop after this many paragraphs (huge footers and site maps)
 */
export function noticeParagraphs(container: Element, limit = 200): NoticeParagraph[] {
  const out: NoticeParagraph[] = [];
  const visit = (el: Element): void => {
    let run: ChildNode[] = [];
    const flush = (): void => {
      const paragraph = run.length > 0 ? toParagraph(el, run) : null;
      if (paragraph && out.length < limit) out.push(paragraph);
      run = [];
    };
    for (const child of el.childNodes) {
      if (out.length >= limit) return;
      if (child.nodeType === 3) run.push(child);
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (SKIPPED.has(element.tagName)) continue;
      if (BLOCKS.has(element.tagName) || element.querySelector(BLOCK_SELECTOR)) {
        flush();
        visit(element);
      } else {
        run.push(element);
      }
    }
    flush();
  };
  visit(container);
  return out;
}
