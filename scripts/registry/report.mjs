#!/usr/bin/env node
/**
 * Prints the registry's figures: counts per jurisdiction × kind, share confirmed, outlets missing domains or
 * sources, and facts not re-checked for over 12 months. Usage: node scripts/registry/report.mjs [--now YYYY-MM-DD]
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStaleDate } from './rules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = JSON.parse(readFileSync(join(ROOT, 'lib', 'registry', 'publishers.json'), 'utf8'));
const legal = JSON.parse(readFileSync(join(ROOT, 'lib', 'registry', 'legal-notes.json'), 'utf8'));
const nowArg = process.argv.indexOf('--now');
const now = nowArg > -1 ? new Date(`${process.argv[nowArg + 1]}T00:00:00Z`) : new Date();
const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

const statuses = registry.publishers.flatMap((p) => p.statuses.map((s) => ({ id: p.id, ...s })));
const confirmed = statuses.filter((s) => s.confidence === 'confirmed').length;
console.log(`Registry as of ${registry.asOf}; report date ${now.toISOString().slice(0, 10)}`);
console.log(`${registry.publishers.length} publishers, ${statuses.length} statuses, ${confirmed} confirmed (${pct(confirmed, statuses.length)})`);

const cells = new Map();
for (const s of statuses) {
  const key = `${s.jurisdiction}\t${s.kind}`;
  const cell = cells.get(key) ?? { total: 0, confirmed: 0 };
  cell.total += 1;
  if (s.confidence === 'confirmed') cell.confirmed += 1;
  cells.set(key, cell);
}
const noted = new Set(legal.notes.map((n) => `${n.jurisdiction}\t${n.kind}`));
console.log('\njurisdiction\tkind\tstatuses\tconfirmed\tlegal note');
for (const [key, c] of [...cells].sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`${key}\t${c.total}\t${c.confirmed} (${pct(c.confirmed, c.total)})\t${noted.has(key) ? 'yes' : 'no'}`);
}

const noDomain = registry.publishers.filter((p) => p.domains.length === 0);
console.log(`\nOutlets without a verified domain (never matched): ${noDomain.length}`);
for (const p of noDomain) console.log(`  ${p.id}${p.domainsUnverified.length ? ` (unverified: ${p.domainsUnverified.join(', ')})` : ''}`);
const noSource = statuses.filter((s) => !s.sources.some((u) => u.startsWith('https://')));
console.log(`Statuses without an https source: ${noSource.length}`);
for (const s of noSource) console.log(`  ${s.id} ${s.jurisdiction}/${s.kind}`);
const uncertain = statuses.filter((s) => s.confidence === 'uncertain' && s.kind !== 'state-media');
console.log(`Uncertain statuses (besides state-media typology): ${uncertain.length}`);

const stale = statuses.filter((s) => isStaleDate(s.checkedAt, now));
const staleLegal = legal.notes.filter((n) => isStaleDate(n.checkedAt, now));
console.log(`\nNot re-checked for over 12 months: ${stale.length} of ${statuses.length} statuses, ${staleLegal.length} of ${legal.notes.length} legal notes`);
const byDate = new Map();
for (const s of stale) byDate.set(s.checkedAt, (byDate.get(s.checkedAt) ?? 0) + 1);
for (const [date, n] of [...byDate].sort()) console.log(`  checked ${date}: ${n}`);
