/**
 * The order status lines are read in: states' legal acts in force first (what can cost the reader), then funding and
 * classification facts (state-funded, state media, platform labels), then ended statuses (history); within each,
 * newest first, undated last.
 * @module lib/registry/order-statuses
 */
import { isInForce } from '@/lib/registry/is-in-force';
import type { Status, StatusKind } from '@/lib/registry/schema';

const CLASSIFICATIONS: ReadonlySet<StatusKind> = new Set(['state-funded', 'state-media', 'platform-label']);

/** True for statuses that describe funding or a classification rather than a state's legal act. */
export function isClassification(status: Status): boolean {
  return CLASSIFICATIONS.has(status.kind);
}

/** The statuses in reading order (a new array; the input is not changed). */
export function orderStatuses(statuses: readonly Status[]): Status[] {
  const group = (s: Status): number => (isInForce(s) ? Number(isClassification(s)) : 2);
  return [...statuses].sort((a, b) => group(a) - group(b) || (b.since ?? '').localeCompare(a.since ?? ''));
}
