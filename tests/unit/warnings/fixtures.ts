import type { ActNote, LegalNote, Risk } from '@/lib/registry/legal-schema';
import { ACTS, type Act, type Jurisdiction, type Publisher, type Status, type StatusKind } from '@/lib/registry/schema';

/** A status with defaults; tests override what they exercise. */
export function status(jurisdiction: Jurisdiction, kind: StatusKind, extra: Partial<Status> = {}): Status {
  return {
    jurisdiction, kind, since: '2024-02-02', registerDate: null, authority: "Prosecutor General's Office",
    sources: [`https://example.org/${jurisdiction}/${kind}`], confidence: 'confirmed', scope: null, note: null,
    checkedAt: '2026-02-01', ...extra,
  };
}

export function publisher(statuses: Status[], extra: Partial<Publisher> = {}): Publisher {
  return {
    id: 'example', name: 'Example News', altNames: [], domains: ['example.org'], domainsUnverified: [],
    ownerFunding: null, country: null, statuses, ...extra,
  };
}

function act(risk: Risk, basis: string | null, extra: Partial<ActNote> = {}): ActNote {
  return { risk, basis, penalty: basis ? `penalty under ${basis}` : null, note: null, sources: [], confidence: 'confirmed', ...extra };
}

/** A legal note whose acts are all `fallback` except those given. */
export function legalNote(
  jurisdiction: Jurisdiction, kind: StatusKind, acts: Partial<Record<Act, ActNote>>, fallback: Risk = 'unknown',
): LegalNote {
  const all = Object.fromEntries(ACTS.map((a) => [a, acts[a] ?? act(fallback, null)])) as Record<Act, ActNote>;
  return {
    jurisdiction, kind, legalBasis: `${jurisdiction} law on ${kind}`, appliesTo: null, summary: null, acts: all,
    sources: [`https://law.example/${jurisdiction}/${kind}`], confidence: 'confirmed', checkedAt: '2026-02-01',
  };
}

export { act };
