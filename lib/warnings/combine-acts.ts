/**
 * Combining several legal notes in one jurisdiction: per act, the highest risk wins and every basis is kept.
 * @module lib/warnings/combine-acts
 */
import { RISKS, type LegalNote, type Risk } from '@/lib/registry/legal-schema';
import { ACTS, type Act } from '@/lib/registry/schema';
import type { ActContribution, ActWarning } from './types';

/**
 * Rank of a risk: not-penalized < unknown < reported < penalized. "Unknown" outranks "not penalized" so that a
 * status the sources do not speak to is never hidden behind another status that is harmless.
 */
export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

/** The higher of two risks. */
export function maxRisk(a: Risk, b: Risk): Risk {
  return riskRank(a) >= riskRank(b) ? a : b;
}

const unique = (items: readonly (string | null)[]): string[] =>
  [...new Set(items.filter((item): item is string => item !== null && item.trim() !== ''))];

/** Combines one act over the notes that apply. */
export function combineAct(act: Act, notes: readonly LegalNote[]): ActWarning {
  const contributions: ActContribution[] = notes
    .map((note) => {
      const own = note.acts[act];
      return { ...own, kind: note.kind, sources: own.sources.length > 0 ? own.sources : note.sources };
    })
    .sort((a, b) => riskRank(b.risk) - riskRank(a.risk));
  const risk = contributions.reduce<Risk>((top, c) => maxRisk(top, c.risk), 'not-penalized');
  const top = contributions.filter((c) => c.risk === risk);
  return {
    act,
    risk,
    bases: unique(contributions.map((c) => c.basis)),
    penalties: unique(top.map((c) => c.penalty)),
    sources: unique(top.flatMap((c) => c.sources)),
    confidence: top.some((c) => c.confidence === 'uncertain') ? 'uncertain' : 'confirmed',
    contributions,
  };
}

/** All seven acts, in ACTS order. */
export function combineActs(notes: readonly LegalNote[]): ActWarning[] {
  return ACTS.map((act) => combineAct(act, notes));
}
