import { describe, expect, it } from 'vitest';
import { parseLegalNotes } from '@/lib/registry/load-legal-notes';
import { buildPublisherIndex } from '@/lib/publisher/build-publisher-index';
import { parseRegistry, REGISTRY_AS_OF } from '@/lib/registry/load-registry';
import { publisher, status } from '../warnings/fixtures';

describe('loading the registry', () => {
  it('throws an error that lists every issue with its path', () => {
    const bad = { schemaVersion: 1, asOf: '2026-02-01', publishers: [publisher([status('RU', 'undesirable', { sources: ['http://x.org'] })], { id: 'Bad Id' })] };
    expect(() => parseRegistry(bad)).toThrowError(/publishers\.0\.id[\s\S]*publishers\.0\.statuses\.0\.sources\.0/);
  });

  it('throws for legal notes missing an act', () => {
    expect(() => parseLegalNotes({ schemaVersion: 1, asOf: '2026-02-01', notes: [{ jurisdiction: 'RU', kind: 'undesirable', acts: {} }] }))
      .toThrowError(/lib\/registry\/legal-notes\.json does not match/);
  });

  it('indexes verified domains only, first owner kept', () => {
    const a = publisher([], { id: 'a', domains: ['a.org'], domainsUnverified: ['maybe-a.org'] });
    const b = publisher([], { id: 'b', domains: ['b.org'] });
    const index = buildPublisherIndex([a, b]).byDomain;
    expect([...index.keys()]).toEqual(['a.org', 'b.org']);
    expect(index.get('maybe-a.org')).toBeUndefined();
  });

  it('exposes the registry date as an ISO date', () => {
    expect(REGISTRY_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
