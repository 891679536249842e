import { describe, expect, it } from 'vitest';
import { collectFigures } from '../../../scripts/registry/figures.mjs';
import { figuresMarkdown } from '../../../scripts/registry/readme-figures.mjs';
import { publisher, status } from '../warnings/fixtures';

const legal = { notes: [{ jurisdiction: 'RU', kind: 'undesirable', checkedAt: '2026-11-01' }] };
const registry = {
  asOf: '2026-02-01',
  publishers: [
    publisher([
      status('RU', 'undesirable'),
      status('RU', 'foreign-agent', { since: null, confidence: 'uncertain', checkedAt: '2025-01-01' }),
      status('GLOBAL', 'state-media', { since: null }),
      status('QA', 'state-funded', { since: null }),
    ]),
    publisher([status('US', 'sanctioned'), status('RU', 'foreign-agent', { since: '2021-10-15', until: '2023-08-25' })], { id: 'other', domains: [] }),
  ],
};

describe('registry figures', () => {
  const f = collectFigures(registry, legal, new Date('2026-11-28T00:00:00Z'));

  it('counts undated decisions, leaving out GLOBAL classifications and funding descriptions', () => {
    expect(f.undated.map((s) => `${s.jurisdiction}/${s.kind}`)).toEqual(['RU/foreign-agent']);
  });

  it('counts statuses per jurisdiction and kind in sorted order, with whether a legal note exists', () => {
    expect(f.cells.map((c) => [c.jurisdiction, c.kind, c.total, c.legalNote])).toEqual([
      ['GLOBAL', 'state-media', 1, false], ['QA', 'state-funded', 1, false], ['RU', 'foreign-agent', 2, false],
      ['RU', 'undesirable', 1, true], ['US', 'sanctioned', 1, false],
    ]);
  });

  it('lists statuses that have ended', () => {
    expect(f.ended.map((s) => `${s.id} ${s.since} – ${s.until}`)).toEqual(['other 2021-10-15 – 2023-08-25']);
  });

  it('finds outlets without a domain and facts not re-checked for over 12 months', () => {
    expect(f.noDomain.map((p) => p.id)).toEqual(['other']);
    expect(f.stale.map((s) => s.kind)).toEqual(['foreign-agent']);
  });

  it('writes the README block with the same figures', () => {
    const md = figuresMarkdown(f);
    expect(md).toContain('- 2 publishers, 6 statuses, 5 confirmed (83.3%); registry as of 1 Feb 2026');
    expect(md).toContain('Decisions without a date (the UI says "date unknown", or gives the register date where one is known): 1; uncertain statuses: 1; ended statuses (history, no warning): 1.');
    expect(md).toContain('| RU | undesirable | 1 | 1 (100.0%) | yes |');
  });
});
