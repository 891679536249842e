/**
 * The reading view's typography and theme preferences: the type, its defaults, the allowed steps, and the pure
 * rules that keep a stored value valid (storage may hold an older shape or a hand-edited value).
 * @module lib/reader/prefs/reader-prefs
 */

/** `auto` follows the system's `prefers-color-scheme`. */
export const READER_THEMES = ['light', 'sepia', 'dark', 'auto'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

export const READER_FONTS = ['serif', 'sans'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];

export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type ReaderWidth = (typeof READER_WIDTHS)[number];

/** Body font sizes in CSS pixels, one per step. Seven steps, as Firefox Reader View offers a similar range. */
export const FONT_SIZES_PX = [15, 17, 19, 21, 24, 28, 32] as const;
/** Unitless line heights, one per step; 1.6 is the default, in the 1.5–1.7 band WCAG 1.4.12 and most readers use. */
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
/**
 * Measure (line length) per width, in `ch`. 45–75 characters is the comfortable range and ~66 the ideal (Bringhurst,
 * The Elements of Typographic Style, 2.1.2); `ch` is the width of "0", wider than the average letter, so 58ch sets
 * about 65–70 characters of running text (measured in Chromium: 58ch of serif at 19 px ≈ 68 characters).
 */
export const MEASURES_CH: Record<ReaderWidth, number> = { narrow: 48, medium: 58, wide: 72 };

/** What the reader chose; persisted as-is. Steps are indexes into FONT_SIZES_PX and LINE_HEIGHTS. */
export interface ReaderPrefs {
  /** Index into FONT_SIZES_PX. */
  fontSizeStep: number;
  /** Index into LINE_HEIGHTS. */
  lineHeightStep: number;
  font: ReaderFont;
  width: ReaderWidth;
  theme: ReaderTheme;
}

export const DEFAULT_READER_PREFS: ReaderPrefs = Object.freeze({
  fontSizeStep: 2,
  lineHeightStep: 1,
  font: 'serif',
  width: 'medium',
  theme: 'auto',
});

function clampStep(value: unknown, count: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(count - 1, Math.max(0, Math.round(value)));
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/**
 * Turns anything read from storage into valid prefs: numbers are rounded and clamped to the available steps,
 * unknown names fall back to the default, missing fields take the default.
 * @param raw a stored value of unknown shape
 */
export function normalizeReaderPrefs(raw: unknown): ReaderPrefs {
  const get = (key: keyof ReaderPrefs): unknown =>
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, key) : undefined;
  const d = DEFAULT_READER_PREFS;
  return {
    fontSizeStep: clampStep(get('fontSizeStep'), FONT_SIZES_PX.length, d.fontSizeStep),
    lineHeightStep: clampStep(get('lineHeightStep'), LINE_HEIGHTS.length, d.lineHeightStep),
    font: oneOf(READER_FONTS, get('font'), d.font),
    width: oneOf(READER_WIDTHS, get('width'), d.width),
    theme: oneOf(READER_THEMES, get('theme'), d.theme),
  };
}

/**
 * One step larger (+1) or smaller (−1) text; stays at the ends instead of wrapping.
 * @returns new prefs (the input is not modified)
 */
export function stepFontSize(prefs: ReaderPrefs, delta: 1 | -1): ReaderPrefs {
  return { ...prefs, fontSizeStep: clampStep(prefs.fontSizeStep + delta, FONT_SIZES_PX.length, prefs.fontSizeStep) };
}

/**
 * One step looser (+1) or tighter (−1) line spacing; stays at the ends.
 * @returns new prefs (the input is not modified)
 */
export function stepLineHeight(prefs: ReaderPrefs, delta: 1 | -1): ReaderPrefs {
  return { ...prefs, lineHeightStep: clampStep(prefs.lineHeightStep + delta, LINE_HEIGHTS.length, prefs.lineHeightStep) };
}

/** Whether a font-size step in the given direction would change anything (to disable the button at the ends). */
export function canStepFontSize(prefs: ReaderPrefs, delta: 1 | -1): boolean {
  return stepFontSize(prefs, delta).fontSizeStep !== prefs.fontSizeStep;
}
