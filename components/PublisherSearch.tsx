import type { Publisher } from '@/lib/registry/schema';

export interface PublisherSearchProps {
  query: string;
  /** The matches for `query`, best first (searchPublishers). */
  results: readonly Publisher[];
  /** The id of the result shown in full, if any. */
  selectedId: string | null;
  /** Most results the search returns: reaching it means the query should be narrowed. */
  limit: number;
  /** False while the query is too short to search (isSearchable). */
  searchable: boolean;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
}

/** One result: the name, where it can be matched (or that it cannot), and how many statuses it has. */
function ResultButton({ publisher, selected, onSelect }: { publisher: Publisher; selected: boolean; onSelect: (id: string) => void }) {
  const where = publisher.domains.length > 0 ? publisher.domains.slice(0, 3).join(', ') : 'no website on record';
  const count = publisher.statuses.length;
  return (
    <li>
      <button type="button" class="mh-search__result" aria-pressed={selected} onClick={() => onSelect(publisher.id)}
        data-testid="search-result" data-publisher-id={publisher.id}>
        <span class="mh-search__name">{publisher.name}</span>
        <span class="mh-search__meta">{where} · {count === 1 ? '1 status' : `${count} statuses`}</span>
      </button>
    </li>
  );
}

function Summary({ query, count, limit, searchable }: { query: string; count: number; limit: number; searchable: boolean }) {
  if (!searchable) return <p class="mh-search__hint">Type at least two letters of a name, or a web address.</p>;
  if (count === 0) return <p data-testid="search-none">No publisher in the registry matches “{query.trim()}”. That says nothing either way about it.</p>;
  return <p data-testid="search-count">{count >= limit ? `The first ${count} matches; type more to narrow them.` : `${count} ${count === 1 ? 'match' : 'matches'}.`}</p>;
}

/**
 * Look-up of the bundled registry by name or address: for outlets that have no website (Telegram or YouTube
 * channels) and for checking an outlet before opening it. Searching happens in the page; nothing is sent.
 */
export function PublisherSearch({ query, results, selectedId, limit, searchable, onQuery, onSelect }: PublisherSearchProps) {
  return (
    <section class="mh-search" data-testid="publisher-search">
      <label class="mh-search__label">
        Name or web address
        <input type="search" value={query} autoComplete="off" spellcheck={false} data-testid="search-input"
          onInput={(e) => onQuery(e.currentTarget.value)} />
      </label>
      <div role="status"><Summary query={query} count={results.length} limit={limit} searchable={searchable} /></div>
      {results.length > 0 && (
        <ul class="mh-search__results" data-testid="search-results">
          {results.map((p) => <ResultButton key={p.id} publisher={p} selected={p.id === selectedId} onSelect={onSelect} />)}
        </ul>
      )}
    </section>
  );
}
