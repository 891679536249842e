import type { ComponentChildren } from 'preact';
import type { PageReport } from '@/lib/page-report';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import { MatchNote } from './MatchNote';
import { PublisherCard } from './PublisherCard';
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
  /** "The publisher says", rendered by its own component. */
  publisherSays?: ComponentChildren;
}

/** The source-context column: who published the page, what states say, what is risky, what the publisher says. */
export function SourceContext({ report, choice, asOf, now, onChangeChoice, prompt, publisherSays }: SourceContextProps) {
  return (
    <div class="mh-context" data-testid="source-context">
      <MatchNote match={report.match} />
      <PublisherCard publisher={report.publisher} asOf={asOf} now={now} />
      {prompt}
      <RiskSection warnings={report.warnings} choice={choice} onChangeChoice={onChangeChoice} />
      {publisherSays}
      <p class="mh-privacy" data-testid="privacy-note">Looked up inside your browser. Nothing was sent anywhere, and nothing about this page is kept.</p>
    </div>
  );
}
