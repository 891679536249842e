import { describe, expect, it } from 'vitest';
import { isJurisdictionChosen, parseJurisdictionChoice, toggleJurisdiction } from '@/lib/publisher/jurisdiction-choice';
import { JURISDICTION_NAMES, jurisdictionName, jurisdictionsByName } from '@/lib/publisher/jurisdiction-names';
import { JURISDICTIONS } from '@/lib/registry/schema';

describe('parseJurisdictionChoice', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['RU', null],
    [[], null],
    [['XX'], null],
    ['all', 'all'],
    [['UK', 'EU', 'UK'], ['EU', 'UK']],
    [['ru'], null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseJurisdictionChoice(input)).toEqual(expected);
  });
});

describe('toggleJurisdiction', () => {
  it('adds a code in canonical order', () => {
    expect(toggleJurisdiction(['RU'], 'BY', true)).toEqual(['BY', 'RU']);
  });

  it('removes a code', () => {
    expect(toggleJurisdiction(['BY', 'RU'], 'RU', false)).toEqual(['BY']);
  });

  it('starts a list from nothing chosen or from "all"', () => {
    expect(toggleJurisdiction(null, 'UA', true)).toEqual(['UA']);
    expect(toggleJurisdiction('all', 'UA', true)).toEqual(['UA']);
  });
});

describe('isJurisdictionChosen', () => {
  it('answers for "all" and for lists', () => {
    expect(isJurisdictionChosen('all', 'TM')).toBe(true);
    expect(isJurisdictionChosen(['RU'], 'RU')).toBe(true);
    expect(isJurisdictionChosen(['RU'], 'BY')).toBe(false);
  });
});

describe('jurisdiction names', () => {
  it('names every jurisdiction code and no other', () => {
    expect(Object.keys(JURISDICTION_NAMES).sort()).toEqual([...JURISDICTIONS].sort());
    for (const code of JURISDICTIONS) expect(jurisdictionName(code).length).toBeGreaterThan(1);
  });

  it('uses the agreed names for the main codes', () => {
    expect([jurisdictionName('RU'), jurisdictionName('BY'), jurisdictionName('EU'), jurisdictionName('UK'), jurisdictionName('GLOBAL')])
      .toEqual(['Russia', 'Belarus', 'European Union', 'United Kingdom', 'Platforms (global)']);
  });

  it('sorts by display name with platforms last', () => {
    expect(jurisdictionsByName(['GLOBAL', 'UK', 'BY', 'AZ'])).toEqual(['AZ', 'BY', 'UK', 'GLOBAL']);
  });
});
