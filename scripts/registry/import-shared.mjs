#!/usr/bin/env node
/**
 * Builds lib/registry/publishers.json from ../shared/registry (registry.json + state-media-profiles.csv),
 * data/research/*.json (arrays of Publisher), data/corrections/*.json (single-status corrections, see
 * corrections.mjs) and data/manual/*.json ({ mode, entry } written by add-entry.mjs, applied last). Deterministic and idempotent: run it twice, get the same bytes.
 * Usage: node scripts/registry/import-shared.mjs [--quiet] [--check]
 * `--check` writes nothing and exits 1 when the committed publishers.json differs from what the data files build
 * (a data test runs it, so a research or correction file that no longer applies fails the suite).
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRegistry, formatJson, mergePublisher, normalizeDomain, sortPublishers } from './rules.mjs';
import { applyEntries } from './add-entry.mjs';
import { applyCorrections } from './corrections.mjs';
import { convertOutlet } from './shared-outlets.mjs';
import { groupRowsByHost, parseCsv, slugify, stateMediaStatus } from './state-media.mjs';

/**
 * The shared research states no compile date. Its latest dated fact is "Feb 2026" (jurisdictions.json,
 * RU register note), so it was compiled on or after 2026-02-01: using that date as asOf and checkedAt
 * never claims a fact was checked later than it can have been (docs/registry.md).
 */
export const SHARED_AS_OF = '2026-02-01';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'registry');
const OUT = join(ROOT, 'lib', 'registry', 'publishers.json');
const log = { rewrites: [], collisions: [], merged: [], skippedRows: 0 };
/** Ids from the shared registry, research and manual files: they keep a contested domain over CSV-only outlets. */
const curated = new Set();

function readJsonDir(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => [JSON.parse(readFileSync(join(dir, f), 'utf8'))].flat());
}

function mergeById(byId, incoming, origin) {
  for (const p of incoming) {
    const base = byId.get(p.id);
    byId.set(p.id, base ? mergePublisher(base, p) : { altNames: [], domainsUnverified: [], notes: null, ...p });
    if (base) log.merged.push(`${origin}: ${p.id}`);
    curated.add(p.id);
  }
}

/** The outlet that owns `host` or a parent of it (label boundary), if any. */
function ownerOf(host, domainOwner) {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const id = domainOwner.get(labels.slice(i).join('.'));
    if (id) return id;
  }
  return undefined;
}

/**
 * A CSV URL is domain evidence (the shared research used the same dataset that way, see its domain_evidence):
 * a host listed as unverified on an outlet becomes verified there instead of starting a duplicate outlet.
 */
function claimUnverified(byId, host, unverifiedOwner) {
  const id = ownerOf(host, unverifiedOwner);
  if (!id) return undefined;
  const p = byId.get(id);
  p.domainsUnverified = p.domainsUnverified.filter((d) => d !== host);
  if (!p.domains.includes(host)) p.domains = [...p.domains, host];
  log.merged.push(`csv: ${host} (unverified on ${id}) now backed by the dataset`);
  return id;
}

/**
 * A CSV host no outlet claims becomes a new outlet — unless the id it would take is already a curated outlet's
 * (research that found "Pravda.ru" without a domain): then the host joins that outlet, since replacing it would
 * silently drop its statuses.
 */
function adoptOrCreate(byId, host, first) {
  const byName = slugify(first['Main assets']) || slugify(host);
  const id = byId.has(byName) ? slugify(host) : byName;
  const ownerFunding = first['Media company'] ? `Media company: ${first['Media company']}` : null;
  const country = first.Country || null;
  const existing = byId.get(id);
  if (existing) {
    if (!existing.domains.includes(host)) existing.domains = [...existing.domains, host];
    existing.ownerFunding ??= ownerFunding;
    existing.country ??= country;
    log.merged.push(`csv: ${host} joins ${id}, the curated outlet of the same name`);
    return id;
  }
  byId.set(id, {
    id, name: first['Main assets'] || host, altNames: [], domains: [host], domainsUnverified: [],
    ownerFunding, country, notes: null, statuses: [],
  });
  return id;
}

