/**
 * Corrections to single statuses that come from read-only inputs (../shared/registry, earlier research files):
 * date an undated status, re-word it, or fold a mislabelled status into the right one. A whole-entry
 * `registry:add --replace` would also drop every later research addition to that outlet; a correction touches one
 * status and keeps every source (the guide: "keep every source").
 *
 * File format (data/corrections/*.json): an array of
 *   { id, match: { jurisdiction, kind, since }, reason, sources: [https…],
 *     set?: { since?, registerDate?, authority?, confidence?, scope?, note?, checkedAt?, partial? },
 *     foldInto?: { kind, since } }
 * or, for the outlet's own dated notes (not a status), { id, setNotes: "…" | null, reason, sources }.
 * `set` overwrites those fields and appends `sources`; `foldInto` moves the matched status's sources (and the
 * correction's) into another status of the same outlet and jurisdiction, then drops the matched one.
 */
import { isIsoDate, statusKey } from './rules.mjs';

const SETTABLE = ['since', 'registerDate', 'authority', 'confidence', 'scope', 'note', 'checkedAt', 'partial', 'until'];

function union(a, b) {
  return [...new Set([...a, ...b])];
}

/** Every shape problem of one correction, as readable lines (empty when it is well formed). */
export function checkCorrection(c, where) {
  const errors = [];
  if (!c || typeof c !== 'object') return [`${where}: not an object`];
  const notesOnly = 'setNotes' in c;
  if (typeof c.id !== 'string' || (!notesOnly && (!c.match || typeof c.match !== 'object'))) errors.push(`${where}: needs id and match`);
  if (typeof c.reason !== 'string' || c.reason.trim().length < 10) errors.push(`${where}: needs a reason`);
  if (!Array.isArray(c.sources) || c.sources.length === 0 || !c.sources.every((u) => /^https:\/\/\S+$/.test(u))) {
    errors.push(`${where}: needs at least one https source`);
  }
  if ([Boolean(c.set), Boolean(c.foldInto), notesOnly].filter(Boolean).length !== 1) {
    errors.push(`${where}: give exactly one of set, foldInto or setNotes`);
  }
  if (notesOnly && c.setNotes !== null && typeof c.setNotes !== 'string') errors.push(`${where}: setNotes must be text or null`);
  for (const key of Object.keys(c.set ?? {})) if (!SETTABLE.includes(key)) errors.push(`${where}: cannot set ${key}`);
  for (const key of ['since', 'registerDate', 'checkedAt']) {
    const value = c.set?.[key];
    if (value !== undefined && value !== null && !isIsoDate(value)) errors.push(`${where}: ${key} is not an ISO date`);
  }
  if ('partial' in (c.set ?? {}) && typeof c.set.partial !== 'boolean') errors.push(`${where}: partial must be true or false`);
  return errors;
}

function findOne(statuses, wanted) {
  const key = statusKey(wanted);
  const hits = statuses.filter((s) => statusKey(s) === key);
  return hits.length === 1 ? hits[0] : null;
}

function applyOne(byId, c, where) {
  const p = byId.get(c.id);
  if ('setNotes' in c) {
    if (!p) return [`${where}: no outlet ${c.id}`];
    p.notes = c.setNotes;
    return [];
  }
  const target = p && findOne(p.statuses, c.match);
  if (!target) return [`${where}: no single status ${statusKey(c.match)} on ${c.id}`];
  if (c.set) {
    const changed = { ...target, ...c.set, sources: union(target.sources, c.sources) };
    p.statuses = p.statuses.map((s) => (s === target ? changed : s));
    return [];
  }
  const into = findOne(p.statuses, { jurisdiction: target.jurisdiction, ...c.foldInto });
  if (!into) return [`${where}: nothing to fold ${statusKey(c.match)} into on ${c.id}`];
  const folded = { ...into, sources: union(into.sources, union(target.sources, c.sources)) };
  p.statuses = p.statuses.filter((s) => s !== target).map((s) => (s === into ? folded : s));
  return [];
}

/**
 * Applies corrections in order to a Map of publishers by id (mutates the entries it corrects).
 * Returns error lines: a correction that is malformed or matches no single status is an error, so a stale
 * correction never goes unnoticed when its input changes.
 */
export function applyCorrections(byId, corrections) {
  return corrections.flatMap((c, i) => {
    const where = `correction ${i + 1} (${c?.id})`;
    const shape = checkCorrection(c, where);
    return shape.length ? shape : applyOne(byId, c, where);
  });
}
