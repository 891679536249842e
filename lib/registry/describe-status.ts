/**
 * Neutral, dated, attributed wording for one status ("Listed as 'undesirable' by Russia's Prosecutor General's
 * Office on 2 Feb 2024"). Wording rules: ../shared/registry/README.md — attributed, never a verdict on the outlet.
 * @module lib/registry/describe-status
 */
import { formatDate } from '@/lib/format-date';
import { jurisdictionName } from '@/lib/publisher/jurisdiction-names';
import type { Jurisdiction, Status, StatusKind } from './schema';

/** What the authority did, in words that quote the legal label rather than endorse it. */
export const KIND_PHRASES: Readonly<Record<StatusKind, string>> = {
  undesirable: "Listed as 'undesirable'",
  'foreign-agent': "Listed as a 'foreign agent'",
  'extremist-materials': "Content declared 'extremist materials'",
  'extremist-formation': "Designated an 'extremist formation'",
  blocked: 'Blocked',
  sanctioned: 'Sanctioned',
  'licence-revoked': 'Licence or registration revoked',
  'state-funded': 'State funding',
  'state-media': 'Listed as state media',
  'platform-label': 'Platform label',
  'terrorist-designation': "Designated a 'terrorist organization'",
};

/** Authorities whose name already says where they are, so no "Russia's" is prefixed. */
const NAMES_PLACE = /Belarus|Russia|Ukrain|Iran|Turk|French|German|Qatar|China|Chinese|CCP|PRC|\bUS\b|\bUK\b|Canad|Azerbaij|\bEU\b|Minsk|Moscow|Baku|Gomel/;

/**
 * Where the authority's name ends and its details begin: "; ", ": ", " - ", " on a … demand/instruction", or a
 * parenthesis that is a comment — an all-caps acronym such as "(KGB)" or "(CFSP)" stays part of the name.
 */
const DETAIL = /; |: | - | on (?:a |an |the )?(?:Prosecutor|demand|request|instruction|order)| \((?![A-Z]{2,}\))/;

/** The authority's name without its details ("Prosecutor General's Office (decision); …" → "Prosecutor General's Office"). */
export function authorityHead(authority: string): string {
  const head = authority.split(DETAIL)[0]?.trim();
  return head && head.length >= 2 ? head : authority.trim();
}

/** Kinds whose authority is who funds or labels, not who decided: written "State funding: USAGM grant". */
const NAMED_SOURCE_KINDS: ReadonlySet<StatusKind> = new Set(['state-funded', 'platform-label']);

/** Attributive forms where a possessive reads badly ("UK Ofcom", not "United Kingdom's Ofcom"). */
const ATTRIBUTIVE: Partial<Record<Jurisdiction, string>> = { UK: 'UK', US: 'US' };

function attributed(jurisdiction: Jurisdiction, kind: StatusKind, authority: string): string {
  const head = authorityHead(authority);
  if (NAMED_SOURCE_KINDS.has(kind) || jurisdiction === 'GLOBAL' || jurisdiction === 'EU' || NAMES_PLACE.test(head)) return head;
  const attributive = ATTRIBUTIVE[jurisdiction];
  return attributive ? `${attributive} ${head}` : `${jurisdictionName(jurisdiction)}'s ${head}`;
}

/**
 * What to say when the decision has no date: the day the entry reached the published register if a source gives
 * it (Russia's undesirable list shows the list date, not always the Prosecutor General's decision date).
 */
function unknownDateMark(status: Status): string {
  const entered = formatDate(status.registerDate);
  return entered ? `decision date unknown; in the register since ${entered}` : 'date unknown';
}

/**
 * One neutral line for a status: what, by whom, when, and until when if it has ended. "(date unknown)" when no
 * source gives the date, and "(uncertain)" when the sources are weak or conflicting — the UI must show both.
 */
export function describeStatus(status: Status): string {
  const date = formatDate(status.since);
  const marks = [date ? null : unknownDateMark(status), status.confidence === 'uncertain' ? 'uncertain' : null]
    .filter((mark): mark is string => mark !== null);
  const when = date ? ` on ${date}` : '';
  const suffix = marks.length > 0 ? ` (${marks.join('; ')})` : '';
  const joiner = NAMED_SOURCE_KINDS.has(status.kind) ? ': ' : ' by ';
  const until = status.until ? `, until ${formatDate(status.until) ?? status.until}` : '';
  return `${KIND_PHRASES[status.kind]}${joiner}${attributed(status.jurisdiction, status.kind, status.authority)}${when}${suffix}${until}`;
}
