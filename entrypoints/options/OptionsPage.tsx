import type { ComponentChildren } from 'preact';
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
  /** The registry look-up, given the current choice (its risks follow it). */
  lookup: (choice: JurisdictionChoice | null) => ComponentChildren;
}

type SaveState = 'idle' | 'saved' | 'empty' | 'cleared' | 'failed';
const STATUS: Record<SaveState, string> = {
  idle: '', saved: 'Saved.', empty: 'Tick at least one place, or “Show all”. Nothing was saved.',
  cleared: 'Your choice was removed. Masthead will ask again.', failed: 'Could not save. Please try again.',
};

/** The settings page: the jurisdiction choice (saved on every change), the registry look-up, the privacy statement. */
export function OptionsPage({ jurisdictions, initial, onSave, onClear, lookup }: OptionsPageProps) {
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
      <h2>Look up a publisher</h2>
      {lookup(parseJurisdictionChoice(value))}
      <PrivacyStatement />
    </main>
  );
}
