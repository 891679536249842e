import { describe, expect, it } from 'vitest';
import type { PageReport } from '@/lib/page-report';
import { sourceSummary } from '@/lib/reader/overlay/source-summary';
import { linkToShare } from '@/lib/reader/overlay/link-to-share';
import type { Publisher, Status } from '@/lib/registry/schema';
import type { JurisdictionWarning } from '@/lib/warnings/types';

const status = (over: Partial<Status>): Status => ({
  jurisdiction: 'RU', kind: 'undesirable', since: '2024-02-02', registerDate: null, authority: "Prosecutor General's Office",
  sources: ['https://example.org/decision'], confidence: 'confirmed', scope: null, note: null, checkedAt: '2026-01-01', ...over,
});
const publisher = (statuses: Status[]): Publisher => ({
  id: 'example', name: 'Example Radio', altNames: [], domains: ['example.org'], domainsUnverified: [], ownerFunding: null,
  country: null, statuses,
});
const warning = (jurisdiction: 'RU' | 'BY', risk: 'penalized' | 'unknown'): JurisdictionWarning => ({
  jurisdiction, statuses: [], maxRisk: risk, legalBases: [], appliesTo: [], summaries: [], sources: [], scopes: [],
  acts: [{ act: 'share', risk, bases: [], penalties: [], sources: [], confidence: 'confirmed', contributions: [] }],
});
function report(p: Publisher | undefined, warnings: JurisdictionWarning[] = []): PageReport {
  return {
    match: { matched: false, host: 'example.org', registrableDomain: 'example.org' } as unknown as PageReport['match'],
    publisher: p, age: null, notices: [], mentions: [],
    warnings: p ? { state: 'statuses', publisher: p, warnings, withoutLegalNote: [], compact: false } : { state: 'not-in-registry' },
  };
}

describe('sourceSummary', () => {
  it('says plainly when the publisher is not in the registry', () => {
    const s = sourceSummary(report(undefined), ['RU']);
    expect(s).toMatchObject({ level: 'none', publisherName: null, risks: [] });
    expect(s.line).toMatch(/not in Masthead’s registry/);
  });

  it('states the first status in neutral, dated, attributed words and counts the rest', () => {
    const s = sourceSummary(report(publisher([status({}), status({ jurisdiction: 'BY', kind: 'extremist-materials' })])), null);
    expect(s.line).toBe("Example Radio: Listed as 'undesirable' by Russia's Prosecutor General's Office on 2 Feb 2024 · 1 more status");
    expect(s.statusLines).toHaveLength(2);
  });

  it('keeps "uncertain" and "date unknown" visible in the line', () => {
    const s = sourceSummary(report(publisher([status({ since: null, confidence: 'uncertain' })])), null);
    expect(s.line).toMatch(/\(date unknown; uncertain\)$/);
  });

  it('leads with the newest state action, before classifications such as state funding', () => {
    const s = sourceSummary(report(publisher([
      status({ kind: 'state-funded', jurisdiction: 'US', since: '2025-01-01', authority: 'US Congress' }),
      status({ since: '2021-01-01' }),
      status({ kind: 'blocked', since: '2022-02-28', authority: 'Roskomnadzor' }),
    ])), null);
    expect(s.line).toMatch(/^Example Radio: Blocked by Russia's Roskomnadzor on 28 Feb 2022 · 2 more statuses$/);
  });

  it('leads with a status in a jurisdiction the reader chose', () => {
    const s = sourceSummary(report(publisher([status({}), status({ jurisdiction: 'BY', kind: 'extremist-materials', authority: 'Minsk court' })])), ['BY']);
    expect(s.line).toMatch(/^Example Radio: Content declared 'extremist materials' by Minsk court/);
  });

  it('cautions and passes risks only for jurisdictions the reader chose', () => {
    const p = publisher([status({})]);
    const chosen = sourceSummary(report(p, [warning('RU', 'penalized'), warning('BY', 'unknown')]), ['RU']);
    expect(chosen.level).toBe('caution');
    expect(chosen.risks).toEqual([{ act: 'share', risk: 'penalized' }]);
    for (const choice of [null, 'all' as const]) {
      const unknownHome = sourceSummary(report(p, [warning('RU', 'penalized')]), choice);
      expect(unknownHome.level).toBe('info');
      expect(unknownHome.risks).toEqual([]);
    }
  });
});

describe('linkToShare', () => {
  it('prefers a same-host canonical URL, which usually drops tracking parameters', () => {
    expect(linkToShare({ url: 'https://www.example.org/a?utm_source=x', canonicalUrl: 'https://example.org/a' })).toBe('https://example.org/a');
  });

  it('ignores a canonical URL on another host or scheme, and a missing one', () => {
    const url = 'https://example.org/a?id=1';
    expect(linkToShare({ url, canonicalUrl: 'https://elsewhere.test/a' })).toBe(url);
    expect(linkToShare({ url, canonicalUrl: 'http://example.org/a' })).toBe(url);
    expect(linkToShare({ url, canonicalUrl: null })).toBe(url);
    expect(linkToShare({ url, canonicalUrl: 'not a url' })).toBe(url);
  });
});
