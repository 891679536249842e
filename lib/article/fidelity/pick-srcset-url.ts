/**
 * `srcset` parsing, so an image whose only real source is a candidate list still gets a plain `src`
 * (the sanitizer forbids `srcset`, and Readability's own lazy-image fix only knows jpg/png/webp).
 * @module lib/article/fidelity/pick-srcset-url
 */
import { resolveHttpUrl } from '@/lib/article/fidelity/image-url';

/** One candidate of a srcset: its URL and the size it claims (width in px, or density × 1000 when only `x` is given). */
export interface SrcsetCandidate {
  url: string;
  /** The descriptor as written ("800w", "2x"), or '' when absent. */
  descriptor: string;
  size: number;
}

/** Reads the descriptor part of one candidate ("800w", "2x", "1.5x"); an absent descriptor means 1x. */
function descriptorSize(descriptor: string): number {
  if (descriptor === '') return 1000;
  const match = /^([\d.]+)([wx])$/i.exec(descriptor.split(/\s+/)[0] ?? '');
  if (!match) return 0;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return 0;
  return match[2]?.toLowerCase() === 'w' ? value : value * 1000;
}

/**
 * Splits a srcset into candidates following the HTML parsing rules closely enough for real pages: a URL is a run
 * of non-space characters (commas inside it, as in Cloudinary's `w_300,h_200`, are kept) and a trailing comma ends it
 * (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute).
 * @param srcset the attribute value
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let rest = srcset.replace(/^[\s,]+/, '');
  while (rest.length > 0) {
    const urlEnd = rest.search(/\s|$/);
    let url = rest.slice(0, urlEnd);
    let after = rest.slice(urlEnd);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const comma = after.indexOf(',');
      descriptor = (comma === -1 ? after : after.slice(0, comma)).trim();
      after = comma === -1 ? '' : after.slice(comma + 1);
    }
    if (url) candidates.push({ url, descriptor, size: descriptorSize(descriptor) });
    rest = after.replace(/^[\s,]+/, '');
  }
  return candidates;
}

/**
 * Picks the largest usable candidate of a srcset (a reader view shows images large, and print needs resolution).
 * @param srcset the attribute value
 * @param base the live document's base URL
 * @returns an absolute http(s) URL, or null when no candidate is usable (`data:` placeholders are skipped)
 */
export function pickSrcsetUrl(srcset: string | null, base: string): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const candidate of parseSrcset(srcset)) {
    const url = resolveHttpUrl(candidate.url, base);
    if (url && (!best || candidate.size > best.size)) best = { url, size: candidate.size };
  }
  return best?.url ?? null;
}

/**
 * Rewrites every candidate URL of a srcset to an absolute one, dropping unusable candidates.
 * @param srcset the attribute value
 * @param base the live document's base URL
 */
export function absolutizeSrcset(srcset: string, base: string): string {
  return parseSrcset(srcset)
    .map((candidate) => ({ candidate, url: resolveHttpUrl(candidate.url, base) }))
    .filter((entry): entry is { candidate: SrcsetCandidate; url: string } => entry.url !== null)
    .map(({ candidate, url }) => (candidate.descriptor ? `${url} ${candidate.descriptor}` : url))
    .join(', ');
}
