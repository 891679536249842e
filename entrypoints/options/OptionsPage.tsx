import { useState } from 'preact/hooks';
import { JurisdictionPicker } from '@/components/JurisdictionPicker';
import { type JurisdictionChoice, parseJurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { Jurisdiction } from '@/lib/registry/schema';
import { PrivacyStatement } from './PrivacyStatement';

export interface OptionsPageProps {
  jurisdictions: readonly Jurisdiction[];
  /** The stored choice; null = not chosen yet. */
  initial: JurisdictionChoice | null;
  /** Persists a non-empty choice. */
  onSave: (choice: JurisdictionChoice) => Promise<void>;
  /** Forgets the choice (the popup asks again). */
  onClear: () => Promise<void>;
}

type SaveState = 'idle' | 'saved' | 'empty' | 'cleared' | 'failed';

const STATUS: Record<SaveState, string> = {
  idle: '',
  saved: 'Saved.',
  empty: 'Tick at least one place, or “Show all”. Nothing was saved.',
  cleared: 'Your choice was removed. Masthead will ask again.',
  failed: 'Could not save. Please try again.',
};

/** The settings page: the jurisdiction choice, saved on every change, and what Masthead does with it. */
export function OptionsPage({ jurisdictions, initial, onSave, onClear }: OptionsPageProps) {
  const [value, setValue] = useState<JurisdictionChoice | null>(initial);
  const [state, setState] = useState<SaveState>('idle');
  const change = (next: JurisdictionChoice) => {
    setValue(next);
    const choice = parseJurisdictionChoice(next);
    if (!choice) return setState('empty');
    onSave(choice).then(() => setState('saved'), () => setState('failed'));
  };
  const clear = () => void onClear().then(() => (setValue(null), setState('cleared')), () => setState('failed'));
  return (
    <main class="mh-options" data-testid="options-page">
      <h1>Masthead settings</h1>
      <h2>Where do you read from?</h2>
      <p>Masthead shows the risks of sharing, liking, commenting, saving, donating and contacting that apply there.</p>
      <JurisdictionPicker jurisdictions={jurisdictions} value={value} onChange={change} legend="I read from" />
      <p role="status" data-testid="options-status">{STATUS[state]}</p>
      <button type="button" onClick={clear} data-testid="options-clear">Forget my choice</button>
      <PrivacyStatement />
    </main>
  );
}
