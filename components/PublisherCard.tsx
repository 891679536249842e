import { formatDate } from '@/lib/format-date';
import { orderStatuses } from '@/lib/registry/order-statuses';
import type { Publisher } from '@/lib/registry/schema';
import { StatusLine } from './StatusLine';

export interface PublisherCardProps {
  /** The matched publisher, or undefined when the registry has no entry for the page. */
  publisher: Publisher | undefined;
  /** The registry's "as of" date (ISO). */
  asOf: string;
  /** Reference date for staleness marks. */
  now: Date;
}

function AsOf({ asOf }: { asOf: string }) {
  return <p class="mh-publisher__as-of" data-testid="registry-as-of">Registry as of {formatDate(asOf) ?? asOf}</p>;
}

function NotInRegistry({ asOf }: { asOf: string }) {
  return (
    <section class="mh-publisher mh-publisher--unknown" data-testid="publisher-card" data-state="not-in-registry">
      <h2 class="mh-publisher__name" data-testid="not-in-registry">Not in the registry</h2>
      <p class="mh-publisher__hint">Masthead has no entry for this site. That says nothing either way about the publisher.
        An outlet known by name (a Telegram or YouTube channel) can be looked up under Settings.</p>
      <AsOf asOf={asOf} />
    </section>
  );
}

/** Alternative names, owner and funding, country and notes: useful, but secondary to the statuses, so folded. */
function About({ publisher }: { publisher: Publisher }) {
  return (
    <details class="mh-publisher__about" data-testid="publisher-about">
      <summary>About the publisher</summary>
      {publisher.altNames.length > 0 && (
        <p class="mh-publisher__alt" data-testid="alt-names">Also: {publisher.altNames.join(', ')}</p>
      )}
      <dl class="mh-publisher__facts">
        {publisher.ownerFunding && (<><dt>Owner / funding</dt><dd data-testid="owner-funding">{publisher.ownerFunding}</dd></>)}
        {publisher.country && (<><dt>Country</dt><dd data-testid="country">{publisher.country}</dd></>)}
      </dl>
      {publisher.notes && <p class="mh-publisher__notes">{publisher.notes}</p>}
    </details>
  );
}

/** Who published the page, and every status recorded for it, each dated and sourced. */
export function PublisherCard({ publisher, asOf, now }: PublisherCardProps) {
  if (!publisher) return <NotInRegistry asOf={asOf} />;
  return (
    <section class="mh-publisher" data-testid="publisher-card" data-state={publisher.statuses.length ? 'statuses' : 'no-status'}
      data-publisher-id={publisher.id}>
      <h2 class="mh-publisher__name" data-testid="publisher-name">{publisher.name}</h2>
      {publisher.statuses.length === 0 ? (
        <p class="mh-publisher__no-status" data-testid="no-status">No status recorded</p>
      ) : (
        <ul class="mh-publisher__statuses" data-testid="status-list">
          {orderStatuses(publisher.statuses).map((status) => (
            <StatusLine key={`${status.jurisdiction}/${status.kind}/${status.since ?? ''}`} status={status} now={now} />
          ))}
        </ul>
      )}
      <About publisher={publisher} />
      <AsOf asOf={asOf} />
    </section>
  );
}
