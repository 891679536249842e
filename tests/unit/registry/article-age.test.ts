import { describe, expect, it } from 'vitest';
import { articleAge } from '@/lib/article-age';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('articleAge', () => {
  it.each([
    ['2021-11-15T08:00:00Z', 5, 0, true],
    ['2025-11-28T12:00:00Z', 1, 0, false],
    ['2025-11-27', 1, 0, true],
    ['2026-06-30', 0, 4, false],
    ['2026-11-28T01:00:00Z', 0, 0, false],
  ])('for a story published %s gives %i years %i months, old = %s', (published, years, months, isOld) => {
    expect(articleAge(published, NOW)).toMatchObject({ years, months, isOld });
  });

  it.each([[null], [''], ['not a date'], ['2027-01-01']])('returns null for %s', (published) => {
    expect(articleAge(published, NOW)).toBeNull();
  });
});
