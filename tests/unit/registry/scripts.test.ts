import { describe, expect, it } from 'vitest';
import { applyEntries } from '../../../scripts/registry/add-entry.mjs';
import { checkRegistry, mergePublisher, normalizeDomain, toHttps } from '../../../scripts/registry/rules.mjs';
import { convertStatus, parseName } from '../../../scripts/registry/shared-outlets.mjs';
import { describeTypology, parseCsv, stateMediaStatus } from '../../../scripts/registry/state-media.mjs';
import { publisher, status } from '../warnings/fixtures';

describe('parseName', () => {
  it.each([
    ['Radio Free Europe/Radio Liberty (incl. Radio Svoboda, Current Time, Krym.Realii, Azatliq (Tatar-Bashkir) etc.)',
      'Radio Free Europe/Radio Liberty', ['Radio Svoboda', 'Current Time', 'Krym.Realii', 'Azatliq (Tatar-Bashkir)'], []],
    ['TV Rain / Dozhd (SIA TV Rain, Latvia; TVR Studios B.V., Netherlands)', 'TV Rain', ['Dozhd'], ['SIA TV Rain, Latvia; TVR Studios B.V., Netherlands']],
    ['Charter 97 (Хартия 97)', 'Charter 97', ['Хартия 97'], []],
    ['VGTRK channels: Rossiya 1, Rossiya 24 (Russia 24), RTR Planeta', 'VGTRK channels', ['Rossiya 1', 'Rossiya 24', 'Russia 24', 'RTR Planeta'], []],
    ['Free Russia Foundation (US)', 'Free Russia Foundation', [], ['US']],
    ['Bloomberg', 'Bloomberg', [], []],
  ])('splits %s', (full, name, altNames, descriptors) => {
    expect(parseName(full)).toEqual({ name, altNames, descriptors });
  });
});

describe('source and domain normalisation', () => {
  it.each([
    ['https://www.rferl.org/a/1.html', 'https://www.rferl.org/a/1.html'],
    ['http://aib.org.uk/azerbaijani-court-blocks-rferl-website/', 'https://aib.org.uk/azerbaijani-court-blocks-rferl-website/'],
    ["OONI report 'New blocks' (2022), ooni.org", null],
  ])('turns %s into %s', (raw, expected) => {
    expect(toHttps(raw)).toBe(expected);
  });

  it.each([
    ['https://www.RT.com/news/', 'rt.com'],
    ['www.bayontv.com.kh', 'bayontv.com.kh'],
    ['http://news.rthk.hk:8080/x?y', 'news.rthk.hk'],
    ['ru.krymr.com', 'ru.krymr.com'],
  ])('normalises the domain %s to %s', (raw, expected) => {
    expect(normalizeDomain(raw)).toBe(expected);
  });
});

describe('convertStatus', () => {
  const shared = { jurisdiction: 'RU', kind: 'blocked', since: '2018-02', authority: 'Roskomnadzor', confidence: 'confirmed' };

  it('keeps a prose citation in the note and lowers confidence when no https source is left', () => {
    const log: string[] = [];
    const out = convertStatus({ ...shared, source_urls: ['A report, somewhere.org'] }, 'x', '2026-02-01', log);
    expect(out).toMatchObject({ sources: [], confidence: 'uncertain', since: null });
    expect(String(out.note)).toContain('A report, somewhere.org');
    expect(String(out.note)).toContain('month only: 2018-02');
    expect(log.length).toBe(1);
  });
});

describe('state media', () => {
  it('parses quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsv('A,B\n"x, y","say ""hi"""\n')).toEqual([{ A: 'x, y', B: 'say "hi"' }]);
  });

  it.each([['SC', 'SC (state-controlled)'], ['ISFM?', "ISFM (independent state-funded and state-managed; marked '?' in the dataset)"]])(
    'describes the typology %s', (code, words) => {
      expect(describeTypology(code)).toBe(words);
    });

  it('marks a status uncertain only when every code carries a question mark', () => {
    const row = (Typology: string) => ({ Typology, 'Main assets': 'X', Status: '' });
    expect(stateMediaStatus([{ host: 'a.org', row: row('ISFM?') }], '2026-02-01').confidence).toBe('uncertain');
    expect(stateMediaStatus([{ host: 'a.org', row: row('ISFM?') }, { host: 'b.org', row: row('SC') }], '2026-02-01').confidence).toBe('confirmed');
  });
});

describe('registry rules', () => {
  const reg = (publishers: object[]) => ({ schemaVersion: 1, asOf: '2026-02-01', publishers });

  it('accepts a clean registry', () => {
    expect(checkRegistry(reg([publisher([status('RU', 'undesirable')])]))).toEqual([]);
  });

  it.each([
    ['unsorted ids', [publisher([], { id: 'b' }), publisher([], { id: 'a', domains: ['a.org'] })], 'not sorted'],
    ['a shared domain', [publisher([], { id: 'a' }), publisher([], { id: 'b' })], 'owned by a and b'],
    ['a www. domain', [publisher([], { domains: ['www.example.org'] })], 'not canonical'],
    ['an http source', [publisher([status('RU', 'blocked', { sources: ['http://x.org'] })])], 'no https source'],
    ['a future date', [publisher([status('RU', 'blocked', { since: '2999-01-01' })])], 'in the future'],
    ['an unknown kind', [{ ...publisher([]), statuses: [{ ...status('RU', 'blocked'), kind: 'banned' }] }], 'unknown kind'],
  ])('rejects %s', (_title, publishers, message) => {
    expect(checkRegistry(reg(publishers)).join('\n')).toContain(message);
  });

  it('merges statuses by jurisdiction, kind and date, unioning their sources', () => {
    const base = publisher([status('RU', 'undesirable', { sources: ['https://a.org'] })]);
    const merged = mergePublisher(base, publisher([status('RU', 'undesirable', { sources: ['https://b.org'] }), status('RU', 'blocked')]));
    expect(merged.statuses.map((s) => s.kind)).toEqual(['undesirable', 'blocked']);
    expect(merged.statuses[0]?.sources).toEqual(['https://a.org', 'https://b.org']);
  });
});

describe('applyEntries (add-entry)', () => {
  const registry = { schemaVersion: 1, asOf: '2026-02-01', publishers: [publisher([status('RU', 'undesirable')])] };

  it('adds a new entry in sorted position', () => {
    const added = applyEntries(registry, [publisher([], { id: 'aaa', domains: ['AAA.org'] })], 'merge');
    expect(added.errors).toEqual([]);
    expect(added.registry.publishers.map((p) => p.id)).toEqual(['aaa', 'example']);
    expect(added.registry.publishers[0]?.domains).toEqual(['aaa.org']);
  });

  it('replaces an entry with --replace, dropping its old statuses', () => {
    const replaced = applyEntries(registry, [publisher([status('RU', 'undesirable', { since: '2024-02-03' })])], 'replace');
    expect(replaced.registry.publishers[0]?.statuses.map((s) => s.since)).toEqual(['2024-02-03']);
  });

  it('refuses an entry with an unknown key or a status without a source', () => {
    const bad = applyEntries(registry, [{ ...publisher([status('RU', 'blocked', { sources: [] })], { id: 'bad', domains: ['bad.org'] }), verdict: 'x' }], 'merge');
    expect(bad.errors.join('\n')).toContain('unknown key verdict');
    expect(bad.errors.join('\n')).toContain('no https source');
  });
});
