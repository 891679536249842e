import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections, checkCorrection } from '../../../scripts/registry/corrections.mjs';
import type { Publisher } from '@/lib/registry/schema';
import { publisher, status } from '../warnings/fixtures';

const SRC = 'https://example.org/correction';

function registryOf(...statuses: Publisher['statuses']): Map<string, Publisher> {
  return new Map([['example', publisher(statuses)]]);
}

describe('applyCorrections', () => {
  it('dates an undated status and appends the correction source to its own', () => {
    const byId = registryOf(status('US', 'sanctioned', { since: null }));
    const errors = applyCorrections(byId, [{
      id: 'example', match: { jurisdiction: 'US', kind: 'sanctioned', since: null },
      set: { since: '2021-04-15' }, reason: 'the AP report gives the day', sources: [SRC],
    }]);
    expect(errors).toEqual([]);
    const [s] = byId.get('example')?.statuses ?? [];
    expect(s?.since).toBe('2021-04-15');
    expect(s?.sources).toEqual(['https://example.org/US/sanctioned', SRC]);
  });

  it('folds a mislabelled status into the right one, keeping its sources', () => {
    const byId = registryOf(
      status('US', 'sanctioned', { since: '2024-09-04', sources: ['https://a.example/1'] }),
      status('US', 'state-media', { since: '2024-09-04', sources: ['https://b.example/2'] }),
    );
    const errors = applyCorrections(byId, [{
      id: 'example', match: { jurisdiction: 'US', kind: 'sanctioned', since: '2024-09-04' },
      foldInto: { kind: 'state-media', since: '2024-09-04' }, reason: 'a determination, not a sanction', sources: [SRC],
    }]);
    expect(errors).toEqual([]);
    const statuses = byId.get('example')?.statuses ?? [];
    expect(statuses.map((s) => s.kind)).toEqual(['state-media']);
    expect(statuses[0]?.sources).toEqual(['https://b.example/2', 'https://a.example/1', SRC]);
  });

  it('replaces an outlet\'s own notes when a later source makes them untrue', () => {
    const byId = new Map([['example', publisher([], { notes: 'Domain example.org not verified.' })]]);
    const errors = applyCorrections(byId, [{ id: 'example', setNotes: null, reason: 'the domain is verified now', sources: [SRC] }]);
    expect(errors).toEqual([]);
    expect(byId.get('example')?.notes).toBeNull();
  });

  it('reports a correction that matches no status instead of silently skipping it', () => {
    const byId = registryOf(status('RU', 'undesirable'));
    const errors = applyCorrections(byId, [{
      id: 'example', match: { jurisdiction: 'RU', kind: 'foreign-agent', since: null },
      set: { since: '2023-01-01' }, reason: 'a date found later', sources: [SRC],
    }]);
    expect(errors).toEqual(['correction 1 (example): no single status RU|foreign-agent| on example']);
  });

  it.each([
    [{ id: 'x', match: {}, reason: 'long enough reason', sources: [SRC] }, 'give exactly one of set, foldInto or setNotes'],
    [{ id: 'x', match: {}, set: { kind: 'blocked' }, reason: 'long enough reason', sources: [SRC] }, 'cannot set kind'],
    [{ id: 'x', match: {}, set: { since: '2021-02-30' }, reason: 'long enough reason', sources: [SRC] }, 'since is not an ISO date'],
    [{ id: 'x', match: {}, set: { note: 'n' }, reason: 'long enough reason', sources: ['http://x.org'] }, 'needs at least one https source'],
    [{ id: 'x', match: {}, set: { note: 'n' }, reason: '', sources: [SRC] }, 'needs a reason'],
    [{ id: 'x', match: {}, set: { partial: 'yes' }, reason: 'long enough reason', sources: [SRC] }, 'partial must be true or false'],
  ])('refuses a malformed correction (%#)', (c, problem) => {
    expect(checkCorrection(c, 'c').join('\n')).toContain(problem);
  });
});

describe('data/corrections files', () => {
  const dir = join(__dirname, '../../../data/corrections');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

  it.each(files)('%s holds only well-formed corrections', (name) => {
    const corrections = [JSON.parse(readFileSync(join(dir, name), 'utf8'))].flat() as unknown[];
    expect(corrections.flatMap((c, i) => checkCorrection(c, `${name} #${i + 1}`))).toEqual([]);
  });
});
