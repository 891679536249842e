/**
 * File names for exports that every OS accepts.
 * @module lib/export/export-file-name
 */

/** Longest name part kept, in characters; leaves room for the extension within common 255-byte limits. */
const MAX_NAME_LENGTH = 80;

/** Names Windows reserves whatever the extension (https://learn.microsoft.com/windows/win32/fileio/naming-a-file). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Builds a safe file name from a story title: keeps letters of any script (Cyrillic titles stay readable), drops
 * characters Windows, macOS or Linux forbid and control characters, joins words with `-`, trims to 80 characters,
 * and falls back to "article" when nothing is left.
 * @param title the story title (untrusted page text)
 * @param ext the extension, with or without a leading dot ("html", ".md"); reduced to letters and digits
 * @returns e.g. `floods-reach-the-delta.html`
 */
export function exportFileName(title: string, ext: string): string {
  const words = title
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*#%&{}$!'`@+=~^[\]]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let name = Array.from(words.join('-')).slice(0, MAX_NAME_LENGTH).join('');
  name = name.replace(/^[.\-_]+|[.\-_ ]+$/g, '');
  if (!name) name = 'article';
  if (WINDOWS_RESERVED.test(name)) name = `${name}-article`;
  const cleanExt = ext.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return cleanExt ? `${name}.${cleanExt}` : name;
}
