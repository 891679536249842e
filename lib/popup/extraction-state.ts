/**
 * The popup's extraction state machine, pure: what to show, and what to do next after each answer from the page.
 * @module lib/popup/extraction-state
 */
import type { ExtractResult } from '@/lib/protocol';

/** What the popup shows about the page. */
export type ExtractionState =
  | { phase: 'loading'; slow: boolean; attempt: number }
  | { phase: 'done'; result: ExtractResult };

/** The page said it is still loading: ask again after this long, at most this often (~8 s in all). */
export const LOADING_RETRY_MS = 400;
export const LOADING_MAX_ATTEMPTS = 20;
/** Show a loading indicator only when extraction takes longer than this (below it, a flash is worse than nothing). */
export const SLOW_AFTER_MS = 150;

/** The first state: loading, indicator not yet shown. */
export const INITIAL_STATE: ExtractionState = { phase: 'loading', slow: false, attempt: 0 };

/**
 * The next state after the page script answered, and whether to ask again.
 * @param attempt how many times the page has answered 'loading' so far
 */
export function afterResult(result: ExtractResult, attempt: number): { state: ExtractionState; retry: boolean } {
  if (!result.ok && result.reason === 'loading' && attempt < LOADING_MAX_ATTEMPTS) {
    return { state: { phase: 'loading', slow: true, attempt: attempt + 1 }, retry: true };
  }
  return { state: { phase: 'done', result }, retry: false };
}
