/**
 * The registry's schema: publishers, their statuses per jurisdiction, and legal notes per jurisdiction × kind.
 * Validated with valibot in the build (import-time parse) and in tests. Types are inferred from the schemas.
 * @module lib/registry/schema
 */
import * as v from 'valibot';

/** Jurisdictions the data speaks of. ISO 3166-1 alpha-2 where one exists; EU and GLOBAL (platform policies) besides. */
export const JURISDICTIONS = [
  'AZ', 'BY', 'CA', 'CN', 'DE', 'EU', 'FR', 'GLOBAL', 'HK', 'ID', 'IR', 'JP', 'KR', 'MY', 'QA', 'RU', 'SG', 'TM',
  'TR', 'UA', 'UK', 'US',
] as const;
export const JurisdictionSchema = v.picklist(JURISDICTIONS);
export type Jurisdiction = v.InferOutput<typeof JurisdictionSchema>;

/** Closed list of status kinds. 'state-media' carries a State Media Monitor typology; 'state-funded' a funding note. */
export const STATUS_KINDS = [
  'undesirable', 'foreign-agent', 'extremist-materials', 'extremist-formation', 'blocked', 'sanctioned',
  'licence-revoked', 'state-funded', 'state-media', 'platform-label', 'terrorist-designation',
] as const;
export const StatusKindSchema = v.picklist(STATUS_KINDS);
export type StatusKind = v.InferOutput<typeof StatusKindSchema>;

export const ConfidenceSchema = v.picklist(['confirmed', 'uncertain']);
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;

/** Acts by an individual reader that the legal notes speak to. */
export const ACTS = ['read', 'share', 'like', 'comment', 'save', 'donate', 'contact'] as const;
export const ActSchema = v.picklist(ACTS);
export type Act = v.InferOutput<typeof ActSchema>;

const IsoDate = v.pipe(v.string(), v.isoDate());
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));

/** One status a jurisdiction has given a publisher. */
export const StatusSchema = v.strictObject({
  jurisdiction: JurisdictionSchema,
  kind: StatusKindSchema,
  /** Date of the decision (ISO), or null when no source gives it ("date unknown" in the UI). */
  since: v.nullable(IsoDate),
  /** Date the entry appeared in the official register, where it differs from `since`. */
  registerDate: v.nullable(IsoDate),
  /** Who decided, as the sources name them. */
  authority: v.pipe(v.string(), v.minLength(2)),
  /** At least one https source. */
  sources: v.pipe(v.array(HttpsUrl), v.minLength(1)),
  confidence: ConfidenceSchema,
  /** What the status covers (a service, a channel), or null for the whole outlet. */
  scope: v.nullable(v.string()),
  /** A dated caveat about the fact, or null. */
  note: v.nullable(v.string()),
  /** When this fact was last checked against its sources (ISO). */
  checkedAt: IsoDate,
  /**
   * True when the measure covers only part of the outlet — one account, channel or item, or a person the register
   * lists instead of the outlet — as `scope` says. The risk card then names the scope. Optional: absent = whole outlet.
   */
  partial: v.optional(v.boolean()),
  /**
   * Date the status ended — the entry removed from the register, the measure lifted or expired — as a source gives
   * it. Absent or null: in force as far as the sources show. An ended status stays on the card as history and no
   * longer drives a risk warning.
   */
  until: v.optional(v.nullable(IsoDate)),
});
export type Status = v.InferOutput<typeof StatusSchema>;

/** One outlet. */
export const PublisherSchema = v.strictObject({
  /** kebab-case, unique, sorted. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: v.string(),
  /** Other names the outlet goes by (language services, translations, former names). */
  altNames: v.array(v.string()),
  /** Registrable domains or hosts backed by a source: lowercase, no scheme, no path, no `www.`. Used for matching. */
  domains: v.array(v.string()),
  /** Domains no source backs yet: shown, never used for matching. */
  domainsUnverified: v.array(v.string()),
  ownerFunding: v.nullable(v.string()),
  country: v.nullable(v.string()),
  /** Dated facts about the outlet itself that are not a status (e.g. "suspended Russia operations in March 2022"). Optional so hand-written entries may omit it. */
  notes: v.optional(v.nullable(v.string())),
  statuses: v.array(StatusSchema),
});
export type Publisher = v.InferOutput<typeof PublisherSchema>;

export const RegistrySchema = v.strictObject({
  schemaVersion: v.literal(1),
  /** The date the data as a whole was last reviewed; the UI shows "registry as of …". */
  asOf: IsoDate,
  publishers: v.array(PublisherSchema),
});
export type Registry = v.InferOutput<typeof RegistrySchema>;
