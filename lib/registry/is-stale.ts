/**
 * Whether a fact is overdue for re-checking: facts about designations change (delistings, new packages), so a
 * status not re-checked for over 12 months is flagged in the UI and in `registry:report`.
 * @module lib/registry/is-stale
 */
import type { Status } from './schema';

/** Months after `checkedAt` at which a status counts as not re-checked. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when `status.checkedAt` is more than 12 calendar months before `now` (or does not parse).
 * @param now the reference date; injected so tests and callers control the clock
 */
export function isStale(status: Pick<Status, 'checkedAt'>, now: Date): boolean {
  const checked = new Date(`${status.checkedAt}T00:00:00Z`);
  if (Number.isNaN(checked.getTime())) return true;
  const limit = new Date(checked);
  limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
  return now.getTime() > limit.getTime();
}
