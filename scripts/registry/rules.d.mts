// Types for rules.mjs, so TS tests can import the scripts' rule checks.
export const JURISDICTIONS: string[];
export const STATUS_KINDS: string[];
export const KEBAB: RegExp;
export function formatJson(value: unknown): string;
export function normalizeDomain(raw: string): string;
export function toHttps(raw: string): string | null;
export function isIsoDate(s: unknown): boolean;
export function sortPublishers<T extends { id: string }>(publishers: readonly T[]): T[];
export function checkRegistry(registry: { publishers: readonly object[] }, now?: Date): string[];
export function statusKey(s: { jurisdiction: string; kind: string; since: string | null }): string;
export function mergePublisher<T extends object>(base: T, incoming: object): T;
export function checkPublisher(p: unknown, today?: string): string[];
export function isStaleDate(checkedAt: string, now: Date): boolean;
