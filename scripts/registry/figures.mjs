/**
 * The registry's figures, computed once for the report (report.mjs) and the README block (readme-figures.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isStaleDate } from './rules.mjs';

/** "12.3%", or "–" for an empty denominator. */
export const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function countCells(statuses, legal) {
  const cells = new Map();
  for (const s of statuses) {
    const key = `${s.jurisdiction}\t${s.kind}`;
    const cell = cells.get(key) ?? { jurisdiction: s.jurisdiction, kind: s.kind, total: 0, confirmed: 0 };
    cell.total += 1;
    if (s.confidence === 'confirmed') cell.confirmed += 1;
    cells.set(key, cell);
  }
  const noted = new Set(legal.notes.map((n) => `${n.jurisdiction}\t${n.kind}`));
  return [...cells].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, c]) => ({ ...c, legalNote: noted.has(key) }));
}

/**
 * Every figure the report prints, from the registry and legal-notes JSON, as of `now`.
 * Undated decisions leave out GLOBAL typologies/labels and funding descriptions: they are not decisions.
 */
export function collectFigures(registry, legal, now) {
  const statuses = registry.publishers.flatMap((p) => p.statuses.map((s) => ({ id: p.id, ...s })));
  return {
    asOf: registry.asOf,
    publishers: registry.publishers.length,
    statuses,
    confirmed: statuses.filter((s) => s.confidence === 'confirmed').length,
    cells: countCells(statuses, legal),
    noDomain: registry.publishers.filter((p) => p.domains.length === 0),
    noSource: statuses.filter((s) => !s.sources.some((u) => u.startsWith('https://'))),
    uncertain: statuses.filter((s) => s.confidence === 'uncertain' && s.kind !== 'state-media'),
    undated: statuses.filter((s) => s.since === null && s.jurisdiction !== 'GLOBAL' && s.kind !== 'state-funded'),
    stale: statuses.filter((s) => isStaleDate(s.checkedAt, now)),
    ended: statuses.filter((s) => typeof s.until === 'string'),
    legalNotes: legal.notes.length,
    staleLegal: legal.notes.filter((n) => isStaleDate(n.checkedAt, now)),
  };
}

/**
 * The figures of the registry on disk under `root`, as of `--now YYYY-MM-DD` in `argv` (default: today), for the two
 * scripts that print them.
 */
export function figuresFromDisk(root, argv) {
  const read = (file) => JSON.parse(readFileSync(join(root, 'lib', 'registry', file), 'utf8'));
  const at = argv.indexOf('--now');
  const now = at > -1 ? new Date(`${argv[at + 1]}T00:00:00Z`) : new Date();
  return { now, figures: collectFigures(read('publishers.json'), read('legal-notes.json'), now) };
}
