import { describe, expect, it } from 'vitest';
import { legalNoteKey, type LegalNote, type Risk } from '@/lib/registry/legal-schema';
import type { Act, Jurisdiction } from '@/lib/registry/schema';
import { buildWarnings } from '@/lib/warnings/build-warnings';
import { combineAct, maxRisk } from '@/lib/warnings/combine-acts';
import type { ReaderJurisdictions } from '@/lib/warnings/types';
import { act, legalNote, publisher, status } from './fixtures';

const NOTES: LegalNote[] = [
  legalNote('RU', 'undesirable', {
    read: act('not-penalized', null), share: act('penalized', 'CoAO 20.33'), like: act('reported', null, { confidence: 'uncertain' }),
    donate: act('penalized', 'CC 284.1 part 1.1'),
  }),
  legalNote('RU', 'foreign-agent', { read: act('not-penalized', null), share: act('penalized', 'CoAO 19.5 part 42') }),
  legalNote('RU', 'extremist-materials', { read: act('penalized', 'CoAO 13.53') }),
  legalNote('EU', 'sanctioned', {}),
  legalNote('BY', 'extremist-formation', { donate: act('penalized', 'CC 361-2') }),
];
const index = new Map(NOTES.map((n) => [legalNoteKey(n.jurisdiction, n.kind), n]));
const rfe = publisher([status('RU', 'undesirable'), status('RU', 'foreign-agent'), status('EU', 'sanctioned'), status('US', 'state-funded')]);

function warningsFor(reader: ReaderJurisdictions) {
  const result = buildWarnings(rfe, reader, index);
  if (result.state !== 'statuses') throw new Error(`unexpected state ${result.state}`);
  return result;
}

describe('buildWarnings', () => {
  it('says "not in the registry" for an unknown publisher', () => {
    expect(buildWarnings(undefined, ['RU'], index)).toEqual({ state: 'not-in-registry' });
  });

  it('names the scope of the measures when none covers the whole outlet', () => {
    const channel = publisher([status('BY', 'extremist-formation', { scope: 'the Telegram channel', partial: true })]);
    const result = buildWarnings(channel, ['BY'], index);
    expect(result.state === 'statuses' ? result.warnings[0]?.scopes : null).toEqual(['the Telegram channel']);
  });

  it('names no scope when one measure covers the whole outlet', () => {
    const mixed = publisher([status('RU', 'undesirable', { scope: 'one channel', partial: true }), status('RU', 'foreign-agent', { scope: 'the publisher, a company in Latvia' })]);
    const result = buildWarnings(mixed, ['RU'], index);
    expect(result.state === 'statuses' ? result.warnings[0]?.scopes : null).toEqual([]);
  });

  it('says "no status recorded" for a known publisher without statuses', () => {
    expect(buildWarnings(publisher([]), ['RU'], index).state).toBe('no-status');
  });

  it.each<[string, ReaderJurisdictions, Jurisdiction[], boolean]>([
    ['only the chosen jurisdiction', ['RU'], ['RU'], false],
    ['a chosen jurisdiction even when nothing there is penalized', ['EU'], ['EU'], false],
    ['nothing for a chosen jurisdiction without statuses', ['BY'], [], false],
    ['every jurisdiction with a legal note for "all"', 'all', ['EU', 'RU'], false],
    ['only penalizing jurisdictions, compactly, when unset', null, ['RU'], true],
    ['the same for an empty choice', [], ['RU'], true],
  ])('lists %s', (_title, reader, expected, compact) => {
    const result = warningsFor(reader);
    expect(result.warnings.map((w) => w.jurisdiction).sort()).toEqual(expected);
    expect(result.compact).toBe(compact);
  });

  it.each<[Act, Risk]>([
    ['read', 'not-penalized'], ['share', 'penalized'], ['like', 'reported'], ['comment', 'unknown'], ['donate', 'penalized'],
  ])('combines two Russian statuses: %s is %s', (name, risk) => {
    const ru = warningsFor(['RU']).warnings[0];
    expect(ru?.acts.find((a) => a.act === name)?.risk).toBe(risk);
  });

  it('keeps the bases of every status that penalizes the act', () => {
    const share = warningsFor(['RU']).warnings[0]?.acts.find((a) => a.act === 'share');
    expect(share?.bases).toEqual(['CoAO 20.33', 'CoAO 19.5 part 42']);
  });

  it('lets a penalized act in one status outrank "not penalized" in another', () => {
    const pub = publisher([status('RU', 'undesirable'), status('RU', 'extremist-materials')]);
    const result = buildWarnings(pub, ['RU'], index);
    const read = result.state === 'statuses' ? result.warnings[0]?.acts.find((a) => a.act === 'read') : undefined;
    expect(read?.risk).toBe('penalized');
    expect(read?.bases).toEqual(['CoAO 13.53']);
  });

  it('falls back to the legal note sources when an act has none of its own', () => {
    const donate = warningsFor(['RU']).warnings[0]?.acts.find((a) => a.act === 'donate');
    expect(donate?.sources).toEqual(['https://law.example/RU/undesirable']);
  });

  it('warns about no status that has ended, though the publisher keeps it as history', () => {
    const delisted = publisher([status('RU', 'foreign-agent', { until: '2023-08-25' }), status('US', 'state-funded', { until: '2025-03-15' })]);
    const result = buildWarnings(delisted, ['RU', 'US'], index);
    expect(result.state).toBe('statuses');
    expect(result.state === 'statuses' ? [result.warnings, result.withoutLegalNote] : null).toEqual([[], []]);
  });

  it('still warns for a status in force beside an ended one of the same kind', () => {
    const relisted = publisher([status('RU', 'foreign-agent', { until: '2023-12-01' }), status('RU', 'foreign-agent', { since: '2023-12-01' })]);
    const result = buildWarnings(relisted, ['RU'], index);
    expect(result.state === 'statuses' ? result.warnings[0]?.statuses.map((s) => s.since) : null).toEqual(['2023-12-01']);
  });

  it('returns statuses without a legal note separately, for the shown jurisdictions only', () => {
    expect(warningsFor(['US']).withoutLegalNote.map((s) => s.kind)).toEqual(['state-funded']);
    expect(warningsFor(['RU']).withoutLegalNote).toEqual([]);
  });
});

describe('combineAct', () => {
  it.each<[Risk, Risk, Risk]>([
    ['not-penalized', 'unknown', 'unknown'],
    ['unknown', 'reported', 'reported'],
    ['reported', 'penalized', 'penalized'],
    ['penalized', 'not-penalized', 'penalized'],
  ])('ranks %s below or equal to the higher of it and %s → %s', (a, b, expected) => {
    expect(maxRisk(a, b)).toBe(expected);
  });

  it('marks the combined act uncertain when a note at the top risk is uncertain', () => {
    const notes = [legalNote('RU', 'undesirable', { like: act('reported', null, { confidence: 'uncertain' }) })];
    expect(combineAct('like', notes).confidence).toBe('uncertain');
  });
});
