/**
 * What the reader script says when it has no story to show, in words for the reader (the popup or a test shows it).
 * @module lib/reader/overlay/reader-failure-message
 */
import type { FailureReason } from '@/lib/protocol';

const MESSAGES: Record<FailureReason, string> = {
  'not-readerable': 'Masthead found no story on this page.',
  empty: 'Masthead found no readable text on this page.',
  restricted: 'The browser does not let extensions read this page.',
  loading: 'The page is still loading. Try again in a moment.',
  'too-large': 'This page is too large to open in the reading view without freezing the tab.',
  error: 'Something went wrong while reading this page. Nothing on the page was changed.',
};

/**
 * The message for a failed extraction.
 * @param reason why extraction failed
 */
export function readerFailureMessage(reason: FailureReason): string {
  return MESSAGES[reason];
}
