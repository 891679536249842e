import { useMemo, useState } from 'preact/hooks';
import { PublisherCard } from '@/components/PublisherCard';
import { PublisherSearch } from '@/components/PublisherSearch';
import { WarningGrid } from '@/components/WarningGrid';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import type { LegalNote } from '@/lib/registry/legal-schema';
import type { Publisher } from '@/lib/registry/schema';
import { isSearchable, MAX_RESULTS, searchPublishers } from '@/lib/registry/search-publishers';
import { buildWarnings } from '@/lib/warnings/build-warnings';

export interface RegistryLookupProps {
  publishers: readonly Publisher[];
  notes: ReadonlyMap<string, LegalNote>;
  asOf: string;
  /** The reader's saved places: the risks shown are for these (all places with a penalty when not chosen). */
  choice: JurisdictionChoice | null;
}

/** The settings page's registry look-up: search, pick a result, see its statuses and risks as the popup shows them. */
export function RegistryLookup({ publishers, notes, asOf, choice }: RegistryLookupProps) {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const results = useMemo(() => searchPublishers(publishers, query), [publishers, query]);
  const selected = results.find((p) => p.id === selectedId);
  const warnings = selected ? buildWarnings(selected, choice, notes) : null;
  return (
    <>
      <PublisherSearch query={query} results={results} selectedId={selected?.id ?? null} limit={MAX_RESULTS}
        searchable={isSearchable(query)} onQuery={setQuery} onSelect={setSelectedId} />
      {selected && (
        <div class="mh-lookup__detail" data-testid="lookup-detail">
          {warnings?.state === 'statuses' && <WarningGrid warnings={warnings.warnings} compact={warnings.compact} />}
          <PublisherCard publisher={selected} asOf={asOf} now={new Date()} />
        </div>
      )}
    </>
  );
}
