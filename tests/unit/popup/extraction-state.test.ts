import { describe, expect, it } from 'vitest';
import { LOADING_MAX_ATTEMPTS, afterResult } from '@/lib/popup/extraction-state';
import type { ExtractResult } from '@/lib/protocol';

const loading: ExtractResult = { ok: false, reason: 'loading', detail: null, meta: null, notices: [] };
const restricted: ExtractResult = { ok: false, reason: 'restricted', detail: 'x', meta: null, notices: [] };

describe('afterResult', () => {
  it('asks again while the page is still loading', () => {
    expect(afterResult(loading, 0)).toEqual({ state: { phase: 'loading', slow: true, attempt: 1 }, retry: true });
  });
  it('stops asking after the last attempt and shows the loading message', () => {
    expect(afterResult(loading, LOADING_MAX_ATTEMPTS)).toEqual({ state: { phase: 'done', result: loading }, retry: false });
  });
  it('shows any other answer at once', () => {
    expect(afterResult(restricted, 0)).toEqual({ state: { phase: 'done', result: restricted }, retry: false });
  });
});
