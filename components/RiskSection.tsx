import { jurisdictionName } from '@/lib/publisher/jurisdiction-names';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { SourceWarnings } from '@/lib/warnings/types';
import { WarningGrid } from './WarningGrid';

export interface RiskSectionProps {
  warnings: SourceWarnings;
  choice: JurisdictionChoice | null;
  onChangeChoice: () => void;
}

function choiceText(choice: JurisdictionChoice | null): string {
  if (choice === null) return 'You have not chosen where you read from: jurisdictions that penalize something are shown.';
  if (choice === 'all') return 'Showing every jurisdiction.';
  return `Showing risks for ${choice.map(jurisdictionName).join(', ')}.`;
}

/** "What is risky to do with this article": the per-jurisdiction act grid, or why there is none. */
export function RiskSection({ warnings, choice, onChangeChoice }: RiskSectionProps) {
  const empty = warnings.state !== 'statuses' || warnings.warnings.length === 0;
  return (
    <section class="mh-risks" data-testid="risk-section" data-state={warnings.state}>
      <h3 class="mh-section-title">What is risky to do with this article</h3>
      {warnings.state === 'not-in-registry' && <p data-testid="risk-none">No risks are known to Masthead for a site not in its registry.</p>}
      {warnings.state === 'no-status' && <p data-testid="risk-none">No state has given this publisher a status Masthead knows of.</p>}
      {warnings.state === 'statuses' && empty && (
        <p data-testid="risk-none">No rule Masthead knows of penalizes readers of this publisher in the jurisdictions shown.</p>
      )}
      {warnings.state === 'statuses' && !empty && <WarningGrid warnings={warnings.warnings} compact={warnings.compact} />}
      <p class="mh-risks__choice">
        {choiceText(choice)}{' '}
        <button type="button" class="mh-link-button" onClick={onChangeChoice} data-testid="change-jurisdiction">Change</button>
      </p>
    </section>
  );
}
