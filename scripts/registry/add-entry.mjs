#!/usr/bin/env node
/**
 * Adds or corrects one publisher without touching code.
 * Usage: node scripts/registry/add-entry.mjs <entry.json> [--replace]
 * The file holds one Publisher object (lib/registry/schema.ts) or an array of them. Each is checked against the
 * registry rules, merged by id (or replaces the entry with --replace), sorted, formatted and written to
 * lib/registry/publishers.json. A copy goes to data/manual/<id>.json so a later import-shared run re-applies it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPublisher, checkRegistry, formatJson, mergePublisher, normalizeDomain, sortPublishers } from './rules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'lib', 'registry', 'publishers.json');
const MANUAL = join(ROOT, 'data', 'manual');

/** Applies entries to a registry object; returns { registry, errors }. Exported for the import script. */
export function applyEntries(registry, entries, mode) {
  const errors = [];
  const byId = new Map(registry.publishers.map((p) => [p.id, p]));
  for (const raw of entries) {
    const entry = { ...raw, domains: (raw.domains ?? []).map(normalizeDomain), domainsUnverified: (raw.domainsUnverified ?? []).map(normalizeDomain) };
    const problems = checkPublisher(entry);
    if (problems.length) { errors.push(...problems); continue; }
    const base = byId.get(entry.id);
    byId.set(entry.id, base && mode !== 'replace' ? mergePublisher(base, entry) : entry);
  }
  const next = { ...registry, publishers: sortPublishers([...byId.values()]) };
  return { registry: next, errors: [...errors, ...(errors.length ? [] : checkRegistry(next))] };
}

function main() {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error('usage: node scripts/registry/add-entry.mjs <entry.json> [--replace]');
    process.exit(2);
  }
  const mode = process.argv.includes('--replace') ? 'replace' : 'merge';
  const entries = [JSON.parse(readFileSync(file, 'utf8'))].flat();
  const current = JSON.parse(readFileSync(OUT, 'utf8'));
  const { registry, errors } = applyEntries(current, entries, mode);
  if (errors.length) {
    console.error(`Not written; fix these first:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  writeFileSync(OUT, formatJson(registry));
  mkdirSync(MANUAL, { recursive: true });
  for (const e of entries) writeFileSync(join(MANUAL, `${e.id}.json`), formatJson({ mode, entry: e }));
  console.log(`${mode === 'replace' ? 'Replaced' : 'Merged'} ${entries.map((e) => e.id).join(', ')}; run npx vitest run tests/unit/registry to check.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
