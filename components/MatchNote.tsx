import type { PublisherMatch } from '@/lib/publisher/identify-publisher';

export interface MatchNoteProps {
  match: PublisherMatch;
}

/** How Masthead recognised the publisher, and a plain warning when a page claims a publisher it is not hosted by. */
export function MatchNote({ match }: MatchNoteProps) {
  if (!match.matched) {
    return match.host ? <p class="mh-match" data-testid="match-note">Site: {match.registrableDomain ?? match.host}</p> : null;
  }
  return (
    <>
      <p class="mh-match" data-testid="match-note" data-how={match.how}>Recognised by {match.explanation}</p>
      {match.claimMismatch && (
        <p class="mh-match mh-match--mismatch" role="note" data-testid="claim-mismatch">{match.claimMismatch.explanation}</p>
      )}
    </>
  );
}
