import { render } from 'preact';
import { clearJurisdictionChoice, loadJurisdictionChoice, saveJurisdictionChoice } from '@/lib/browser/jurisdiction-storage';
import { LEGAL_NOTE_INDEX } from '@/lib/registry/load-legal-notes';
import { REGISTRY } from '@/lib/registry/load-registry';
import { JURISDICTIONS } from '@/lib/registry/schema';
import { OptionsPage } from './OptionsPage';
import { RegistryLookup } from './RegistryLookup';
import '@/components/source-context.css';
import './style.css';

async function main(): Promise<void> {
  const initial = await loadJurisdictionChoice();
  render(
    <OptionsPage
      jurisdictions={JURISDICTIONS}
      initial={initial}
      onSave={saveJurisdictionChoice}
      onClear={clearJurisdictionChoice}
      lookup={(choice) => (
        <RegistryLookup publishers={REGISTRY.publishers} notes={LEGAL_NOTE_INDEX} asOf={REGISTRY.asOf} choice={choice} />
      )}
    />,
    document.getElementById('app')!,
  );
}

void main();
