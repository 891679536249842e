import { describe, expect, it } from 'vitest';
import { EXTRACT_OPTIONS_KEY, takeExtractOptions } from '@/lib/article/extract-options';

describe('takeExtractOptions', () => {
  it('reads force and clears the options so a later injection starts fresh', () => {
    const scope = { [EXTRACT_OPTIONS_KEY]: { force: true } };
    expect(takeExtractOptions(scope)).toEqual({ force: true });
    expect(EXTRACT_OPTIONS_KEY in scope).toBe(false);
    expect(takeExtractOptions(scope)).toEqual({ force: false });
  });
  it('treats anything malformed as the defaults', () => {
    expect(takeExtractOptions({ [EXTRACT_OPTIONS_KEY]: 'force' })).toEqual({ force: false });
    expect(takeExtractOptions({ [EXTRACT_OPTIONS_KEY]: { force: 'yes' } })).toEqual({ force: false });
  });
});
