/**
 * Word count and reading time for the cleaned story.
 * @module lib/article/reading-stats
 */

/** Adult silent reading speed for non-fiction, ~238 words per minute (Brysbaert 2019, doi:10.1016/j.jml.2019.104047). */
const WORDS_PER_MINUTE = 238;
/** For scripts written without spaces (Chinese, Japanese, Thai) count characters; ~500 per minute (same meta-analysis, ch. on CJK). */
const CHARS_PER_MINUTE = 500;
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/g;

/** Counts words; characters of unspaced scripts count as words of their own. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + unspaced;
}

/** Estimated reading time in whole minutes, at least 1. */
export function readingMinutes(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spacedWords = countWords(text) - unspaced;
  const minutes = spacedWords / WORDS_PER_MINUTE + unspaced / CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
