import { AgeNotice } from '@/components/AgeNotice';
import { MatchNote } from '@/components/MatchNote';
import { PublisherCard } from '@/components/PublisherCard';
import { DesignationMentions } from '@/components/DesignationMentions';
import { PublisherSays } from '@/components/PublisherSays';
import { ContextStrip } from '@/components/reader/ContextStrip';
import { WarningGrid } from '@/components/WarningGrid';
import type { PageReport } from '@/lib/page-report';
import type { SourceSummary } from '@/lib/reader/overlay/source-summary';

export interface ReaderContextProps {
  report: PageReport | null;
  summary: SourceSummary;
  /** The registry's "as of" date (ISO). */
  asOf: string;
  now: Date;
}

/**
 * The header extras under the dateline: the age notice for old stories, then the compact source-context strip —
 * one line always visible (with the warning line when something is penalized where the reader said they live), and
 * the publisher card, every warning and what the publisher says behind "Details and sources".
 */
export function ReaderContext({ report, summary, asOf, now }: ReaderContextProps) {
  const warnings = report?.warnings;
  const grid = warnings?.state === 'statuses' && warnings.warnings.length > 0 ? warnings : null;
  const notices = report?.notices ?? [];
  // The compact line for the jurisdictions the reader chose stays visible; everything else waits behind Details.
  const mine = summary.level === 'caution' && grid ? grid.warnings.filter((w) => summary.jurisdictions.includes(w.jurisdiction)) : [];
  return (
    <>
      <AgeNotice age={report?.age ?? null} />
      <ContextStrip summary={summary.line} level={summary.level}
        lead={mine.length > 0 && <WarningGrid warnings={mine} compact />}>
        {report && <MatchNote match={report.match} />}
        {report && <PublisherCard publisher={report.publisher} asOf={asOf} now={now} />}
        {grid && <WarningGrid warnings={grid.warnings} compact={grid.compact} />}
        {grid?.compact && (
          <p class="mh-strip__choice">You have not chosen where you read from (Masthead’s options): jurisdictions that penalize something are shown.</p>
        )}
        <PublisherSays notices={notices} publisherName={summary.publisherName} />
        <DesignationMentions mentions={report?.mentions ?? []} />
      </ContextStrip>
    </>
  );
}
