/**
 * Registry rules shared by the import, add-entry and report scripts (plain Node ESM, no TS).
 * The TS schema (lib/registry/schema.ts) is the source of truth for shapes; these checks are the
 * Dark-Reader-style invariants a schema cannot express (sorting, one owner per domain, dates not in
 * the future). tests/unit/registry/registry-data.test.ts asserts the closed lists below equal the schema's.
 */

export const JURISDICTIONS = [
  'AZ', 'BY', 'CA', 'CN', 'DE', 'EU', 'FR', 'GLOBAL', 'HK', 'ID', 'IR', 'JP', 'KR', 'MY', 'QA', 'RU', 'SG', 'TM',
  'TR', 'UA', 'UK', 'US',
];
export const STATUS_KINDS = [
  'undesirable', 'foreign-agent', 'extremist-materials', 'extremist-formation', 'blocked', 'sanctioned',
  'licence-revoked', 'state-funded', 'state-media', 'platform-label', 'terrorist-designation',
];
export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/** Canonical file text: the registry's diffs stay reviewable (Dark Reader's format round trip). */
export function formatJson(value) {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Lowercase host without scheme, path, port or a leading `www.`; '' when nothing host-like is left. */
export function normalizeDomain(raw) {
  const s = String(raw).trim().toLowerCase();
  const host = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/)[0].replace(/:\d+$/, '');
  return host.replace(/^www\d?\./, '');
}

/** `https://…` as given; `http://` rewritten to https on the same host; anything else → null. */
export function toHttps(raw) {
  const s = String(raw).trim();
  if (/^https:\/\/[^\s]+$/.test(s)) return s;
  if (/^http:\/\/[^\s]+$/.test(s)) return 'https://' + s.slice('http://'.length);
  return null;
}

