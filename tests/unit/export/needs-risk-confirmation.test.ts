import { describe, expect, it } from 'vitest';
import { needsRiskConfirmation, type ActRisk } from '@/lib/export/needs-risk-confirmation';

describe('needsRiskConfirmation', () => {
  it.each<[string, 'save' | 'share', ActRisk[], RegExp | null]>([
    ['no notes at all', 'save', [], null],
    ['a note about another act only', 'save', [{ act: 'donate', risk: 'penalized' }], null],
    ['saving not penalized', 'save', [{ act: 'save', risk: 'not-penalized' }], null],
    ['saving penalized', 'save', [{ act: 'save', risk: 'penalized' }], /^Saving or keeping material from this publisher is penalized where you live/],
    ['saving penalties reported', 'save', [{ act: 'save', risk: 'reported' }], /^Penalties for saving or keeping material .* have been reported/],
    ['saving risk unknown', 'save', [{ act: 'save', risk: 'unknown' }], /^Masthead does not know whether saving/],
    ['sharing penalized', 'share', [{ act: 'share', risk: 'penalized' }], /^Sharing material .* penalized.*Copy the link anyway\?$/],
  ])('for %s returns the matching text or null', (_case, action, risks, expected) => {
    const text = needsRiskConfirmation(action, risks);
    if (expected === null) expect(text).toBeNull();
    else expect(text).toMatch(expected);
  });

  it('uses the most severe note when several speak of the same act', () => {
    const risks: ActRisk[] = [
      { act: 'share', risk: 'unknown' },
      { act: 'share', risk: 'penalized' },
      { act: 'share', risk: 'reported' },
    ];
    expect(needsRiskConfirmation('share', risks)).toMatch(/is penalized/);
  });

  it('tells the reader before an export that Masthead keeps no copy', () => {
    expect(needsRiskConfirmation('save', [{ act: 'save', risk: 'reported' }])).toContain('Masthead keeps no copy');
  });

  it('does not call an unknown risk a penalty', () => {
    const text = needsRiskConfirmation('share', [{ act: 'share', risk: 'unknown' }]) ?? '';
    expect(text).toMatch(/^Masthead does not know whether /);
    expect(text).not.toMatch(/have been reported|according to Masthead's sources/);
  });
});
