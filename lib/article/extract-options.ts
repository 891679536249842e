/**
 * How the popup hands options to the page script: an unlisted script takes no arguments, so a one-line function
 * injected first stores them on the isolated world's global, and the script reads (and clears) them.
 * @module lib/article/extract-options
 */
import type { ExtractOptions } from '@/lib/protocol';

/** The global property, in the extension's isolated world (never visible to the page's own scripts). */
export const EXTRACT_OPTIONS_KEY = '__mastheadExtractOptions';

/**
 * Reads and clears the options left by the popup; anything malformed means the defaults.
 * @param scope the isolated world's global object
 */
export function takeExtractOptions(scope: object): ExtractOptions {
  const raw: unknown = Reflect.get(scope, EXTRACT_OPTIONS_KEY);
  Reflect.deleteProperty(scope, EXTRACT_OPTIONS_KEY);
  const force = typeof raw === 'object' && raw !== null && Reflect.get(raw, 'force') === true;
  return { force };
}
