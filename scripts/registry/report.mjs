#!/usr/bin/env node
/**
 * Prints the registry's figures: counts per jurisdiction × kind, share confirmed, outlets missing domains or
 * sources, undated decisions, ended statuses, and facts not re-checked for over 12 months.
 * Usage: node scripts/registry/report.mjs [--now YYYY-MM-DD]
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresFromDisk, pct } from './figures.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { now, figures: f } = figuresFromDisk(ROOT, process.argv);

console.log(`Registry as of ${f.asOf}; report date ${now.toISOString().slice(0, 10)}`);
console.log(`${f.publishers} publishers, ${f.statuses.length} statuses, ${f.confirmed} confirmed (${pct(f.confirmed, f.statuses.length)})`);
console.log('\njurisdiction\tkind\tstatuses\tconfirmed\tlegal note');
for (const c of f.cells) {
  console.log(`${c.jurisdiction}\t${c.kind}\t${c.total}\t${c.confirmed} (${pct(c.confirmed, c.total)})\t${c.legalNote ? 'yes' : 'no'}`);
}
console.log(`\nOutlets without a verified domain (never matched): ${f.noDomain.length}`);
for (const p of f.noDomain) console.log(`  ${p.id}${p.domainsUnverified.length ? ` (unverified: ${p.domainsUnverified.join(', ')})` : ''}`);
console.log(`Statuses without an https source: ${f.noSource.length}`);
for (const s of f.noSource) console.log(`  ${s.id} ${s.jurisdiction}/${s.kind}`);
console.log(`Uncertain statuses (besides state-media typology): ${f.uncertain.length}`);
console.log(`Decisions without a date (since unknown): ${f.undated.length}`);
for (const s of f.undated) console.log(`  ${s.id} ${s.jurisdiction}/${s.kind}${s.registerDate ? ` (in the register since ${s.registerDate})` : ''}`);
console.log(`Ended statuses (removed from a register or lifted; history, no warning): ${f.ended.length}`);
for (const s of f.ended) console.log(`  ${s.id} ${s.jurisdiction}/${s.kind} ${s.since ?? 'undated'} – ${s.until}`);
console.log(`\nNot re-checked for over 12 months: ${f.stale.length} of ${f.statuses.length} statuses, ${f.staleLegal.length} of ${f.legalNotes} legal notes`);
const byDate = new Map();
for (const s of f.stale) byDate.set(s.checkedAt, (byDate.get(s.checkedAt) ?? 0) + 1);
for (const [date, n] of [...byDate].sort()) console.log(`  checked ${date}: ${n}`);
