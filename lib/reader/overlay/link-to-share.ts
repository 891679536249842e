/**
 * Which address "Copy link" copies.
 * @module lib/reader/overlay/link-to-share
 */
import type { PageMetadata } from '@/lib/protocol';

/**
 * The page's canonical URL when it is on the same host as the page (it usually drops tracking parameters such as
 * utm_* or fbclid, which can tie a shared link to the reader), else the address the reader is at. A canonical link
 * pointing elsewhere is not trusted, since a page can claim whatever canonical URL it likes.
 * @param meta the page's metadata
 */
export function linkToShare(meta: Pick<PageMetadata, 'url' | 'canonicalUrl'>): string {
  if (!meta.canonicalUrl) return meta.url;
  try {
    const canonical = new URL(meta.canonicalUrl);
    const page = new URL(meta.url);
    const sameHost = canonical.hostname.replace(/^www\./, '') === page.hostname.replace(/^www\./, '');
    return sameHost && canonical.protocol === page.protocol ? canonical.href : meta.url;
  } catch {
    return meta.url;
  }
}
