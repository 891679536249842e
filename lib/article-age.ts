/**
 * How old a story is, so the UI can say "published 3 years ago" on old stories (issue 3.6): an old article
 * shared today reads as news, and a status may postdate it.
 * @module lib/article-age
 */

/** Age in whole years and remaining months; `isOld` when more than a year has passed. */
export interface ArticleAge {
  years: number;
  months: number;
  /** Total whole months since publication. */
  totalMonths: number;
  isOld: boolean;
}

/**
 * Age of a story published at `publishedIso` as of `now`, or null when the date is missing, unparsable or in the
 * future (clock skew, wrong metadata): no age is better than a wrong one.
 * @param publishedIso ISO date or date-time
 * @param now reference date, injected for testability
 */
export function articleAge(publishedIso: string | null | undefined, now: Date): ArticleAge | null {
  if (!publishedIso) return null;
  const published = new Date(publishedIso);
  if (Number.isNaN(published.getTime()) || published.getTime() > now.getTime()) return null;
  let totalMonths = (now.getUTCFullYear() - published.getUTCFullYear()) * 12 + now.getUTCMonth() - published.getUTCMonth();
  if (now.getUTCDate() < published.getUTCDate()) totalMonths -= 1;
  totalMonths = Math.max(0, totalMonths);
  const oneYearLater = new Date(published);
  oneYearLater.setUTCFullYear(oneYearLater.getUTCFullYear() + 1);
  return {
    years: Math.floor(totalMonths / 12),
    months: totalMonths % 12,
    totalMonths,
    isOld: now.getTime() > oneYearLater.getTime(),
  };
}
