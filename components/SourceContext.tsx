import type { ComponentChildren } from 'preact';
import type { PageReport } from '@/lib/page-report';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import { shortName } from '@/lib/publisher/normalise-name';
import { DesignationMentions } from './DesignationMentions';
import { MatchNote } from './MatchNote';
import { PublisherCard } from './PublisherCard';
import { PublisherSays } from './PublisherSays';
import { RiskSection } from './RiskSection';

export interface SourceContextProps {
  report: PageReport;
  choice: JurisdictionChoice | null;
  /** The registry's "as of" date (ISO). */
  asOf: string;
  now: Date;
  onChangeChoice: () => void;
  /** The first-run prompt, shown above the risks while the reader has not chosen. */
  prompt?: ComponentChildren;
}

/**
 * The source-context column. What is risky for the reader comes first (it is why they opened Masthead), then what
 * the publisher itself says, then the registry's dated facts about the publisher.
 */
export function SourceContext({ report, choice, asOf, now, onChangeChoice, prompt }: SourceContextProps) {
  return (
    <div class="mh-context" data-testid="source-context">
      <MatchNote match={report.match} />
      {prompt}
      <RiskSection warnings={report.warnings} choice={choice} onChangeChoice={onChangeChoice} />
      <PublisherSays notices={report.notices} publisherName={report.publisher ? shortName(report.publisher.name) : null} />
      <PublisherCard publisher={report.publisher} asOf={asOf} now={now} />
      <DesignationMentions mentions={report.mentions} />
      <p class="mh-privacy" data-testid="privacy-note">Looked up inside your browser. Nothing was sent anywhere, and nothing about this page is kept.</p>
    </div>
  );
}
