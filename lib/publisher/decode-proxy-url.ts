/**
 * Recognises copies of a page served from someone else's host (caches, translation proxies, archives) and recovers
 * the host of the original page. Only the URL is read; nothing is fetched.
 * @module lib/publisher/decode-proxy-url
 */
import { hostOfUrl } from './host-of-url';

/** Which service served the copy. */
export type ProxyKind = 'amp-cache' | 'translate-proxy' | 'google-cache' | 'web-archive';

/** The original page's host behind a proxy URL. */
export interface ProxiedHost {
  via: ProxyKind;
  host: string;
}

/** AMP caches that use the "domain with dashes" subdomain form (https://developers.google.com/amp/cache/overview). */
const AMP_CACHE_SUFFIXES = ['.cdn.ampproject.org', '.bing-amp.com'];
const TRANSLATE_SUFFIX = '.translate.goog';
const ARCHIVE_HOSTS = new Set(['web.archive.org', 'wayback.archive.org']);

/**
 * Reverses the cache subdomain encoding: the origin's `-` became `--` and `.` became `-`; labels that would look
 * like punycode were wrapped in `0-…-0` (AMP cache URL format). Null when the label is a hash (no dot recoverable).
 */
export function decodeDashedHost(label: string): string | null {
  const unwrapped = /^0-.*-0$/.test(label) ? label.slice(2, -2) : label;
  const decoded = unwrapped.replace(/--|-/g, (dash) => (dash === '--' ? '-' : '.'));
  return decoded.includes('.') ? hostOfUrl(`https://${decoded}/`) : null;
}

/** `/c/s/www.example.com/path` → `https://www.example.com/path` (AMP cache path form; `s/` marks https). */
function ampPathHost(pathname: string): string | null {
  const match = /^\/[a-z]{1,2}\/(?:[^/]+\/)*?(s\/)?([a-z0-9.-]+\.[a-z0-9-]+)(?:\/|$)/i.exec(pathname);
  return match?.[2] ? hostOfUrl(`https://${match[2]}/`) : null;
}

/** `/web/20240101000000id_/https://www.example.com/x` → the archived URL's host (scheme optional, slashes mangled). */
function archivedHost(pathAndQuery: string): string | null {
  const match = /^\/web\/\d{1,14}[a-z_*]*\/(.+)$/i.exec(pathAndQuery);
  if (!match?.[1]) return null;
  const target = match[1].replace(/^(https?):\/+/i, '$1://');
  return hostOfUrl(/^https?:\/\//i.test(target) ? target : `http://${target}`);
}

/** `q=cache:TOKEN:www.example.com/x` → the cached URL's host. */
function googleCacheHost(params: URLSearchParams): string | null {
  const query = params.get('q') ?? '';
  if (!query.startsWith('cache:')) return null;
  const target = query.slice('cache:'.length).replace(/^[\w-]{6,}:(?!\/\/)/, '');
  return hostOfUrl(/^https?:\/\//i.test(target) ? target : `http://${target}`);
}

function hostWithSuffix(host: string, suffixes: readonly string[]): string | null {
  const suffix = suffixes.find((candidate) => host.endsWith(candidate));
  return suffix ? host.slice(0, -suffix.length) : null;
}

/**
 * The original host behind an AMP cache, Google Translate proxy (`*.translate.goog`, `translate.google.com/translate?u=`),
 * Google cache or Wayback Machine URL; null for any other URL or when the original cannot be recovered.
 */
export function decodeProxyUrl(url: string): ProxiedHost | null {
  const host = hostOfUrl(url);
  if (!host) return null;
  const parsed = new URL(url);
  const ampLabel = hostWithSuffix(host, AMP_CACHE_SUFFIXES);
  if (ampLabel !== null) {
    const original = (ampLabel.includes('.') ? null : decodeDashedHost(ampLabel)) ?? ampPathHost(parsed.pathname);
    return original ? { via: 'amp-cache', host: original } : null;
  }
  const translateLabel = hostWithSuffix(host, [TRANSLATE_SUFFIX]);
  if (translateLabel !== null && !translateLabel.includes('.')) {
    const original = decodeDashedHost(translateLabel);
    return original ? { via: 'translate-proxy', host: original } : null;
  }
  if (host === 'translate.google.com' || host === 'translate.googleusercontent.com') {
    const original = hostOfUrl(parsed.searchParams.get('u'));
    return original ? { via: 'translate-proxy', host: original } : null;
  }
  if (host === 'webcache.googleusercontent.com') {
    const original = googleCacheHost(parsed.searchParams);
    return original ? { via: 'google-cache', host: original } : null;
  }
  if (ARCHIVE_HOSTS.has(host)) {
    const original = archivedHost(parsed.pathname + parsed.search);
    return original ? { via: 'web-archive', host: original } : null;
  }
  return null;
}
