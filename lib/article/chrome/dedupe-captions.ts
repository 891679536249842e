/**
 * A caption that repeats the image's alt text is read twice: once as the caption, once as the alt (screen readers,
 * text copies) or as a hidden duplicate text. Keep one: the visible caption. The alt is cleared because "the image
 * is described by the caption" is the case WAI gives for an empty alt (w3.org/WAI/tutorials/images/informative/ —
 * "Image with adjacent text alternative"); duplicate caption texts beside the image go.
 * @module lib/article/chrome/dedupe-captions
 */
import { squash } from '@/lib/notices/self-names';
import { removeIfSafe, textOf, type RemovalGuard } from '@/lib/article/chrome/removal-guard';

const CAPTION = 'figcaption, [class*="caption"], [itemprop="caption"]';
/** How far up from the image a caption may sit (figure > div.img-wrap > div.thumb > img in common CMS markup). */
const MAX_CLIMB = 4;

function captionFor(img: Element, alt: string): { box: Element; caption: Element } | null {
  let box: Element | null = img.parentElement;
  for (let i = 0; box && box.tagName !== 'BODY' && i < MAX_CLIMB; i += 1, box = box.parentElement) {
    const captions = [...box.querySelectorAll(CAPTION)].filter((c) => squash(textOf(c)) === alt);
    const caption = captions.find((c) => c.tagName === 'FIGCAPTION') ?? captions[0];
    if (caption) return { box, caption };
  }
  return null;
}

/** Elements in the box, outside the caption, whose whole text is the caption again. */
function duplicates(box: Element, caption: Element, alt: string): Element[] {
  return [...box.querySelectorAll('*')].filter((el) => !el.contains(caption) && !caption.contains(el)
    && el.children.length === 0 && squash(textOf(el)) === alt);
}

/** Bare text nodes in the box, outside the caption, that repeat it (alt text printed beside the image). */
function duplicateTextNodes(node: Node, caption: Element, alt: string, out: ChildNode[] = []): ChildNode[] {
  for (const child of node.childNodes) {
    if (child === caption) continue;
    if (child.nodeType === 3 && squash(child.textContent ?? '') === alt) out.push(child);
    else if (child.nodeType === 1) duplicateTextNodes(child, caption, alt, out);
  }
  return out;
}

/**
 * Keeps one caption per image.
 * @returns alts cleared and duplicates removed
 */
export function dedupeCaptions(doc: Document, guard: RemovalGuard): number {
  let changed = 0;
  for (const img of doc.querySelectorAll('img[alt]')) {
    const alt = squash(img.getAttribute('alt') ?? '');
    if (alt.length < 3) continue;
    const found = captionFor(img, alt);
    if (!found) continue;
    img.setAttribute('alt', '');
    changed += 1;
    for (const el of duplicates(found.box, found.caption, alt)) changed += removeIfSafe(el, guard);
    for (const text of duplicateTextNodes(found.box, found.caption, alt)) {
      text.remove();
      changed += 1;
    }
  }
  return changed;
}
