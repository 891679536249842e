import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Publisher, PublisherSchema } from '@/lib/registry/schema';
import { statusKey } from '../../../scripts/registry/rules.mjs';

// The research files are merged into lib/registry/publishers.json by the registry helper's import script;
// they must parse against the same schema so the merge never has to repair them.
const dir = join(__dirname, '../../../data/research');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const correctionsDir = join(__dirname, '../../../data/corrections');
const bundledPath = join(__dirname, '../../../lib/registry/publishers.json');

function load(name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

describe('data/research files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses as an array of publishers', (name) => {
    const result = v.safeParse(v.array(PublisherSchema), load(name));
    const issues = result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? [];
    expect(issues).toEqual([]);
  });

  it.each(files)('%s uses each id at most once', (name) => {
    const ids = v.parse(v.array(PublisherSchema), load(name)).map((p) => p.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each(files)('%s gives every publisher at least one status or one domain', (name) => {
    const empty = v
      .parse(v.array(PublisherSchema), load(name))
      .filter((p) => p.statuses.length === 0 && p.domains.length === 0 && p.domainsUnverified.length === 0)
      .map((p) => p.id);
    expect(empty).toEqual([]);
  });

  it.each(files)('%s keeps domains lowercase, without scheme, path or www.', (name) => {
    const bad = v
      .parse(v.array(PublisherSchema), load(name))
      .flatMap((p) => [...p.domains, ...p.domainsUnverified])
      .filter((d) => d !== d.toLowerCase() || d.includes('/') || d.startsWith('www.') || !d.includes('.'));
    expect(bad).toEqual([]);
  });

  it.each(files)('%s never dates a register entry before the decision it records', (name) => {
    const bad = v
      .parse(v.array(PublisherSchema), load(name))
      .flatMap((p) => p.statuses.map((s) => ({ id: p.id, s })))
      .filter(({ s }) => s.since !== null && s.registerDate !== null && s.registerDate < s.since)
      .map(({ id, s }) => `${id} ${s.jurisdiction} ${s.kind}`);
    expect(bad).toEqual([]);
  });

  it.each(files)('%s explains every uncertain status in a note', (name) => {
    const bad = v
      .parse(v.array(PublisherSchema), load(name))
      .flatMap((p) => p.statuses.map((s) => ({ id: p.id, s })))
      .filter(({ s }) => s.confidence === 'uncertain' && (s.note === null || s.note.length < 10))
      .map(({ id, s }) => `${id} ${s.jurisdiction} ${s.kind}`);
    expect(bad).toEqual([]);
  });
});

/** The statuses a correction matched, as `id|statusKey`: those may legitimately differ from the research. */
function correctedKeys(): Set<string> {
  const corrections = readdirSync(correctionsDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(correctionsDir, name), 'utf8')) as { id: string; match?: Parameters<typeof statusKey>[0] }[]);
  return new Set(corrections.flatMap((c) => (c.match ? [`${c.id}|${statusKey(c.match)}`] : [])));
}

describe('the bundled registry', () => {
  // The import once let a state-media CSV row whose slug equalled a research outlet's id replace that outlet,
  // silently dropping its statuses (Pravda.ru's and Life's Ukrainian sanctions): every researched fact must land.
  it('keeps every researched status, unless a correction changed it', () => {
    const bundled = v.parse(v.object({ publishers: v.array(PublisherSchema) }), JSON.parse(readFileSync(bundledPath, 'utf8')));
    const keysOf = (publishers: Publisher[]) => publishers.flatMap((p) => p.statuses.map((s) => `${p.id}|${statusKey(s)}`));
    const landed = new Set(keysOf(bundled.publishers));
    const corrected = correctedKeys();
    const lost = files
      .flatMap((name) => keysOf(v.parse(v.array(PublisherSchema), load(name))))
      .filter((key) => !landed.has(key) && !corrected.has(key));
    expect(lost).toEqual([]);
  });

  // Every research, correction and manual file applied together, in order, must rebuild the committed JSON byte for
  // byte: a correction that no longer matches (another file dated its status first) or an unimported edit fails here.
  it('is exactly what the data files build (registry:import --check)', () => {
    const script = join(__dirname, '../../../scripts/registry/import-shared.mjs');
    const run = spawnSync(process.execPath, [script, '--check', '--quiet'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
