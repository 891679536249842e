/**
 * ../shared/registry/registry.json outlets → project Publisher objects (lib/registry/schema.ts).
 * Every source is kept: https as is, http rewritten to https on the same host, prose moved into `note`.
 */
import { normalizeDomain, toHttps } from './rules.mjs';

/**
 * Prose citations whose report we could link: the OONI report is announced with this URL by OONI on the
 * ooni-talk mailing list (lists.torproject.org, March 2022). The prose stays in `note` as well.
 */
const PROSE_LINKS = [
  [/^OONI report 'New blocks emerge in Russia amid war in Ukraine'/, 'https://ooni.org/post/2022-russia-blocks-amid-ru-ua-conflict/'],
];

/** Parenthesised parts that describe the legal entity or the outlet, not another name it goes by. */
const DESCRIPTOR = /\b(SIA|Ltd|Inc|B\.V|fonds|LLC|Stichting|publisher|defunct|magazine|agency|successor|site|based|Warsaw|Bialystok|JDN|Corporation|Network)\b|^[A-Z]{2}$/i;

/** Split on commas/semicolons outside parentheses. */
function splitTopLevel(s) {
  const out = [];
  let depth = 0, cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if ((c === ',' || c === ';') && depth === 0) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim().replace(/^(incl\.|formerly)\s+/i, '').replace(/\s+etc\.?$/i, '').trim())
    .filter((x) => x && !/^etc\.?$/i.test(x));
}

/** Index of the parenthesis closing the one opened at `open`. */
function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length;
}

/**
 * "RFE/RL (incl. Radio Svoboda, Current Time …)" → { name, altNames, descriptors }.
 * "A / B" gives name A and alt name B; "X: a, b" and "X incl. a, b" list alt names.
 */
export function parseName(full) {
  let head = full, groups = [];
  const open = full.indexOf(' (');
  if (open !== -1) {
    const end = closing(full, open + 1);
    head = full.slice(0, open);
    groups.push(full.slice(open + 2, end));
    const rest = full.slice(end + 1).trim();
    if (rest) groups.push(rest);
  }
  const colon = head.indexOf(': ');
  if (colon !== -1) { groups.unshift(head.slice(colon + 2)); head = head.slice(0, colon); }
  const [name, ...slashAlts] = head.split(' / ').map((x) => x.trim());
  const altNames = [...slashAlts], descriptors = [];
  for (const g of groups) {
    const items = splitTopLevel(g);
    if (/^incl\./i.test(g) || !DESCRIPTOR.test(g)) altNames.push(...items);
    else descriptors.push(g.trim());
  }
  return { name, altNames: [...new Set(altNames)].filter((n) => n !== name), descriptors };
}

/** One shared status → project Status; `log` collects every rewrite for the import report. */
export function convertStatus(s, id, checkedAt, log) {
  const sources = [], prose = [];
  for (const raw of s.source_urls ?? []) {
    const https = toHttps(raw);
    const linked = PROSE_LINKS.find(([re]) => re.test(raw.trim()))?.[1];
    if (https === null) prose.push(raw.trim());
    else sources.push(https);
    if (linked) { sources.push(linked); log.push(`${id} ${s.jurisdiction}/${s.kind}: prose OONI citation → ${linked}`); }
    if (https !== null && https !== raw.trim()) log.push(`${id} ${s.jurisdiction}/${s.kind}: ${raw} → ${https}`);
  }
  const notes = [];
  const monthOnly = typeof s.since === 'string' && /^\d{4}-\d{2}$/.test(s.since);
  if (monthOnly) notes.push(`Date given to the month only: ${s.since}.`);
  if (s.since_note) notes.push(s.since_note);
  for (const p of prose) notes.push(`Also cited: ${p}.`);
  let confidence = s.confidence;
  if (sources.length === 0) {
    confidence = 'uncertain';
    notes.push('No https source was available for this fact; shown as uncertain until a link backs it.');
    log.push(`${id} ${s.jurisdiction}/${s.kind}: no https source left → uncertain`);
  }
  return {
    jurisdiction: s.jurisdiction,
    kind: s.kind,
    since: monthOnly ? null : s.since ?? null,
    registerDate: s.register_date ?? null,
    authority: s.authority,
    sources: [...new Set(sources)],
    confidence,
    scope: s.scope ?? null,
    note: notes.length ? notes.join(' ') : null,
    checkedAt,
  };
}

/**
 * Pointers at the shared research's `domain_evidence` field carry no fact about the outlet and mean nothing to a
 * reader (the evidence itself is kept in data/research): the sentence and the parenthesis are dropped.
 */
const EVIDENCE_POINTERS = [/\s*Domain\(s\) corroborated by third-party datasets \(SMM\/MBFC\), see domain_evidence\./g, / \(see domain_evidence\)/g];

/** One shared outlet → project Publisher. */
export function convertOutlet(o, checkedAt, log) {
  const { name, altNames, descriptors } = parseName(o.name);
  const domains = [...new Set(o.domains.map(normalizeDomain))];
  const unverified = [...new Set((o.domains_unverified ?? []).map(normalizeDomain))].filter((d) => !domains.includes(d));
  const described = descriptors.join('; ').replace(/^./, (c) => c.toUpperCase());
  const owner = [described ? `${described}.` : '', o.owner_or_funding ?? ''].filter(Boolean).join(' ');
  const notes = EVIDENCE_POINTERS.reduce((text, pointer) => text.replace(pointer, ''), o.notes ?? '').trim();
  return {
    id: o.id,
    name,
    altNames,
    domains,
    domainsUnverified: unverified,
    ownerFunding: owner || null,
    country: o.country ?? null,
    notes: notes || null,
    statuses: o.statuses.map((s) => convertStatus(s, o.id, checkedAt, log)),
  };
}
