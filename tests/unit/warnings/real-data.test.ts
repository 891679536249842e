import { describe, expect, it } from 'vitest';
import { LEGAL_NOTE_INDEX } from '@/lib/registry/load-legal-notes';
import { REGISTRY } from '@/lib/registry/load-registry';
import { PUBLISHER_INDEX } from '@/lib/registry/publisher-index';

const DOMAIN_INDEX = PUBLISHER_INDEX.byDomain;
import { buildWarnings } from '@/lib/warnings/build-warnings';

// The seed page is an RFE/RL article (../shared/seeds); its notice names the acts below. These rows check the
// policy against the bundled data, so a data edit that changes what a reader in Russia is told fails here.
describe('warnings for RFE/RL in Russia from the bundled data', () => {
  const result = buildWarnings(DOMAIN_INDEX.get('rferl.org'), ['RU'], LEGAL_NOTE_INDEX);
  const ru = result.state === 'statuses' ? result.warnings[0] : undefined;

  it.each([
    ['read', 'not-penalized'], ['share', 'penalized'], ['like', 'reported'], ['comment', 'unknown'],
    ['save', 'reported'], ['donate', 'penalized'],
  ])('rates %s as %s', (act, risk) => {
    expect(ru?.acts.find((a) => a.act === act)?.risk).toBe(risk);
  });

  it('names CoAO 20.33 for sharing and CC 284.1 part 1.1 for donating', () => {
    expect(ru?.acts.find((a) => a.act === 'share')?.bases.join(' ')).toContain('20.33');
    expect(ru?.acts.find((a) => a.act === 'donate')?.bases.join(' ')).toContain('284.1 part 1.1');
  });

  it('keeps the like rating visibly uncertain', () => {
    expect(ru?.acts.find((a) => a.act === 'like')?.confidence).toBe('uncertain');
  });

  it('indexes no domain that is listed only as unverified', () => {
    const unverified = REGISTRY.publishers.flatMap((p) => p.domainsUnverified);
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.filter((d) => DOMAIN_INDEX.has(d))).toEqual([]);
  });

  it('indexes every verified domain to its publisher', () => {
    const wrong = REGISTRY.publishers.flatMap((p) => p.domains.filter((d) => DOMAIN_INDEX.get(d)?.id !== p.id));
    expect(wrong).toEqual([]);
  });
});
