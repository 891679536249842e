import { describe, expect, it } from 'vitest';
import { REGISTRY } from '@/lib/registry/load-registry';
import { searchPublishers } from '@/lib/registry/search-publishers';
import { publisher } from '../warnings/fixtures';

const list = [
  publisher([], { id: 'meduza', name: 'Meduza (SIA Medusa Project, Latvia)', altNames: ['Медуза'], domains: ['meduza.io'] }),
  publisher([], { id: 'medium-orient', name: 'Medium-Orient', domains: [] }),
  publisher([], { id: 'sirena', name: 'Sirena', altNames: ['Сирена'], domains: [] }),
  publisher([], { id: 'liberty-times', name: 'Liberty Times', domains: ['ltn.com.tw'] }),
  publisher([], { id: 'rferl', name: 'Radio Free Europe/Radio Liberty', domains: ['rferl.org'], domainsUnverified: ['krymr.com'] }),
];
const ids = (query: string) => searchPublishers(list, query).map((p) => p.id);

describe('searchPublishers', () => {
  it('finds an outlet by a name in another script, ignoring case', () => {
    expect(ids('сирена')).toEqual(['sirena']);
    expect(ids('МЕДУЗА')).toEqual(['meduza']);
  });

  it('ranks a name that starts with the query above one with a later word starting with it, ties by name', () => {
    expect(ids('liberty')).toEqual(['liberty-times', 'rferl']);
    expect(ids('med')).toEqual(['medium-orient', 'meduza']);
  });

  it('finds an outlet by its domain, a subdomain, a URL or an unverified domain', () => {
    expect(ids('rferl.org')).toEqual(['rferl']);
    expect(ids('https://www.rferl.org/a/31563051.html')).toEqual(['rferl']);
    expect(ids('ru.krymr.com')).toEqual(['rferl']);
    expect(ids('meduza.io')).toEqual(['meduza']);
  });

  it('answers nothing for a query under two letters or with no match', () => {
    expect(ids('m')).toEqual([]);
    expect(ids('  ')).toEqual([]);
    expect(ids('nonexistent outlet')).toEqual([]);
  });

  it('finds a channel-only outlet of the bundled registry by name, and caps the results', () => {
    const hits = searchPublishers(REGISTRY.publishers, 'вДудь');
    expect(hits[0]?.id).toBe('vdud');
    expect(hits[0]?.domains).toEqual([]);
    expect(searchPublishers(REGISTRY.publishers, 'news', 5)).toHaveLength(5);
  });
});
