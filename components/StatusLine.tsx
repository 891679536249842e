import { Fragment } from 'preact';
import { describeStatus } from '@/lib/registry/describe-status';
import { isInForce } from '@/lib/registry/is-in-force';
import { isStale } from '@/lib/registry/is-stale';
import type { Status } from '@/lib/registry/schema';
import { sourceLabel } from '@/lib/warnings/labels';

export interface SourceLinksProps {
  urls: readonly string[];
}

/** Source links as hosts, each opening in a new tab without handing the page a reference to ours. */
export function SourceLinks({ urls }: SourceLinksProps) {
  if (urls.length === 0) return null;
  return (
    <span class="mh-sources" data-testid="sources">
      {'Sources: '}
      {urls.map((url, i) => (
        <Fragment key={url}>
          {i > 0 && ', '}
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid="source-link">{sourceLabel(url)}</a>
        </Fragment>
      ))}
    </span>
  );
}

export interface StatusLineProps {
  status: Status;
  /** Reference date for "not re-checked for over 12 months". */
  now: Date;
}

/**
 * One status as a neutral, dated, attributed line, with its authority, scope, caveat and sources. The scope stays
 * visible (not under Details): it can narrow the line to a parent company, an account or a person.
 */
export function StatusLine({ status, now }: StatusLineProps) {
  const uncertain = status.confidence === 'uncertain';
  const ended = !isInForce(status);
  const modifiers = `${uncertain ? ' mh-status-line--uncertain' : ''}${ended ? ' mh-status-line--ended' : ''}`;
  return (
    <li class={`mh-status-line${modifiers}`} data-testid="status-line" data-ended={ended ? 'true' : undefined}
      data-jurisdiction={status.jurisdiction} data-kind={status.kind} data-confidence={status.confidence}>
      {ended && <span class="mh-badge mh-badge--ended" data-testid="ended">No longer in force</span>}
      <span class="mh-status-line__text" data-testid="status-text">{describeStatus(status)}</span>
      {status.scope && (
        <span class="mh-status-line__scope" data-testid="status-scope">
          {status.partial ? 'Applies only to' : 'Applies to'}: {status.scope}
        </span>
      )}
      {uncertain && <span class="mh-badge mh-badge--uncertain" data-testid="uncertain">Uncertain</span>}
      {isStale(status, now) && (
        <span class="mh-status-line__stale" data-testid="stale">Not re-checked for over 12 months (last checked {status.checkedAt})</span>
      )}
      <SourceLinks urls={status.sources} />
      <details class="mh-status-line__details">
        <summary>Details</summary>
        <span class="mh-status-line__authority">Authority: {status.authority}</span>
        {status.note && <span class="mh-status-line__note">{status.note}</span>}
      </details>
    </li>
  );
}
