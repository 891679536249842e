/**
 * State Media Monitor rows (ASD-at-GMF "state media profiles" CSV) → registry statuses and outlets.
 * The CSV's Typology column uses State Media Monitor codes. SC, CaPu, IP and ISFM are expanded in
 * ../shared/registry (README.md, registry.json legends); CaPr, ISF and ISM are expanded here from the
 * same naming pattern (Captured, Independent, State-Funded, State-Managed) — see docs/registry.md.
 */
import { normalizeDomain } from './rules.mjs';

/** The dataset page and the typology it inherits (https, named by the shared README and registry.json). */
export const SMM_SOURCES = [
  'https://github.com/ASD-at-GMF/state-media-profiles',
  'https://statemediamonitor.com/typology/',
];
export const SMM_AUTHORITY =
  'State Media Monitor (Media and Journalism Research Center), via the Alliance for Securing Democracy (GMF) state media profiles';

export const TYPOLOGY = {
  SC: 'state-controlled',
  CaPu: 'captured public',
  CaPr: 'captured private',
  IP: 'independent public',
  ISFM: 'independent state-funded and state-managed',
  ISF: 'independent state-funded',
  ISM: 'independent state-managed',
};

/** Minimal RFC 4180 parser: quoted fields, doubled quotes, CRLF. Returns rows of objects keyed by header. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.some((f) => f.trim() !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** "SC" → "SC (state-controlled)"; "ISFM?" keeps its question mark and says so. */
export function describeTypology(code) {
  const bare = code.replace(/\?$/, '');
  const words = TYPOLOGY[bare] ?? 'code not expanded in the dataset';
  return code.endsWith('?') ? `${bare} (${words}; marked '?' in the dataset)` : `${bare} (${words})`;
}

/** Kebab-case slug from Latin letters and digits ('' when the name has none). */
export function slugify(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** CSV rows with a URL, grouped by normalised host (one outlet per host). */
export function groupRowsByHost(rows) {
  const groups = new Map();
  for (const r of rows) {
    if (!r.URL) continue;
    const host = normalizeDomain(r.URL);
    if (!host.includes('.')) continue;
    if (!groups.has(host)) groups.set(host, []);
    groups.get(host).push(r);
  }
  return groups;
}

/**
 * One GLOBAL/state-media status for the rows that landed on one outlet. Confidence is 'uncertain'
 * only when every typology code is marked '?' in the dataset.
 */
export function stateMediaStatus(entries, checkedAt) {
  const byCode = new Map();
  for (const { host, row } of entries) {
    const code = row.Typology || '(none)';
    if (!byCode.has(code)) byCode.set(code, new Set());
    byCode.get(code).add(host);
  }
  const parts = [...byCode].map(([code, hosts]) => code === '(none)'
    ? `no typology code given for ${[...hosts].join(', ')}`
    : `${describeTypology(code)}${byCode.size > 1 ? ' for ' + [...hosts].join(', ') : ''}`);
  const flags = [...new Set(entries.map((e) => e.row.Status).filter((s) => /not functional|expired/i.test(s)))];
  const assets = [...new Set(entries.map((e) => e.row['Main assets']).filter(Boolean))];
  const codes = [...byCode.keys()];
  return {
    jurisdiction: 'GLOBAL',
    kind: 'state-media',
    since: null,
    registerDate: null,
    authority: SMM_AUTHORITY,
    sources: [...SMM_SOURCES],
    confidence: codes.every((c) => c.endsWith('?') || c === '(none)') ? 'uncertain' : 'confirmed',
    scope: assets.length ? assets.join('; ') : null,
    note: `State Media Monitor typology: ${parts.join('; ')}.` +
      (flags.length ? ` Dataset status: ${flags.join('; ')}.` : ''),
    checkedAt,
  };
}
