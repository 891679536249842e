/**
 * Name normalisation for matching a page's self-declared publisher name against the registry.
 * @module lib/publisher/normalise-name
 */

/** Longer strings are not names; a hostile page could otherwise make us normalise megabytes. */
const MAX_NAME_LENGTH = 300;

/**
 * Case-, punctuation- and diacritic-insensitive form of a name: NFKD, combining marks dropped, lowercase, every run
 * of non-letters/non-digits collapsed to one space. "RFE/RL" → "rfe rl", "Deutsche Welle (DW)" → "deutsche welle dw".
 * Returns '' for text that has no letters or digits, or is too long to be a name.
 */
export function normaliseName(name: string): string {
  if (name.length > MAX_NAME_LENGTH) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A registry name without its trailing qualifier: "Meduza (SIA Medusa Project, Latvia)" → "Meduza". The registry
 * qualifies names in parentheses; pages call themselves by the bare name.
 */
export function shortName(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return bare === '' ? name.trim() : bare;
}
