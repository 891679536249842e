import { Fragment } from 'preact';
import { jurisdictionName } from '@/lib/publisher/jurisdiction-names';
import { ACT_LABELS, RISK_LABELS } from '@/lib/warnings/labels';
import type { ActWarning, JurisdictionWarning } from '@/lib/warnings/types';
import { SourceLinks } from './StatusLine';

export interface WarningGridProps {
  warnings: readonly JurisdictionWarning[];
  /** One summary line per jurisdiction instead of the full grid (reader has not chosen where they read from). */
  compact: boolean;
}

function RiskLabel({ act }: { act: ActWarning }) {
  return (
    <span class={`mh-risk mh-risk--${act.risk}`} data-testid="risk" data-risk={act.risk}>
      {RISK_LABELS[act.risk]}
      {act.confidence === 'uncertain' && act.risk !== 'unknown' && <span class="mh-risk__uncertain"> (uncertain)</span>}
    </span>
  );
}

function CompactLine({ warning }: { warning: JurisdictionWarning }) {
  const flagged = warning.acts.filter((a) => a.risk === 'penalized' || a.risk === 'reported');
  return (
    <p class="mh-warning__compact" data-testid="warning-compact">
      {flagged.map((act, i) => (
        <Fragment key={act.act}>
          {i > 0 && ' · '}
          <span data-testid="compact-act" data-act={act.act}>{ACT_LABELS[act.act]}: <RiskLabel act={act} /></span>
        </Fragment>
      ))}
    </p>
  );
}

/** One act: its risk at a glance; the basis, penalty, notes and sources one click away (the column is narrow). */
function ActRow({ act }: { act: ActWarning }) {
  const notes = [...new Set(act.contributions.map((c) => c.note).filter((n): n is string => n !== null))];
  return (
    <li class={`mh-act mh-act--${act.risk}`} data-testid="act-row" data-act={act.act}>
      <details>
        <summary><span class="mh-act__name">{ACT_LABELS[act.act]}</span> <RiskLabel act={act} /></summary>
        {act.risk !== 'unknown' && act.bases.length > 0 && <p data-testid="act-basis">Legal basis: {act.bases.join('; ')}</p>}
        {act.penalties.length > 0 && <p data-testid="act-penalty">Penalty: {act.penalties.join(' ')}</p>}
        {notes.length > 0 && <p class="mh-act__note">{notes.join(' ')}</p>}
        <SourceLinks urls={act.sources} />
      </details>
    </li>
  );
}

/** Per jurisdiction: what each of the seven acts risks, with basis, penalty and sources; or a compact summary. */
export function WarningGrid({ warnings, compact }: WarningGridProps) {
  if (warnings.length === 0) return null;
  return (
    <div class={`mh-warnings${compact ? ' mh-warnings--compact' : ''}`} data-testid="warning-grid">
      {warnings.map((w) => (
        <section class="mh-warning" key={w.jurisdiction} data-testid="warning" data-jurisdiction={w.jurisdiction}
          data-max-risk={w.maxRisk}>
          <h3 class="mh-warning__title">{jurisdictionName(w.jurisdiction)}</h3>
          {w.scopes.length > 0 && (
            <p class="mh-warning__scope" data-testid="warning-scope">Scope of these measures: {w.scopes.join('; ')}</p>
          )}
          {compact ? <CompactLine warning={w} /> : (
            <>
              <ul class="mh-warning__grid" aria-label={`Risks in ${jurisdictionName(w.jurisdiction)}`}>
                {w.acts.map((act) => <ActRow key={act.act} act={act} />)}
              </ul>
              <details class="mh-warning__more">
                <summary>Who this applies to, and the law</summary>
                {w.appliesTo.length > 0 && <p class="mh-warning__applies">Applies to: {w.appliesTo.join(' ')}</p>}
                {w.summaries.length > 0 && <p class="mh-warning__summary">{w.summaries.join(' ')}</p>}
                <SourceLinks urls={w.sources} />
              </details>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
