/**
 * Notice blocks found on the live page, carried over to its clone. Detection needs the live page (computed styles
 * find fixed and sticky bars that have no role or class hint; a clone has no styles), while removal happens in the
 * clone Readability reads: each notice node is found again in the clone by its child-index path, so detection runs
 * once and what it found with styles is also what is removed.
 * @module lib/notices/blocks-in-clone
 */
import type { NoticeBlock } from '@/lib/notices/find-notice-blocks';

/** Child indexes from `root` down to `node`, or null when `node` is not under `root`. */
function pathFrom(root: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let current: Node | null = node; current !== root; current = current.parentNode) {
    const parent: Node | null = current?.parentNode ?? null;
    if (!current || !parent) return null;
    path.push(Array.prototype.indexOf.call(parent.childNodes, current));
  }
  return path.reverse();
}

function nodeAt(root: Node, path: readonly number[]): Node | null {
  let node: Node | null = root;
  for (const index of path) node = node?.childNodes[index] ?? null;
  return node;
}

function twin<T extends Node>(node: T, live: Document, clone: Document): T | null {
  const path = pathFrom(live, node);
  const found = path ? nodeAt(clone, path) : null;
  // Same shape right after cloneNode: the twin has the same node name; anything else means the trees differ.
  return found && found.nodeName === node.nodeName ? (found as T) : null;
}

/**
 * The blocks' paragraphs located in the clone. Call it right after `live.cloneNode(true)`, before the clone is edited.
 * Label blocks (no paragraph) are dropped: mandated labels are cut out of the clone by removeMandatedLabels.
 * @param blocks notice blocks found on `live`
 */
export function blocksInClone(blocks: readonly NoticeBlock[], live: Document, clone: Document): NoticeBlock[] {
  return blocks.flatMap((block) => {
    if (!block.paragraph) return [];
    const el = twin(block.paragraph.el, live, clone);
    const nodes = block.paragraph.nodes.map((node) => twin(node, live, clone));
    if (!el || nodes.some((node) => node === null)) return [];
    return [{ ...block, el, paragraph: { ...block.paragraph, el, nodes: nodes as ChildNode[] } }];
  });
}
