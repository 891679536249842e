import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ACTS, JURISDICTIONS, RegistrySchema, STATUS_KINDS, type Registry } from '@/lib/registry/schema';
import { LegalNotesSchema, type LegalNotes } from '@/lib/registry/legal-schema';
import * as rules from '../../../scripts/registry/rules.mjs';

// Dark Reader's config tests (tests/unit/config/config.tests.ts), one rule per `it`: the registry is data
// that a contributor edits by hand or by script, so its invariants are checked like code.
const publishersText = readFileSync(join(__dirname, '../../../lib/registry/publishers.json'), 'utf8');
const legalText = readFileSync(join(__dirname, '../../../lib/registry/legal-notes.json'), 'utf8');
const registry = JSON.parse(publishersText) as Registry;
const legal = JSON.parse(legalText) as LegalNotes;
const today = new Date().toISOString().slice(0, 10);
const statuses = registry.publishers.flatMap((p) => p.statuses.map((s) => ({ id: p.id, ...s })));
const issuesOf = (result: { issues?: readonly v.BaseIssue<unknown>[] }) =>
  result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? [];

describe('lib/registry/publishers.json', () => {
  it('matches the registry schema', () => {
    expect(issuesOf(v.safeParse(RegistrySchema, registry))).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = registry.publishers.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('lists publishers sorted by id', () => {
    const ids = registry.publishers.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('uses kebab-case ids', () => {
    expect(registry.publishers.map((p) => p.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('writes domains lowercase, without scheme, path, port or www.', () => {
    const all = registry.publishers.flatMap((p) => [...p.domains, ...p.domainsUnverified]);
    const bad = all.filter((d) => d !== d.toLowerCase() || /[/:?#\s]/.test(d) || d.startsWith('www.') || !d.includes('.'));
    expect(bad).toEqual([]);
  });

  it('gives each verified domain to one outlet only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of registry.publishers) {
      for (const d of p.domains) {
        if (owner.has(d)) clashes.push(`${d}: ${owner.get(d)} and ${p.id}`);
        owner.set(d, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lists a domain as both verified and unverified for one outlet', () => {
    expect(registry.publishers.filter((p) => p.domainsUnverified.some((d) => p.domains.includes(d))).map((p) => p.id)).toEqual([]);
  });

  it('uses jurisdictions and kinds from the closed lists', () => {
    const bad = statuses.filter((s) => !JURISDICTIONS.includes(s.jurisdiction) || !STATUS_KINDS.includes(s.kind));
    expect(bad).toEqual([]);
  });

  it('uses ISO dates that are not in the future', () => {
    const dates = [registry.asOf, ...statuses.flatMap((s) => [s.since, s.registerDate, s.checkedAt])]
      .filter((d): d is string => d !== null);
    expect(dates.filter((d) => !rules.isIsoDate(d) || d > today)).toEqual([]);
  });

  it('gives every status an authority and at least one https source', () => {
    const bad = statuses.filter((s) => s.authority.trim().length < 2 || !s.sources.some((u) => u.startsWith('https://')));
    expect(bad.map((s) => `${s.id} ${s.jurisdiction}/${s.kind}`)).toEqual([]);
  });

  it('has only https sources', () => {
    expect(statuses.flatMap((s) => s.sources).filter((u) => !/^https:\/\/\S+$/.test(u))).toEqual([]);
  });

  it('is formatted canonically', () => {
    expect(publishersText).toBe(JSON.stringify(JSON.parse(publishersText), null, 2) + '\n');
  });

  it('passes the rule checks the scripts apply before writing', () => {
    expect(rules.checkRegistry(registry)).toEqual([]);
  });

  it('keeps the scripts closed lists equal to the schema', () => {
    expect(rules.JURISDICTIONS).toEqual([...JURISDICTIONS]);
    expect(rules.STATUS_KINDS).toEqual([...STATUS_KINDS]);
  });
});

describe('lib/registry/legal-notes.json', () => {
  it('matches the legal-notes schema', () => {
    expect(issuesOf(v.safeParse(LegalNotesSchema, legal))).toEqual([]);
  });

  it('has one note per jurisdiction and kind, sorted', () => {
    const keys = legal.notes.map((n) => `${n.jurisdiction}/${n.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
  });

  it('speaks to every act in every note', () => {
    const missing = legal.notes.flatMap((n) => ACTS.filter((a) => !(a in n.acts)).map((a) => `${n.jurisdiction}/${n.kind}/${a}`));
    expect(missing).toEqual([]);
  });

  it('names a legal basis for every act it calls penalized', () => {
    const bad = legal.notes.flatMap((n) => ACTS.filter((a) => n.acts[a].risk === 'penalized' && !n.acts[a].basis)
      .map((a) => `${n.jurisdiction}/${n.kind}/${a}`));
    expect(bad).toEqual([]);
  });

  it('uses ISO dates that are not in the future', () => {
    const dates = [legal.asOf, ...legal.notes.map((n) => n.checkedAt)];
    expect(dates.filter((d) => !rules.isIsoDate(d) || d > today)).toEqual([]);
  });

  it('has only https sources', () => {
    const urls = legal.notes.flatMap((n) => [...n.sources, ...ACTS.flatMap((a) => n.acts[a].sources)]);
    expect(urls.filter((u) => !/^https:\/\/\S+$/.test(u))).toEqual([]);
  });

  it('is formatted canonically', () => {
    expect(legalText).toBe(JSON.stringify(JSON.parse(legalText), null, 2) + '\n');
  });
});
