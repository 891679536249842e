import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_PREFS, FONT_SIZES_PX, LINE_HEIGHTS, MEASURES_CH, canStepFontSize, normalizeReaderPrefs, stepFontSize, stepLineHeight,
  type ReaderPrefs,
} from '@/lib/reader/prefs/reader-prefs';
import { THEME_PALETTES, prefsToCssVars, resolveTheme } from '@/lib/reader/prefs/prefs-to-css-vars';

const prefs = (over: Partial<ReaderPrefs> = {}): ReaderPrefs => ({ ...DEFAULT_READER_PREFS, ...over });

describe('normalizeReaderPrefs', () => {
  it('returns the defaults for values that are not objects', () => {
    for (const raw of [undefined, null, 42, 'serif', []]) expect(normalizeReaderPrefs(raw)).toEqual(DEFAULT_READER_PREFS);
  });

  it('keeps a valid stored value unchanged', () => {
    const stored = prefs({ fontSizeStep: 5, lineHeightStep: 3, font: 'sans', width: 'wide', theme: 'sepia' });
    expect(normalizeReaderPrefs(stored)).toEqual(stored);
  });

  it('clamps and rounds out-of-range steps to the available steps', () => {
    const fixed = normalizeReaderPrefs({ fontSizeStep: 99, lineHeightStep: -3 });
    expect(fixed.fontSizeStep).toBe(FONT_SIZES_PX.length - 1);
    expect(fixed.lineHeightStep).toBe(0);
    expect(normalizeReaderPrefs({ fontSizeStep: 2.6 }).fontSizeStep).toBe(3);
  });

  it('replaces unknown names and non-numbers with the defaults field by field', () => {
    const fixed = normalizeReaderPrefs({ font: 'comic', theme: 'neon', width: 'medium', fontSizeStep: 'big' });
    expect(fixed).toEqual(prefs({ width: 'medium' }));
    expect(normalizeReaderPrefs({ fontSizeStep: Number.NaN }).fontSizeStep).toBe(DEFAULT_READER_PREFS.fontSizeStep);
  });
});

describe('stepping font size and line height', () => {
  it('offers at least five font sizes and three line heights', () => {
    expect(FONT_SIZES_PX.length).toBeGreaterThanOrEqual(5);
    expect(LINE_HEIGHTS.length).toBeGreaterThanOrEqual(3);
  });

  it('moves one step at a time without modifying the input', () => {
    const start = prefs({ fontSizeStep: 2 });
    expect(stepFontSize(start, 1).fontSizeStep).toBe(3);
    expect(stepFontSize(start, -1).fontSizeStep).toBe(1);
    expect(start.fontSizeStep).toBe(2);
    expect(stepLineHeight(prefs({ lineHeightStep: 1 }), 1).lineHeightStep).toBe(2);
  });

  it('stays at the smallest and largest steps instead of wrapping', () => {
    const last = FONT_SIZES_PX.length - 1;
    expect(stepFontSize(prefs({ fontSizeStep: last }), 1).fontSizeStep).toBe(last);
    expect(stepFontSize(prefs({ fontSizeStep: 0 }), -1).fontSizeStep).toBe(0);
    expect(stepLineHeight(prefs({ lineHeightStep: 0 }), -1).lineHeightStep).toBe(0);
    expect(canStepFontSize(prefs({ fontSizeStep: last }), 1)).toBe(false);
    expect(canStepFontSize(prefs({ fontSizeStep: last }), -1)).toBe(true);
  });
});

describe('prefsToCssVars', () => {
  it('sets the five shared theme variables from the chosen palette', () => {
    const vars = prefsToCssVars(prefs({ theme: 'sepia' }));
    expect(vars['--mh-bg']).toBe(THEME_PALETTES.sepia.bg);
    expect(vars['--mh-fg']).toBe(THEME_PALETTES.sepia.fg);
    for (const name of ['--mh-muted', '--mh-border', '--mh-accent']) expect(vars[name]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('resolves the auto theme from the system colour scheme', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(prefsToCssVars(prefs({ theme: 'auto' }), true)['--mh-bg']).toBe(THEME_PALETTES.dark.bg);
    expect(prefsToCssVars(prefs({ theme: 'auto' }), true)['--mh-color-scheme']).toBe('dark');
  });

  it('maps size, line height and width steps to CSS values', () => {
    const vars = prefsToCssVars(prefs({ fontSizeStep: 0, lineHeightStep: 2, width: 'narrow', font: 'sans' }));
    expect(vars['--mh-font-size']).toBe(`${FONT_SIZES_PX[0]}px`);
    expect(vars['--mh-line-height']).toBe(String(LINE_HEIGHTS[2]));
    expect(vars['--mh-measure']).toBe(`${MEASURES_CH.narrow}ch`);
    expect(vars['--mh-font-family']).toMatch(/sans-serif$/);
    expect(prefsToCssVars(prefs({ width: 'medium' }))['--mh-measure']).toBe(`${MEASURES_CH.medium}ch`);
    expect(MEASURES_CH.narrow).toBeLessThan(MEASURES_CH.medium);
    expect(MEASURES_CH.medium).toBeLessThan(MEASURES_CH.wide);
  });
});

/** WCAG 2.x relative luminance and contrast ratio (w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme palettes', () => {
  it.each(Object.entries(THEME_PALETTES))('%s has AAA body text and AA muted text and links', (_name, p) => {
    expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accent, p.bg)).toBeGreaterThanOrEqual(4.5);
  });
});