/** ISO date that exists on the calendar. */
export function isIsoDate(s) {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Publishers sorted by id (code-unit order, the same as the data test's). */
export function sortPublishers(publishers) {
  return [...publishers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkStatus(where, s, today) {
  const errors = [];
  if (!JURISDICTIONS.includes(s.jurisdiction)) errors.push(`${where}: unknown jurisdiction ${s.jurisdiction}`);
  if (!STATUS_KINDS.includes(s.kind)) errors.push(`${where}: unknown kind ${s.kind}`);
  for (const key of ['since', 'registerDate', 'until']) {
    if (s[key] === undefined) continue;
    if (s[key] !== null && !isIsoDate(s[key])) errors.push(`${where}: ${key} is not an ISO date`);
    else if (s[key] !== null && s[key] > today) errors.push(`${where}: ${key} ${s[key]} is in the future`);
  }
  if (!isIsoDate(s.checkedAt) || s.checkedAt > today) errors.push(`${where}: checkedAt missing or in the future`);
  if (isIsoDate(s.until) && isIsoDate(s.since) && s.until < s.since) errors.push(`${where}: until is before since`);
  if (typeof s.authority !== 'string' || s.authority.trim().length < 2) errors.push(`${where}: no authority`);
  const sources = Array.isArray(s.sources) ? s.sources : [];
  if (!sources.some((u) => /^https:\/\/\S+$/.test(u))) errors.push(`${where}: no https source`);
  for (const u of sources) if (!/^https:\/\/\S+$/.test(u)) errors.push(`${where}: source is not https: ${u}`);
  if (!['confirmed', 'uncertain'].includes(s.confidence)) errors.push(`${where}: bad confidence`);
  return errors;
}

const PUBLISHER_KEYS = ['id', 'name', 'altNames', 'domains', 'domainsUnverified', 'ownerFunding', 'country', 'notes', 'statuses'];
const STATUS_KEYS = ['jurisdiction', 'kind', 'since', 'registerDate', 'authority', 'sources', 'confidence', 'scope', 'note', 'checkedAt', 'partial', 'until'];

/** Missing or unknown keys, the way the strict valibot schema would see them (`notes` is optional). */
function checkKeys(where, obj, keys, optional = []) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [`${where}: not an object`];
  const missing = keys.filter((k) => !(k in obj) && !optional.includes(k)).map((k) => `${where}: missing ${k}`);
  return [...missing, ...Object.keys(obj).filter((k) => !keys.includes(k)).map((k) => `${where}: unknown key ${k}`)];
}

/** Every rule one publisher entry breaks (shape, id, domains, statuses), as readable lines. */
export function checkPublisher(p, today = new Date().toISOString().slice(0, 10)) {
  const errors = checkKeys(String(p?.id), p, PUBLISHER_KEYS, ['notes']);
  if (errors.some((e) => e.endsWith('not an object'))) return errors;
  const notLists = ['altNames', 'domains', 'domainsUnverified', 'statuses'].filter((key) => !Array.isArray(p[key]));
  if (notLists.length) return [...errors, ...notLists.map((key) => `${p.id}: ${key} is not a list`)];
  (p.statuses).forEach((s, i) => errors.push(...checkKeys(`${p.id} status[${i}]`, s, STATUS_KEYS, ['partial', 'until'])));
  if (!KEBAB.test(p.id ?? '')) errors.push(`${p.id}: id is not kebab-case`);
  if (typeof p.name !== 'string' || p.name.trim() === '') errors.push(`${p.id}: no name`);
  for (const d of [...(p.domains ?? []), ...(p.domainsUnverified ?? [])]) {
    if (d !== normalizeDomain(d) || !DOMAIN.test(d)) errors.push(`${p.id}: domain not canonical: ${d}`);
  }
  p.statuses.forEach((s, i) => errors.push(...checkStatus(`${p.id} status[${i}]`, s, today)));
  return errors;
}

/** True when `checkedAt` is more than 12 months before `now` (same rule as lib/registry/is-stale.ts). */
export function isStaleDate(checkedAt, now) {
  const limit = new Date(`${checkedAt}T00:00:00Z`);
  if (Number.isNaN(limit.getTime())) return true;
  limit.setUTCMonth(limit.getUTCMonth() + 12);
  return now.getTime() > limit.getTime();
}

/**
 * Every rule violation in a registry object, as readable lines ([] when clean).
 * @param {{publishers: object[]}} registry
 * @param {Date} now reference date for "not in the future"
 */
export function checkRegistry(registry, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const errors = [];
  const owner = new Map();
  const ids = registry.publishers.map((p) => p.id);
  if (new Set(ids).size !== ids.length) errors.push('ids are not unique');
  if (ids.join('\n') !== sortPublishers(registry.publishers).map((p) => p.id).join('\n')) errors.push('publishers are not sorted by id');
  for (const p of registry.publishers) {
    errors.push(...checkPublisher(p, today));
    for (const d of p.domains ?? []) {
      if (owner.has(d) && owner.get(d) !== p.id) errors.push(`domain ${d} owned by ${owner.get(d)} and ${p.id}`);
      owner.set(d, p.id);
    }
  }
  return errors;
}

/** Statuses are the same fact when jurisdiction, kind and date agree. */
export function statusKey(s) {
  return `${s.jurisdiction}|${s.kind}|${s.since ?? ''}`;
}

/**
 * Union of two entries with the same id. A merge only adds: the base keeps its name, owner and country (a
 * different incoming name becomes an alt name); lists are unioned; statuses with the same jurisdiction, kind
 * and date are one fact whose sources are unioned. Corrections go through add-entry's --replace.
 */
export function mergePublisher(base, incoming) {
  const union = (a = [], b = []) => [...new Set([...a, ...b])];
  const statuses = [...base.statuses];
  for (const s of incoming.statuses ?? []) {
    const i = statuses.findIndex((t) => statusKey(t) === statusKey(s));
    if (i === -1) statuses.push(s);
    else statuses[i] = { ...s, sources: union(statuses[i].sources, s.sources) };
  }
  const domains = union(base.domains, incoming.domains);
  const extraNames = incoming.name && incoming.name !== base.name ? [incoming.name] : [];
  return {
    ...base,
    altNames: union(base.altNames, [...(incoming.altNames ?? []), ...extraNames]).filter((n) => n !== base.name),
    domains,
    domainsUnverified: union(base.domainsUnverified, incoming.domainsUnverified).filter((d) => !domains.includes(d)),
    ownerFunding: base.ownerFunding ?? incoming.ownerFunding ?? null,
    country: base.country ?? incoming.country ?? null,
    notes: base.notes ?? incoming.notes ?? null,
    statuses,
  };
}
