/**
 * The reading view's one-line source context, and what its save/share confirmations need, from the page report.
 * The line restates registry facts in describeStatus's neutral, dated, attributed wording; it decides no risk itself.
 * @module lib/reader/overlay/source-summary
 */
import type { ActRisk } from '@/lib/export/needs-risk-confirmation';
import type { PageReport } from '@/lib/page-report';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import { describeStatus } from '@/lib/registry/describe-status';
import { orderStatuses } from '@/lib/registry/order-statuses';

export interface SourceSummary {
  /** e.g. "RFE/RL: Listed as 'undesirable' by Russia's Prosecutor General on 2 Feb 2024 · 3 more statuses". */
  line: string;
  /** `caution` when an act is penalized or reported in a jurisdiction the reader chose; `info` for other statuses. */
  level: 'none' | 'info' | 'caution';
  publisherName: string | null;
  /** Every status of the publisher, in words (for exports). */
  statusLines: string[];
  /**
   * Per-act risks in the jurisdictions the reader chose. Empty when they chose none or "all": the confirmation says
   * "where you live", which Masthead only knows when the reader has said so.
   */
  risks: ActRisk[];
  /** The jurisdictions the reader chose (empty for none or "all"). */
  jurisdictions: readonly string[];
}

function chosenList(choice: JurisdictionChoice | null): readonly string[] {
  return Array.isArray(choice) ? choice : [];
}

/**
 * Summarizes a page report for the reading view's header strip.
 * @param report the page's report (buildPageReport), or null when nothing could be identified
 * @param choice the reader's jurisdiction choice
 */
export function sourceSummary(report: PageReport | null, choice: JurisdictionChoice | null): SourceSummary {
  const publisher = report?.publisher;
  if (!report || !publisher) {
    return { line: 'Publisher not in Masthead’s registry.', level: 'none', publisherName: null, statusLines: [], risks: [], jurisdictions: [] };
  }
  const statusLines = publisher.statuses.map(describeStatus);
  if (publisher.statuses.length === 0) {
    return { line: `${publisher.name}: no state status on record.`, level: 'none', publisherName: publisher.name, statusLines, risks: [], jurisdictions: [] };
  }
  const chosen = chosenList(choice);
  // The publisher card's order: state actions before classifications, newest first.
  const ordered = orderStatuses(publisher.statuses);
  const shown = ordered.find((status) => chosen.includes(status.jurisdiction)) ?? ordered[0];
  const others = publisher.statuses.length - 1;
  const more = others > 0 ? ` · ${others} more status${others === 1 ? '' : 'es'}` : '';
  const warnings = report.warnings.state === 'statuses' ? report.warnings.warnings : [];
  const risks: ActRisk[] = warnings
    .filter((warning) => chosen.includes(warning.jurisdiction))
    .flatMap((warning) => warning.acts.map((act) => ({ act: act.act, risk: act.risk })));
  const flagged = risks.some((risk) => risk.risk === 'penalized' || risk.risk === 'reported');
  return {
    line: `${publisher.name}: ${shown ? describeStatus(shown) : ''}${more}`,
    level: flagged ? 'caution' : 'info',
    publisherName: publisher.name,
    statusLines,
    risks,
    jurisdictions: chosen,
  };
}
