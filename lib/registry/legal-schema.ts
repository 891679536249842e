/**
 * Schema of the legal notes: per jurisdiction × status kind, what each act by a reader risks.
 * Derived by hand from ../shared/registry/jurisdictions.json (see docs/registry.md); every claim keeps its sources.
 * @module lib/registry/legal-schema
 */
import * as v from 'valibot';
import { ConfidenceSchema, JurisdictionSchema, StatusKindSchema, type Jurisdiction, type StatusKind } from './schema';

/**
 * How the sources describe an act's risk, listed from lowest to highest (lib/warnings ranks by this order):
 * 'penalized' — a law and/or cases penalize it; 'reported' — authorities or credible reports say it can be
 * penalized, without a clear statute or case; 'not-penalized' — a source says it is not penalized as such;
 * 'unknown' — the sources do not address it.
 */
export const RISKS = ['not-penalized', 'unknown', 'reported', 'penalized'] as const;
export const RiskSchema = v.picklist(RISKS);
export type Risk = v.InferOutput<typeof RiskSchema>;

const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const IsoDate = v.pipe(v.string(), v.isoDate());

/** What the sources say about one act (share, donate …). */
export const ActNoteSchema = v.strictObject({
  risk: RiskSchema,
  /** The legal article, or null when none is named. */
  basis: v.nullable(v.string()),
  /** Penalty range in words, or null. */
  penalty: v.nullable(v.string()),
  /** Caveats and attribution in neutral words, or null. */
  note: v.nullable(v.string()),
  /** Sources for this act; empty means "see the note's sources". */
  sources: v.array(HttpsUrl),
  confidence: ConfidenceSchema,
});
export type ActNote = v.InferOutput<typeof ActNoteSchema>;

/** Every act must be spoken to, even if only as 'unknown'. */
export const ActsSchema = v.strictObject({
  read: ActNoteSchema,
  share: ActNoteSchema,
  like: ActNoteSchema,
  comment: ActNoteSchema,
  save: ActNoteSchema,
  donate: ActNoteSchema,
  contact: ActNoteSchema,
});

/** One jurisdiction × kind. */
export const LegalNoteSchema = v.strictObject({
  jurisdiction: JurisdictionSchema,
  kind: StatusKindSchema,
  /** The law or decision the status rests on. */
  legalBasis: v.string(),
  /** Whom the rules bind, or null. */
  appliesTo: v.nullable(v.string()),
  /** Context that is not one act (subscription risk, scope of the measure), or null. */
  summary: v.nullable(v.string()),
  acts: ActsSchema,
  sources: v.pipe(v.array(HttpsUrl), v.minLength(1)),
  confidence: ConfidenceSchema,
  /** When this note was last checked against its sources (ISO). */
  checkedAt: IsoDate,
});
export type LegalNote = v.InferOutput<typeof LegalNoteSchema>;

export const LegalNotesSchema = v.strictObject({
  schemaVersion: v.literal(1),
  asOf: IsoDate,
  notes: v.array(LegalNoteSchema),
});
export type LegalNotes = v.InferOutput<typeof LegalNotesSchema>;

/** Key of a jurisdiction × kind lookup: "RU/undesirable". */
export function legalNoteKey(jurisdiction: Jurisdiction, kind: StatusKind): string {
  return `${jurisdiction}/${kind}`;
}
