// Types for state-media.mjs (used by tests).
export const SMM_SOURCES: string[];
export const SMM_AUTHORITY: string;
export const TYPOLOGY: Record<string, string>;
export function parseCsv(text: string): Record<string, string>[];
export function describeTypology(code: string): string;
export function slugify(s: string): string;
export function groupRowsByHost(rows: Record<string, string>[]): Map<string, Record<string, string>[]>;
export function stateMediaStatus(
  entries: { host: string; row: Record<string, string> }[],
  checkedAt: string,
): Record<string, unknown>;
