/**
 * What the warning policy returns: plain data the UI renders without deciding anything.
 * @module lib/warnings/types
 */
import type { ActNote, Risk } from '@/lib/registry/legal-schema';
import type { Act, Confidence, Jurisdiction, Publisher, Status, StatusKind } from '@/lib/registry/schema';

/** One legal note's say on an act, kept so the UI can show every basis. */
export interface ActContribution extends ActNote {
  kind: StatusKind;
}

/** The combined risk of one act in one jurisdiction (highest risk among the applying notes). */
export interface ActWarning {
  act: Act;
  risk: Risk;
  /** Legal bases: those at the highest risk first, then the rest; deduplicated. */
  bases: string[];
  /** Penalty ranges of the notes at the highest risk. */
  penalties: string[];
  /** Sources of the notes at the highest risk (an act without its own sources falls back to its note's). */
  sources: string[];
  /** 'uncertain' when any note at the highest risk is uncertain. */
  confidence: Confidence;
  /** Every note's say, highest risk first. */
  contributions: ActContribution[];
}

/** Everything one jurisdiction's rules say about this publisher. */
export interface JurisdictionWarning {
  jurisdiction: Jurisdiction;
  /** Statuses in this jurisdiction that have a legal note. */
  statuses: Status[];
  /** The seven acts in ACTS order. */
  acts: ActWarning[];
  /** Highest risk over all acts. */
  maxRisk: Risk;
  legalBases: string[];
  appliesTo: string[];
  summaries: string[];
  /** Sources of the legal notes as a whole. */
  sources: string[];
  /**
   * What the measures name when none of them covers the whole outlet (every status is `partial`: one account,
   * channel or item, or a person the register lists); empty when one covers the whole outlet. The UI shows it with
   * the risks so they are not read as covering everything the outlet publishes.
   */
  scopes: string[];
}

/** Who the reader is reading for: chosen codes, every jurisdiction, or not chosen yet. */
export type ReaderJurisdictions = readonly Jurisdiction[] | 'all' | null | undefined;

/** The policy's answer: the UI renders each case with its own text. */
export type SourceWarnings =
  | { state: 'not-in-registry' }
  | { state: 'no-status'; publisher: Publisher }
  | {
      state: 'statuses';
      publisher: Publisher;
      /** Per-jurisdiction warnings, in the order of the reader's choice (else JURISDICTIONS order). */
      warnings: JurisdictionWarning[];
      /** Statuses in the shown jurisdictions for which no legal note exists: shown as facts, no act grid. */
      withoutLegalNote: Status[];
      /** True when the reader chose no jurisdiction: only penalizing jurisdictions are listed, compactly. */
      compact: boolean;
    };
