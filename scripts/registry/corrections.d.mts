// Types for corrections.mjs (used by tests).
export function checkCorrection(c: unknown, where: string): string[];
export function applyCorrections<P extends { id: string; statuses: object[] }>(byId: Map<string, P>, corrections: readonly unknown[]): string[];
