import { describe, expect, it } from 'vitest';
import { isExtractResult } from '@/lib/is-extract-result';

describe('isExtractResult', () => {
  it.each([undefined, null, 42, 'x', {}, { ok: true }, { ok: false, reason: 'nope', notices: [] },
    { ok: true, notices: [], mentions: [], meta: {}, article: { title: 1, contentHtml: '' } }])(
    'rejects %j', (value) => expect(isExtractResult(value)).toBe(false));
  it('accepts a failure with a known reason', () => {
    expect(isExtractResult({ ok: false, reason: 'restricted', detail: null, meta: null, notices: [] })).toBe(true);
  });
  it('accepts a success with an article', () => {
    expect(isExtractResult({ ok: true, notices: [], mentions: [], meta: {}, forced: false, article: { title: 't', contentHtml: '<p>x</p>' } })).toBe(true);
  });
});
