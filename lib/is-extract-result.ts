/**
 * The receiver's check of the page script's answer: `InjectionResult.result` is `unknown` to TypeScript, and a
 * page can tamper with the isolated world's prototypes only in broken browsers, but a stale or failed script can
 * return undefined. Checks the discriminant and the fields the UI reads.
 * @module lib/is-extract-result
 */
import type { ExtractResult } from '@/lib/protocol';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const REASONS = new Set(['not-readerable', 'empty', 'restricted', 'loading', 'too-large', 'error']);

/** True when `value` has the shape of an ExtractResult. */
export function isExtractResult(value: unknown): value is ExtractResult {
  if (!isRecord(value) || !Array.isArray(value.notices)) return false;
  if (value.ok === true) {
    const article = value.article;
    return isRecord(article) && typeof article.title === 'string' && typeof article.contentHtml === 'string' &&
      isRecord(value.meta) && Array.isArray(value.mentions);
  }
  return value.ok === false && typeof value.reason === 'string' && REASONS.has(value.reason);
}