function addStateMedia(byId, rows) {
  const domainOwner = new Map([...byId.values()].flatMap((p) => p.domains.map((d) => [d, p.id])));
  const unverifiedOwner = new Map([...byId.values()].flatMap((p) => p.domainsUnverified.map((d) => [d, p.id])));
  const landed = new Map();
  const hosts = [...groupRowsByHost(rows)].sort(([a], [b]) => a.split('.').length - b.split('.').length || (a < b ? -1 : 1));
  for (const [host, hostRows] of hosts) {
    let id = ownerOf(host, domainOwner) ?? claimUnverified(byId, host, unverifiedOwner);
    if (id) domainOwner.set(host, id);
    if (!id) {
      id = adoptOrCreate(byId, host, hostRows[0]);
      domainOwner.set(host, id);
    }
    const p = byId.get(id);
    for (const r of hostRows) if (r['Main assets'] && r['Main assets'] !== p.name) p.altNames = [...new Set([...p.altNames, r['Main assets']])];
    if (!landed.has(id)) landed.set(id, []);
    landed.get(id).push(...hostRows.map((row) => ({ host, row })));
  }
  for (const [id, entries] of landed) {
    const p = byId.get(id);
    // Replace only the dataset's own GLOBAL classification; a state's "state media" finding (e.g. US foreign-mission
    // designations, from research) stays.
    const fromDataset = (s) => s.kind === 'state-media' && s.jurisdiction === 'GLOBAL';
    p.statuses = [...p.statuses.filter((s) => !fromDataset(s)), stateMediaStatus(entries, SHARED_AS_OF)];
  }
}

/**
 * The shared research says "Domain not verified." of outlets it had no domain evidence for; once research or the
 * dataset backs a domain, that sentence is no longer true and is dropped (the evidence is in data/research).
 */
function dropStaleDomainNotes(byId) {
  for (const p of byId.values()) {
    if (!p.notes || p.domains.length === 0 || !/Domain not verified\./.test(p.notes)) continue;
    p.notes = p.notes.replace(/\s*Domain not verified\./, '').trim() || null;
    log.rewrites.push(`${p.id}: "Domain not verified." dropped (domain now verified)`);
  }
}

/** A domain belongs to one outlet: curated entries (shared registry, research, manual) beat CSV-only ones, then the smaller id. */
function resolveCollisions(publishers) {
  const owner = new Map();
  for (const p of sortPublishers(publishers).sort((a, b) => Number(curated.has(b.id)) - Number(curated.has(a.id)))) {
    p.domains = p.domains.filter((d) => {
      if (!owner.has(d)) { owner.set(d, p.id); return true; }
      log.collisions.push(`${d}: kept on ${owner.get(d)}, removed from ${p.id}`);
      return false;
    });
  }
}

/**
 * The registry's "as of": its latest dated fact (a decision, register entry or end date), never earlier than the
 * shared research's own date. The same rule that dates the shared research, so the popup's "Registry as of …" is
 * never older than a status it shows.
 */
function latestDatedFact(publishers) {
  const dates = publishers.flatMap((p) => p.statuses.flatMap((s) => [s.since, s.registerDate, s.until]));
  return dates.filter((d) => typeof d === 'string').reduce((max, d) => (d > max ? d : max), SHARED_AS_OF);
}

function main() {
  const byId = new Map();
  const shared = JSON.parse(readFileSync(join(SHARED, 'registry.json'), 'utf8'));
  mergeById(byId, shared.map((o) => convertOutlet(o, SHARED_AS_OF, log.rewrites)), 'curated');
  mergeById(byId, readJsonDir(join(ROOT, 'data', 'research')), 'research');
  const rows = parseCsv(readFileSync(join(SHARED, 'state-media-profiles.csv'), 'utf8'));
  log.skippedRows = rows.filter((r) => !r.URL).length;
  addStateMedia(byId, rows);
  dropStaleDomainNotes(byId);
  const correctionErrors = applyCorrections(byId, readJsonDir(join(ROOT, 'data', 'corrections')));
  const publishers = [...byId.values()].map((p) => ({ ...p, domains: p.domains.map(normalizeDomain) }));
  resolveCollisions(publishers);
  let registry = { schemaVersion: 1, asOf: latestDatedFact(publishers), publishers: sortPublishers(publishers) };
  const errors = [...correctionErrors, ...checkRegistry(registry)];
  for (const { mode, entry } of readJsonDir(join(ROOT, 'data', 'manual'))) {
    const applied = applyEntries(registry, [entry], mode);
    registry = applied.registry;
    errors.push(...applied.errors);
    log.merged.push(`manual (${mode}): ${entry.id}`);
  }
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  if (process.argv.includes('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === formatJson(registry);
    if (!same) console.error(`${OUT} is out of date: run npm run registry:import`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, formatJson(registry));
  if (!process.argv.includes('--quiet')) {
    console.log(`wrote ${OUT}: ${registry.publishers.length} publishers, ${registry.publishers.reduce((n, p) => n + p.statuses.length, 0)} statuses`);
    console.log(`CSV rows without URL (not imported): ${log.skippedRows}`);
    for (const k of ['rewrites', 'merged', 'collisions']) console.log(`\n${k} (${log[k].length}):\n  ${log[k].join('\n  ')}`);
  }
}

main();
