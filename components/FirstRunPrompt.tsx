import { useState } from 'preact/hooks';
import { type JurisdictionChoice, parseJurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { Jurisdiction } from '@/lib/registry/schema';
import { JurisdictionPicker } from './JurisdictionPicker';

export interface FirstRunPromptProps {
  /** The jurisdictions to offer. */
  jurisdictions: readonly Jurisdiction[];
  /** The reader chose; the choice is non-empty and canonical. */
  onSave: (choice: JurisdictionChoice) => void;
  /** "Not now": the popup carries on without a choice. */
  onDismiss: () => void;
}

/**
 * The compact first-run question in the popup. Nothing is pre-ticked: Masthead never guesses where the reader is
 * (no locale, time zone or network lookup), because that guess would itself be a sensitive inference.
 */
export function FirstRunPrompt({ jurisdictions, onSave, onDismiss }: FirstRunPromptProps) {
  const [draft, setDraft] = useState<JurisdictionChoice | null>(null);
  const choice = parseJurisdictionChoice(draft);
  return (
    <section class="mh-first-run" aria-labelledby="mh-first-run-title" data-testid="first-run-prompt">
      <h2 id="mh-first-run-title" class="mh-first-run__title">Where do you read from?</h2>
      <p class="mh-first-run__lead">Masthead shows the risks that apply there. Nothing leaves your browser.</p>
      <JurisdictionPicker jurisdictions={jurisdictions} value={draft} onChange={setDraft} legend="I read from" />
      <div class="mh-first-run__actions">
        <button type="button" disabled={choice === null} onClick={() => choice && onSave(choice)} data-testid="first-run-save">
          Save
        </button>
        <button type="button" onClick={onDismiss} data-testid="first-run-dismiss">
          Not now
        </button>
      </div>
    </section>
  );
}
