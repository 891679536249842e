import { render } from 'preact';
import { clearJurisdictionChoice, loadJurisdictionChoice, saveJurisdictionChoice } from '@/lib/browser/jurisdiction-storage';
import { JURISDICTIONS } from '@/lib/registry/schema';
import { OptionsPage } from './OptionsPage';
import './style.css';

async function main(): Promise<void> {
  const initial = await loadJurisdictionChoice();
  render(
    <OptionsPage
      jurisdictions={JURISDICTIONS}
      initial={initial}
      onSave={saveJurisdictionChoice}
      onClear={clearJurisdictionChoice}
    />,
    document.getElementById('app')!,
  );
}

void main();
