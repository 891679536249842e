/**
 * The reader's choice of where they read from: the jurisdictions whose risks Masthead shows. Chosen by the reader
 * only, never inferred from locale, time zone or network (the choice itself can be sensitive).
 * @module lib/publisher/jurisdiction-choice
 */
import { JURISDICTIONS, type Jurisdiction } from '@/lib/registry/schema';

/** `'all'` = show every jurisdiction's risks; otherwise the chosen codes, sorted, without duplicates. */
export type JurisdictionChoice = 'all' | readonly Jurisdiction[];

/**
 * Validates a stored or submitted value. Returns the choice in canonical form (codes deduplicated and in
 * JURISDICTIONS order, unknown codes dropped), or null for "not chosen yet": null, garbage, or an empty list.
 */
export function parseJurisdictionChoice(value: unknown): JurisdictionChoice | null {
  if (value === 'all') return 'all';
  if (!Array.isArray(value)) return null;
  const items: readonly unknown[] = value;
  const chosen = JURISDICTIONS.filter((code) => items.includes(code));
  return chosen.length > 0 ? chosen : null;
}

/** True when the reader wants the risks of `code` shown. */
export function isJurisdictionChosen(choice: JurisdictionChoice, code: Jurisdiction): boolean {
  return choice === 'all' || choice.includes(code);
}

/**
 * The selection after ticking (`on`) or unticking one jurisdiction, in canonical order. Ticking one while "all" is
 * chosen is not offered by the picker; it starts a list with that one code.
 */
export function toggleJurisdiction(
  choice: JurisdictionChoice | null,
  code: Jurisdiction,
  on: boolean,
): readonly Jurisdiction[] {
  const current = choice === null || choice === 'all' ? [] : choice;
  return JURISDICTIONS.filter((item) => (item === code ? on : current.includes(item)));
}
