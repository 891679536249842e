/**
 * Pairs each element of the live page with its copy in the clone, so styles can be read from the live page
 * (a clone has no layout) and edits made in the clone.
 * @module lib/article/fidelity/pair-elements
 */

/** A live element and its copy in the clone. */
export interface ElementPair {
  live: Element;
  clone: Element;
}

/**
 * Walks the live and cloned `<body>` in lockstep (document order). Right after `cloneNode(true)` both trees have the
 * same shape; if they ever differ (a tag mismatch) pairing stops there rather than pairing the wrong elements.
 * Call it before editing the clone.
 * @param live the live document
 * @param clone its fresh clone
 * @returns pairs in document order, starting with the two `<body>` elements; empty when either has no body
 */
export function pairElements(live: Document, clone: Document): ElementPair[] {
  if (!live.body || !clone.body) return [];
  const pairs: ElementPair[] = [];
  const liveWalker = live.createTreeWalker(live.body, 1);
  const cloneWalker = clone.createTreeWalker(clone.body, 1);
  let l: Node | null = liveWalker.currentNode;
  let c: Node | null = cloneWalker.currentNode;
  while (l && c) {
    const liveEl = l as Element;
    const cloneEl = c as Element;
    if (liveEl.nodeName !== cloneEl.nodeName) break;
    pairs.push({ live: liveEl, clone: cloneEl });
    l = liveWalker.nextNode();
    c = cloneWalker.nextNode();
  }
  return pairs;
}
