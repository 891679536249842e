/**
 * The confirmation asked before an export ("save") or copying the link ("share") when the registry's legal notes
 * say the act carries risk where the reader lives. Wording is neutral and never stronger than the note: "penalized"
 * states that penalties exist, "reported" that cases were reported, "unknown" that Masthead does not know.
 * @module lib/export/needs-risk-confirmation
 */

/** Acts the legal notes speak to (mirrors the registry's Act list, kept structural on purpose). */
export type ReaderAct = 'read' | 'share' | 'like' | 'comment' | 'save' | 'donate' | 'contact';

/** What a legal note says about one act in the reader's jurisdiction. */
export type ActRiskLevel = 'penalized' | 'reported' | 'not-penalized' | 'unknown';

/** One act and its risk, as the registry helper provides it. */
export interface ActRisk {
  act: ReaderAct;
  risk: ActRiskLevel;
}

/** Most severe first; `not-penalized` never asks. */
const SEVERITY: readonly ActRiskLevel[] = ['penalized', 'reported', 'unknown'];

const NOUN: Record<'save' | 'share', string> = { save: 'Saving or keeping', share: 'Sharing' };
const CONTINUE: Record<'save' | 'share', string> = {
  save: 'The file stays on this device; Masthead keeps no copy. Export anyway?',
  share: 'Copy the link anyway?',
};

/** The sentence stating what the note says, for one act and level. */
function riskSentence(action: 'save' | 'share', level: ActRiskLevel): string {
  const doing = NOUN[action];
  if (level === 'penalized') return `${doing} material from this publisher is penalized where you live, according to Masthead's sources.`;
  if (level === 'reported') return `Penalties for ${doing.toLowerCase()} material from this publisher have been reported where you live.`;
  return `Masthead does not know whether ${doing.toLowerCase()} material from this publisher is penalized where you live.`;
}

/**
 * Decides whether to ask before saving or sharing, and with what words.
 * @param action 'save' before an export, 'share' before copying the link
 * @param risks the per-act risks for the reader's jurisdiction (empty when the publisher has no status there)
 * @returns the text to confirm, or null when no note speaks of risk for this act
 */
export function needsRiskConfirmation(action: 'save' | 'share', risks: readonly ActRisk[]): string | null {
  const levels = new Set(risks.filter((entry) => entry.act === action).map((entry) => entry.risk));
  const level = SEVERITY.find((candidate) => levels.has(candidate));
  return level ? `${riskSentence(action, level)} ${CONTINUE[action]}` : null;
}
