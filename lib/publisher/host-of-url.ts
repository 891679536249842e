/**
 * Host normalisation shared by the publisher matcher: one canonical form for tab URLs, canonical links and registry
 * domains, so that comparisons are plain string equality.
 * @module lib/publisher/host-of-url
 */
import { parse } from 'tldts';

/** Longest URL we are willing to parse; hostile pages can put megabytes into a canonical link. */
const MAX_URL_LENGTH = 4096;

/**
 * The hostname of an http(s) URL in canonical form: lowercase, IDN as punycode (the WHATWG URL parser does both),
 * no port, no trailing dot. Null for other schemes (file:, data:, chrome:), empty hosts and unparsable input.
 */
export function hostOfUrl(url: string | null | undefined): string | null {
  if (!url || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return stripTrailingDots(parsed.hostname);
}

/**
 * A bare host (as written in the registry, e.g. `ru.krymr.com` or `пример.рф`) in the same canonical form as
 * {@link hostOfUrl}, or null when it is not a host at all (contains a scheme, path or spaces).
 */
export function normaliseHost(host: string): string | null {
  const trimmed = host.trim();
  if (trimmed === '' || /[\s/?#@:]/.test(trimmed)) return null;
  return hostOfUrl(`http://${trimmed}/`);
}

/**
 * The registrable domain ("eTLD+1") of a canonical host by the Public Suffix List, private section included so that
 * `someone.blogspot.com` is never folded into `blogspot.com`. Null for IP addresses, `localhost` and bare suffixes.
 */
export function registrableDomain(host: string): string | null {
  const result = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (result.isIp) return null;
  return result.domain;
}

function stripTrailingDots(host: string): string | null {
  const stripped = host.replace(/\.+$/, '');
  return stripped === '' ? null : stripped;
}
