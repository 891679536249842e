/**
 * Words the UI uses for acts, risks and sources. Risk is always shown as text (colour only reinforces it),
 * so the grid stays readable without colour (WCAG 1.4.1).
 * @module lib/warnings/labels
 */
import type { Risk } from '@/lib/registry/legal-schema';
import type { Act } from '@/lib/registry/schema';

/** Act → label as the reader would do it. */
export const ACT_LABELS: Readonly<Record<Act, string>> = {
  read: 'Read',
  share: 'Share or repost',
  like: 'Like',
  comment: 'Comment',
  save: 'Save or store',
  donate: 'Donate',
  contact: 'Contact or send information',
};

/** Risk → short label; 'unknown' says what it means: the sources do not address the act. */
export const RISK_LABELS: Readonly<Record<Risk, string>> = {
  penalized: 'Penalized',
  reported: 'Reported as risky',
  'not-penalized': 'Not penalized',
  unknown: 'No information',
};

/**
 * A short link text for a source URL: its host without `www.` ("rferl.org"), or the URL itself when it does not
 * parse. Showing the host tells the reader whose word it is before they click.
 */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
