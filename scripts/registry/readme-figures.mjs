#!/usr/bin/env node
/**
 * Rewrites the registry figures in README.md (between the registry-figures markers) from the current data, so the
 * README states what `npm run registry:report` prints. Usage: node scripts/registry/readme-figures.mjs [--now YYYY-MM-DD]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresFromDisk, pct } from './figures.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = join(ROOT, 'README.md');
const START = '<!-- registry-figures:start (npm run registry:readme) -->';
const END = '<!-- registry-figures:end -->';

function longDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The Markdown block for the README from a figures object (see figures.mjs). */
export function figuresMarkdown(f) {
  const rows = f.cells.map((c) => `| ${c.jurisdiction} | ${c.kind} | ${c.total} | ${c.confirmed} (${pct(c.confirmed, c.total)}) | ${c.legalNote ? 'yes' : 'no'} |`);
  return [
    `- ${f.publishers} publishers, ${f.statuses.length} statuses, ${f.confirmed} confirmed (${pct(f.confirmed, f.statuses.length)}); registry as of ${longDate(f.asOf)} (its latest dated fact; each status carries its own \`checkedAt\`).`,
    `- Outlets without a verified domain: ${f.noDomain.length} (they are shown but can never be matched to a page).`,
    `- Decisions without a date (the UI says "date unknown", or gives the register date where one is known): ${f.undated.length}; uncertain statuses: ${f.uncertain.length}; ended statuses (history, no warning): ${f.ended.length}.`,
    `- Not re-checked for over 12 months: ${f.stale.length} of ${f.statuses.length} statuses, ${f.staleLegal.length} of ${f.legalNotes} legal notes.`,
    '',
    '<details><summary>Statuses per jurisdiction × kind (<code>npm run registry:report</code>)</summary>',
    '',
    '| jurisdiction | kind | statuses | confirmed | legal note |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function main() {
  const text = readFileSync(README, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a === -1 || b < a) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  const block = figuresMarkdown(figuresFromDisk(ROOT, process.argv).figures);
  writeFileSync(README, `${text.slice(0, a + START.length)}\n${block}\n${text.slice(b)}`);
  console.log('README.md registry figures rewritten');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
