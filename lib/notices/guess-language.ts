/**
 * A language guess for a short notice, from its script and letters alone (no dictionary, no network).
 * Letters that only one Cyrillic orthography has: ў (Belarusian); ї, є, ґ (Ukrainian); і occurs in both, but
 * Belarusian has no и while Ukrainian does; ы, э, ъ, ё are Russian or Belarusian, never Ukrainian.
 * @module lib/notices/guess-language
 */

/** Common English function words; a Latin-script notice without any of them is left 'und'. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|has|have|been|you|your|our|we|for|by|in|or)\b/i;

/**
 * Guesses 'en', 'ru', 'uk', 'be' or 'und' for a text.
 * @param text the notice text
 */
export function guessLanguage(text: string): string {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic === 0 && latin === 0) return 'und';
  if (cyrillic > latin) {
    if (/ў/iu.test(text)) return 'be';
    if (/[їєґ]/iu.test(text)) return 'uk';
    if (/і/iu.test(text)) return /и/iu.test(text) ? 'uk' : 'be';
    return 'ru';
  }
  return ENGLISH_WORDS.test(text) ? 'en' : 'und';
}
