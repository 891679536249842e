/**
 * Word lists of article HTML, for comparing our output with Readability's expected.html. expected.html is
 * pretty-printed (white space between elements) and our HTML is not, so text nodes are joined with a space and
 * words are runs of letters, marks and digits: formatting and punctuation never count as a difference.
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, in order. */
export function textWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of an HTML fragment, in order, parsed with the given document's parser. */
export function htmlWords(html: string, parser: DOMParser): string[] {
  const doc = parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return textWords(parts.join(' '));
}
