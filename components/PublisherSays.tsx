import type { NoticeKind, NoticePosition, PublisherNotice } from '@/lib/protocol';

export interface PublisherSaysProps {
  notices: PublisherNotice[];
  /** Who printed the notices (e.g. "RFE/RL"); "the publisher" when unknown. */
  publisherName?: string | null;
}

/** What each kind is, in words: the reader sees why the quote is shown, not an internal code. */
const KIND_LABELS: Record<NoticeKind, string> = {
  'publisher-status': 'Status statement',
  'sharing-warning': 'Warning to readers',
  'donation-notice': 'About donations',
  'mandated-label': "Label printed under Russia's foreign-agent law",
};

const POSITION_WORDS: Record<NoticePosition, string> = {
  top: 'at the top of the page',
  bottom: 'at the bottom of the page',
  overlay: 'in a pop-up on the page',
  'in-article': 'inside the article',
  sidebar: 'in the page sidebar',
  unknown: 'on the page',
};

/**
 * "The publisher says:" — the publisher's own notices, quoted verbatim and attributed, kept apart from the registry's
 * facts (class `mh-publisher-says`). Renders nothing when there are no notices.
 */
export function PublisherSays({ notices, publisherName }: PublisherSaysProps) {
  if (notices.length === 0) return null;
  const who = publisherName?.trim() || 'the publisher';
  return (
    <section class="mh-publisher-says" aria-labelledby="mh-publisher-says-title" data-testid="publisher-says">
      <h2 id="mh-publisher-says-title" class="mh-publisher-says__title">The publisher says:</h2>
      <ul class="mh-publisher-says__list">
        {notices.map((notice, index) => (
          <li key={`${notice.kind}-${index}`} class="mh-publisher-says__item" data-kind={notice.kind} data-testid="publisher-notice">
            <p class="mh-publisher-says__kind" data-testid="publisher-notice-kind">{KIND_LABELS[notice.kind]}</p>
            <blockquote class="mh-publisher-says__quote" lang={notice.lang} data-testid="publisher-notice-text">
              {notice.text}
            </blockquote>
            <p class="mh-publisher-says__source" data-testid="publisher-notice-source">
              — {who}, {POSITION_WORDS[notice.position]}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
