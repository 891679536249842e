/**
 * The order status lines are read in: states' legal acts first (what can cost the reader), then funding and
 * classification facts (state-funded, state media, platform labels); within each, newest first, undated last.
 * @module lib/registry/order-statuses
 */
import type { Status, StatusKind } from '@/lib/registry/schema';

const CLASSIFICATIONS: ReadonlySet<StatusKind> = new Set(['state-funded', 'state-media', 'platform-label']);

/** True for statuses that describe funding or a classification rather than a state's legal act. */
export function isClassification(status: Status): boolean {
  return CLASSIFICATIONS.has(status.kind);
}

/** The statuses in reading order (a new array; the input is not changed). */
export function orderStatuses(statuses: readonly Status[]): Status[] {
  return [...statuses].sort((a, b) =>
    Number(isClassification(a)) - Number(isClassification(b)) || (b.since ?? '').localeCompare(a.since ?? ''));
}
