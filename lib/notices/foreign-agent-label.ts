/**
 * The label Russian law forces into "foreign agent" media and persons' texts (Law 121-FZ of 2012 as amended; Roskomnadzor
 * order on its form; since Dec 2022 Law 255-FZ). The text is fixed, so it is matched as a phrase, not scored:
 * case-insensitive, tolerant of any punctuation, quotes, dashes and white space between the words, with or without
 * an "18+" mark. Exact wording: ../shared/registry/registry.md §5.
 * @module lib/notices/foreign-agent-label
 */

/** Any run of non-letters between two words: spaces, "(", ")", commas, quotes, dashes, "/". */
const SEP = '[^\\p{L}\\p{N}]{1,8}';
const FA = `иностранн\\p{L}*${SEP}агент\\p{L}*`;
const PERFORMING_FA = `выполняющ\\p{L}*${SEP}функци\\p{L}*${SEP}${FA}`;
/** Who made it, in the pre-2022 form: foreign media, Russian legal entity or natural person "performing the functions". */
const MAKER = `(?:${FA}|иностранн\\p{L}*${SEP}средств\\p{L}*${SEP}массов\\p{L}*${SEP}информаци\\p{L}*${SEP}${PERFORMING_FA}`
  + `|российск\\p{L}*${SEP}юридическ\\p{L}*${SEP}лиц\\p{L}*${SEP}${PERFORMING_FA}|физическ\\p{L}*${SEP}лиц\\p{L}*${SEP}${PERFORMING_FA})`;
const OLD_FORM = `данн\\p{L}*${SEP}сообщени\\p{L}*${SEP}материал\\p{L}*${SEP}создан\\p{L}*${SEP}и${SEP}или${SEP}`
  + `распространен\\p{L}*${SEP}${MAKER}(?:${SEP}(?:и${SEP}или${SEP})?${MAKER})*`;
/** The post-Dec-2022 form names the agent; the name runs to the end of the sentence (at most 120 characters). */
const NEW_FORM = `(?:настоящ|данн)\\p{L}*${SEP}материал\\p{L}*${SEP}(?:информаци\\p{L}*${SEP})?произвед\\p{L}*${SEP}`
  + `(?:и${SEP}или${SEP})?распространен\\p{L}*${SEP}(?:и${SEP}или${SEP})?(?:направлен\\p{L}*${SEP})?${FA}`
  + `[^.!?;\\n]{0,120}?(?:${SEP}либо${SEP}касается${SEP}деятельности${SEP}${FA}[^.!?;\\n]{0,120}?)?`
  + '(?=\\s*(?:[.!?;\\n]|18\\s*\\+|$))';
const LABEL_SOURCE = `(?:18\\s*\\+\\s*)?(?:${OLD_FORM}|${NEW_FORM})(?:\\s*18\\s*\\+)?`;

/** A fresh global matcher (global regexes carry lastIndex, so never share one). */
function labelPattern(): RegExp {
  return new RegExp(LABEL_SOURCE, 'giu');
}

/** Cheap pre-check: no "foreign agent" words, no label. */
const QUICK = new RegExp(FA, 'iu');

/**
 * Finds every mandated label in a text.
 * @returns the labels as they stand, white space collapsed
 */
export function findMandatedLabels(text: string): string[] {
  if (!QUICK.test(text)) return [];
  return [...text.matchAll(labelPattern())].map((m) => m[0].replace(/\s+/g, ' ').trim());
}

/** The text with every mandated label cut out (so the label's "иностранного агента" is not read as a status). */
export function stripMandatedLabels(text: string): string {
  return QUICK.test(text) ? text.replace(labelPattern(), ' ').replace(/\s+/g, ' ').trim() : text;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function hasLabel(el: Element): boolean {
  return !SKIPPED.has(el.tagName) && findMandatedLabels(el.textContent ?? '').length > 0;
}

/**
 * The smallest elements whose text holds a whole label: descends only along children that hold one, so the cost is
 * the depth of the label, not the size of the page.
 * @param root where to look (usually `doc.body`)
 */
export function findLabelElements(root: Element): Element[] {
  if (!hasLabel(root)) return [];
  const inner = [...root.children].flatMap((child) => findLabelElements(child));
  return inner.length > 0 ? inner : [root];
}

function textNodesOf(node: Node, out: Text[] = []): Text[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child as Text);
    else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName)) textNodesOf(child, out);
  }
  return out;
}

/** Cuts [start, end) of the element's concatenated text out of the text nodes that carry it. */
function cutRange(nodes: Text[], start: number, end: number): void {
  let offset = 0;
  for (const node of nodes) {
    const length = node.data.length;
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, length);
    if (from < to) node.data = node.data.slice(0, from) + node.data.slice(to);
    offset += length;
  }
}

/** True when nothing but punctuation, symbols or an age mark would be left. */
function onlyLabel(el: Element): boolean {
  const rest = (el.textContent ?? '').replace(labelPattern(), '');
  return /^[\s\p{P}\p{S}]*(?:18\s*\+)?[\s\p{P}\p{S}]*$/u.test(rest);
}

/** Removes an element whose text was only the label, and the wrappers that held nothing else. */
function removeWithEmptyWrappers(el: Element): void {
  let target = el;
  while (target.parentElement && target.parentElement.tagName !== 'BODY'
    && (target.parentElement.textContent ?? '').trim() === (target.textContent ?? '').trim()
    && !target.parentElement.querySelector('img, picture, video, iframe')) {
    target = target.parentElement;
  }
  target.remove();
}

/**
 * Removes every mandated label from a document: the smallest element holding only the label goes; when the label
 * shares a paragraph with story text, only the label's text is cut. Run it on the clone Readability will read.
 * @param doc the clone (mutated)
 * @returns how many labels were removed
 */
export function removeMandatedLabels(doc: Document): number {
  if (!doc.body) return 0;
  let removed = 0;
  for (const el of findLabelElements(doc.body)) {
    if (onlyLabel(el)) {
      removed += findMandatedLabels(el.textContent ?? '').length;
      removeWithEmptyWrappers(el);
      continue;
    }
    const nodes = textNodesOf(el);
    const text = nodes.map((n) => n.data).join('');
    const matches = [...text.matchAll(labelPattern())].reverse();
    for (const m of matches) cutRange(nodes, m.index, m.index + m[0].length);
    removed += matches.length;
  }
  return removed;
}
