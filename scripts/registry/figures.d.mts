// Types for figures.mjs (used by tests).
interface Cell { jurisdiction: string; kind: string; total: number; confirmed: number; legalNote: boolean }
interface Counted { id: string; jurisdiction: string; kind: string; since: string | null }
export interface Figures {
  asOf: string; publishers: number; statuses: Counted[]; confirmed: number; cells: Cell[];
  noDomain: { id: string }[]; noSource: Counted[]; uncertain: Counted[]; undated: Counted[]; stale: Counted[];
  ended: (Counted & { until: string })[];
  legalNotes: number; staleLegal: object[];
}
export const pct: (n: number, d: number) => string;
export function collectFigures(
  registry: { asOf: string; publishers: readonly object[] },
  legal: { notes: readonly { jurisdiction: string; kind: string; checkedAt: string }[] },
  now: Date,
): Figures;
export function figuresFromDisk(root: string, argv: readonly string[]): { now: Date; figures: Figures };
