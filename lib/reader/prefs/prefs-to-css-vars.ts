/**
 * Reader prefs → CSS custom properties, so the on-page overlay and the popup's story share one look.
 * The five theme variables (--mh-fg, --mh-bg, --mh-muted, --mh-border, --mh-accent) are the ones every Masthead
 * component reads.
 * @module lib/reader/prefs/prefs-to-css-vars
 */
import { FONT_SIZES_PX, LINE_HEIGHTS, MEASURES_CH, type ReaderPrefs, type ReaderTheme } from './reader-prefs';

/** A theme after `auto` has been resolved against the system setting. */
export type ResolvedTheme = Exclude<ReaderTheme, 'auto'>;

export interface ThemePalette {
  fg: string;
  bg: string;
  muted: string;
  border: string;
  accent: string;
}

/**
 * Palettes chosen for contrast: body text is ≥ 7:1 (WCAG AAA) and muted text ≥ 4.5:1 on its background in each.
 * Sepia follows the warm paper tone of Firefox Reader View's sepia theme.
 */
export const THEME_PALETTES: Record<ResolvedTheme, ThemePalette> = {
  light: { fg: '#1b1b1f', bg: '#ffffff', muted: '#5b5b66', border: '#d7d7db', accent: '#0b57d0' },
  sepia: { fg: '#3d2f22', bg: '#f4ecd8', muted: '#6b5846', border: '#d9c9a8', accent: '#8c3d10' },
  dark: { fg: '#e8e8ea', bg: '#1c1b22', muted: '#a9a9b3', border: '#3d3c47', accent: '#8ab4f8' },
};

export const FONT_STACKS = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
} as const;

/**
 * Resolves `auto` to light or dark.
 * @param prefersDark whether `(prefers-color-scheme: dark)` matches where the view is shown
 */
export function resolveTheme(theme: ReaderTheme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}

/**
 * CSS custom properties for the given prefs: theme colours, font family and size, line height, measure and the
 * `color-scheme` the form controls and scrollbars should follow.
 * @param prefs valid prefs (see normalizeReaderPrefs)
 * @param prefersDark whether the system asks for a dark scheme; only used when the theme is `auto`
 */
export function prefsToCssVars(prefs: ReaderPrefs, prefersDark = false): Record<string, string> {
  const theme = resolveTheme(prefs.theme, prefersDark);
  const palette = THEME_PALETTES[theme];
  return {
    '--mh-fg': palette.fg,
    '--mh-bg': palette.bg,
    '--mh-muted': palette.muted,
    '--mh-border': palette.border,
    '--mh-accent': palette.accent,
    '--mh-color-scheme': theme === 'dark' ? 'dark' : 'light',
    '--mh-font-family': FONT_STACKS[prefs.font],
    '--mh-font-size': `${FONT_SIZES_PX[prefs.fontSizeStep] ?? FONT_SIZES_PX[2]}px`,
    '--mh-line-height': String(LINE_HEIGHTS[prefs.lineHeightStep] ?? LINE_HEIGHTS[1]),
    '--mh-measure': `${MEASURES_CH[prefs.width]}ch`,
  };
}
