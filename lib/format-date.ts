/**
 * Dates as the UI shows them: day, month name, year ("2 Feb 2024") — unambiguous across locales, unlike 02/02/2024.
 * @module lib/format-date
 */

/**
 * Formats an ISO date or date-time for display, or returns null when it does not parse.
 * @param iso an ISO 8601 string
 * @param locale BCP 47 locale for month names
 */
export function formatDate(iso: string | null | undefined, locale = 'en-GB'): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A bare date (2024-02-02) is a calendar day, not midnight UTC: format it in UTC so no time zone shifts the day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric', month: 'short', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}
