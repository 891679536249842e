import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearJurisdictionChoice,
  loadJurisdictionChoice,
  readerJurisdictionsStorage,
  saveJurisdictionChoice,
} from '@/lib/browser/jurisdiction-storage';

describe('reader jurisdiction storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reports no choice before the reader has made one', async () => {
    expect(await loadJurisdictionChoice()).toBeNull();
    expect(await readerJurisdictionsStorage.getValue()).toBeNull();
  });

  it('round-trips a list of jurisdictions in canonical order without duplicates', async () => {
    await saveJurisdictionChoice(['RU', 'BY', 'RU']);
    expect(await loadJurisdictionChoice()).toEqual(['BY', 'RU']);
  });

  it('round-trips "all"', async () => {
    await saveJurisdictionChoice('all');
    expect(await loadJurisdictionChoice()).toBe('all');
  });

  it('keeps the choice in local storage under readerJurisdictions, never in sync storage', async () => {
    await saveJurisdictionChoice(['UA']);
    expect(await fakeBrowser.storage.local.get('readerJurisdictions')).toEqual({ readerJurisdictions: ['UA'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('treats an empty list as not chosen', async () => {
    await saveJurisdictionChoice([]);
    expect(await loadJurisdictionChoice()).toBeNull();
  });

  it('ignores a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ readerJurisdictions: { RU: true } });
    expect(await loadJurisdictionChoice()).toBeNull();
    await fakeBrowser.storage.local.set({ readerJurisdictions: ['XX', 'RU', 7] });
    expect(await loadJurisdictionChoice()).toEqual(['RU']);
  });

  it('forgets the choice on clear', async () => {
    await saveJurisdictionChoice(['RU']);
    await clearJurisdictionChoice();
    expect(await loadJurisdictionChoice()).toBeNull();
  });
});
