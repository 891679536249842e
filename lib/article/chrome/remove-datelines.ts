/**
 * Datelines out of the story: the page's "November 15, 2021 20:11 GMT · Updated November 16, 2021" block repeats
 * what the story header already shows (published and updated dates, from the page's metadata), and Readability keeps
 * it when it sits inside the article container. Only blocks that are *nothing but* dates are removed, and only when
 * they say they are dates (a `<time>` element, or a date-ish class/itemprop), so a timeline's "3 March 2022" heading
 * or a sentence mentioning a date stays.
 * @module lib/article/chrome/remove-datelines
 */
import { isInDocument, textOf } from '@/lib/article/chrome/removal-guard';

const DATE_HINT = /\b(date|time|dateline|timestamp|published|updated|byline__date|posted)\b/i;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Tokens a dateline is made of: dates, times, zones, and the words that label them. */
const DATE_TOKENS = new RegExp(
  `\\b(?:${MONTHS}|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|published|updated|last|posted|modified|on|at|am|pm|gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|jst|aest|aedt)\\b|\\d+(?:st|nd|rd|th)?|[:.,/|·•–—()+-]`,
  'gi');
const MAX_DATELINE_LENGTH = 120;

function isDateOnly(el: Element): boolean {
  const text = textOf(el);
  if (text.length === 0 || text.length > MAX_DATELINE_LENGTH || !/\d/.test(text)) return false;
  return text.replace(DATE_TOKENS, '').trim() === '';
}

function saysItIsADate(el: Element): boolean {
  const hints = `${el.className} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
  return el.querySelector('time') !== null || el.tagName === 'TIME' || DATE_HINT.test(hints);
}

/**
 * Removes date-only blocks (the outermost one of each nest) from a document.
 * @param doc the clone Readability will read (mutated)
 * @returns how many elements were removed
 */
export function removeDatelines(doc: Document): number {
  const candidates = [...doc.body?.querySelectorAll('div, p, span, time, header > *') ?? []];
  let removed = 0;
  for (const el of candidates) {
    // Document order visits the outermost block of a nest first; once removed, its inner blocks leave the document.
    if (!isInDocument(doc, el) || el.closest('table, li, blockquote, figure')) continue;
    if (isDateOnly(el) && saysItIsADate(el)) {
      el.remove();
      removed += 1;
    }
  }
  return removed;
}
