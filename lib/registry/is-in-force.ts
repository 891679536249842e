/**
 * Whether a status is still in force. Registers drop entries (Russia's Ministry of Justice removes foreign agents
 * whose legal entity closed) and measures are lifted; such a status stays on the card as dated history but must not
 * make the risk card warn about sharing the outlet today.
 * @module lib/registry/is-in-force
 */
import type { Status } from './schema';

/** True unless a source dates the status's end (`until`). */
export function isInForce(status: Pick<Status, 'until'>): boolean {
  return !status.until;
}
