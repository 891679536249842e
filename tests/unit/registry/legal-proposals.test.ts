import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LegalNoteSchema } from '@/lib/registry/legal-schema';

// Proposed legal notes from research, merged by hand into lib/registry/legal-notes.json: they must already parse.
const dir = join(__dirname, '../../../data/legal-proposals');
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];

describe.runIf(files.length > 0)('data/legal-proposals files', () => {
  it.each(files)('%s parses as an array of legal notes', (name) => {
    const result = v.safeParse(v.array(LegalNoteSchema), JSON.parse(readFileSync(join(dir, name), 'utf8')));
    expect(result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? []).toEqual([]);
  });
});
