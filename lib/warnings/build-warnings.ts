/**
 * The warning policy: publisher + reader's jurisdictions + legal notes → what is risky to do, where.
 * Pure: the registry and the notes come in as parameters.
 * @module lib/warnings/build-warnings
 */
import { isInForce } from '@/lib/registry/is-in-force';
import { legalNoteKey, type LegalNote } from '@/lib/registry/legal-schema';
import { JURISDICTIONS, type Jurisdiction, type Publisher, type Status } from '@/lib/registry/schema';
import { combineActs, maxRisk } from './combine-acts';
import type { JurisdictionWarning, ReaderJurisdictions, SourceWarnings } from './types';

const unique = (items: readonly (string | null)[]): string[] =>
  [...new Set(items.filter((item): item is string => item !== null))];

/** The warning for one jurisdiction from the statuses in force, or null when none of them has a legal note. */
function warningFor(
  jurisdiction: Jurisdiction,
  statuses: readonly Status[],
  notes: ReadonlyMap<string, LegalNote>,
): JurisdictionWarning | null {
  const applying = statuses.filter((s) => s.jurisdiction === jurisdiction && notes.has(legalNoteKey(jurisdiction, s.kind)));
  if (applying.length === 0) return null;
  const kinds = [...new Set(applying.map((s) => s.kind))];
  const legal = kinds.map((kind) => notes.get(legalNoteKey(jurisdiction, kind))).filter((n): n is LegalNote => n !== undefined);
  const acts = combineActs(legal);
  return {
    jurisdiction,
    statuses: applying,
    acts,
    maxRisk: acts.reduce((top, a) => maxRisk(top, a.risk), acts[0]?.risk ?? 'unknown'),
    legalBases: unique(legal.map((n) => n.legalBasis)),
    appliesTo: unique(legal.map((n) => n.appliesTo)),
    summaries: unique(legal.map((n) => n.summary)),
    sources: unique(legal.flatMap((n) => n.sources)),
    scopes: applying.every((s) => s.partial === true) ? unique(applying.map((s) => s.scope)) : [],
  };
}

/**
 * Decides what to show for a publisher.
 * - unknown publisher → `not-in-registry`; known without statuses → `no-status`;
 * - chosen jurisdictions → a warning for each chosen one with a legal note (even if nothing is penalized);
 * - `'all'` → every jurisdiction with a legal note;
 * - not chosen (null/undefined/[]) → only jurisdictions that penalize some act, `compact` for the UI.
 * Statuses in force in the shown jurisdictions without a legal note are returned in `withoutLegalNote`; ended
 * statuses (`until`) drive no warning — the card still lists them as history.
 */
export function buildWarnings(
  publisher: Publisher | undefined,
  reader: ReaderJurisdictions,
  notes: ReadonlyMap<string, LegalNote>,
): SourceWarnings {
  if (!publisher) return { state: 'not-in-registry' };
  if (publisher.statuses.length === 0) return { state: 'no-status', publisher };
  const unset = reader === null || reader === undefined || (reader !== 'all' && reader.length === 0);
  const scope: readonly Jurisdiction[] = reader === 'all' || unset ? JURISDICTIONS : reader;
  const inForce = publisher.statuses.filter(isInForce);
  const warnings = scope
    .map((j) => warningFor(j, inForce, notes))
    .filter((w): w is JurisdictionWarning => w !== null)
    .filter((w) => !unset || w.acts.some((a) => a.risk === 'penalized'));
  const withoutLegalNote = inForce.filter(
    (s) => scope.includes(s.jurisdiction) && !notes.has(legalNoteKey(s.jurisdiction, s.kind)),
  );
  return { state: 'statuses', publisher, warnings, withoutLegalNote, compact: unset };
}
