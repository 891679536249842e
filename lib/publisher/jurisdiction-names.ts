/**
 * Display names for the jurisdictions the registry speaks of, in English (the UI language for now).
 * @module lib/publisher/jurisdiction-names
 */
import type { Jurisdiction } from '@/lib/registry/schema';

/**
 * Every code in JURISDICTIONS → its name. `GLOBAL` is not a place: it stands for platform policies (labels applied
 * by YouTube, Meta, X …) that apply wherever the reader is. A `Record` over the union makes a missing code a type error.
 */
export const JURISDICTION_NAMES: Readonly<Record<Jurisdiction, string>> = {
  AZ: 'Azerbaijan',
  BY: 'Belarus',
  CA: 'Canada',
  CN: 'China',
  DE: 'Germany',
  EU: 'European Union',
  FR: 'France',
  GLOBAL: 'Platforms (global)',
  HK: 'Hong Kong',
  ID: 'Indonesia',
  IR: 'Iran',
  JP: 'Japan',
  KR: 'South Korea',
  MY: 'Malaysia',
  QA: 'Qatar',
  RU: 'Russia',
  SG: 'Singapore',
  TM: 'Turkmenistan',
  TR: 'Türkiye',
  UA: 'Ukraine',
  UK: 'United Kingdom',
  US: 'United States',
};

/** The display name of a jurisdiction code ("RU" → "Russia"). */
export function jurisdictionName(code: Jurisdiction): string {
  return JURISDICTION_NAMES[code];
}

/**
 * Codes in the order a reader scans them: alphabetical by display name, with `GLOBAL` (platform policies, not a
 * place) last.
 */
export function jurisdictionsByName(codes: readonly Jurisdiction[]): Jurisdiction[] {
  const rank = (code: Jurisdiction) => (code === 'GLOBAL' ? 1 : 0);
  return [...codes].sort((a, b) => rank(a) - rank(b) || jurisdictionName(a).localeCompare(jurisdictionName(b), 'en'));
}
