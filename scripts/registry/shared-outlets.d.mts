// Types for shared-outlets.mjs (used by tests).
export function parseName(full: string): { name: string; altNames: string[]; descriptors: string[] };
export function convertStatus(s: object, id: string, checkedAt: string, log: string[]): Record<string, unknown>;
export function convertOutlet(o: object, checkedAt: string, log: string[]): Record<string, unknown>;
