import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/format-date';

describe('formatDate', () => {
  it('formats a calendar day without a time-zone shift', () => expect(formatDate('2024-02-02')).toBe('2 Feb 2024'));
  it('formats a date-time', () => expect(formatDate('2021-11-15T20:11:00+00:00')).toMatch(/1[56] Nov 2021/));
  it.each([null, undefined, '', 'yesterday'])('returns null for %j', (v) => expect(formatDate(v)).toBeNull());
});
