/**
 * Turns one paragraph into notices: a box that holds a status sentence AND a sharing warning becomes two notices,
 * each with its own kind; sentences that say nothing by themselves ("please note …", "click here") stay with the
 * notice they follow, so every notice is verbatim text from the page.
 * @module lib/notices/split-notice
 */
import { classifySentence, type VocabularyKind } from '@/lib/notices/notice-vocabulary';
import { namesSelf } from '@/lib/notices/self-names';

/** A run of sentences of one kind. */
export interface NoticePart {
  kind: VocabularyKind;
  text: string;
}

/** Sentence ends: . ! ? … (optionally followed by a closing quote) and white space before a capital, quote or digit. */
const SENTENCE_END = /(?<=[.!?…]["”»']?)\s+(?=[\p{Lu}"“«„(\d])/u;

/**
 * Splits a paragraph into notice parts, in text order.
 * @param text the paragraph, white space collapsed
 * @param names the site's own names (see selfNames)
 * @param strong the paragraph stands in a strong notice box (see findNoticeCandidates)
 * @returns no parts when no sentence is a notice
 */
export function splitNotice(text: string, names: readonly string[], strong: boolean): NoticePart[] {
  const parts: { kind: VocabularyKind | null; sentences: string[] }[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const kind = classifySentence(sentence, namesSelf(sentence, names), strong);
    const last = parts[parts.length - 1];
    if (last && (kind === null || kind === last.kind)) last.sentences.push(sentence);
    else if (last && last.kind === null) {
      last.kind = kind;
      last.sentences.push(sentence);
    } else parts.push({ kind, sentences: [sentence] });
  }
  const notices = parts.filter((p): p is { kind: VocabularyKind; sentences: string[] } => p.kind !== null);
  if (notices.length === 1 && notices[0]) return [{ kind: notices[0].kind, text }];
  return notices.map((p) => ({ kind: p.kind, text: p.sentences.join(' ') }));
}
