/**
 * Reads what a page says about itself (canonical address, site name, JSON-LD publisher, language, modification
 * date) from the live document, before Readability mutates a clone. Runs in the page: every input is untrusted.
 * @module lib/publisher/read-page-metadata
 */
import type { PageMetadata } from '@/lib/protocol';
import { type JsonLdFacts, readJsonLd } from './read-json-ld';

const MAX_ELEMENTS = 500;
const MAX_TEXT = 300;
const MAX_URL = 2048;
/** BCP 47-shaped (`en`, `pt-BR`, `zh-Hant-TW`); `en_US` is accepted as `en-US`, anything else is dropped. */
const LANG_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** Trimmed, whitespace-collapsed text, or null if empty or implausibly long for a name. */
function cleanText(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' || text.length > MAX_TEXT ? null : text;
}

/** An http(s) URL resolved against the page URL; other schemes (javascript:, data:) and junk are dropped. */
function resolveUrl(value: string | null | undefined, base: string): string | null {
  const raw = (value ?? '').trim();
  if (raw === '' || raw.length > MAX_URL) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `<meta property|name=… content=…>` keyed by lowercased property/name; the first occurrence wins. */
function metaContents(doc: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]')).slice(0, MAX_ELEMENTS)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key !== '' && !contents.has(key)) contents.set(key, meta.getAttribute('content') ?? '');
  }
  return contents;
}

function canonicalHref(doc: Document): string | null {
  const links = Array.from(doc.querySelectorAll('link[rel][href]')).slice(0, MAX_ELEMENTS);
  const canonical = links.find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return canonical?.getAttribute('href') ?? null;
}

/** An ISO 8601 string for a parsable date, else null. */
function isoDate(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function pageLang(doc: Document): string | null {
  const lang = cleanText(doc.documentElement?.getAttribute('lang'))?.replace(/_/g, '-') ?? null;
  return lang && lang.length <= 35 && LANG_PATTERN.test(lang) ? lang : null;
}

function safeJsonLd(doc: Document): JsonLdFacts {
  try {
    return readJsonLd(doc);
  } catch {
    // A hostile or exotic page must not cost the reader the rest of the metadata.
    return { publisherName: null, publisherUrl: null, dateModified: null };
  }
}

/**
 * Fills PageMetadata from the document: `<link rel=canonical>` and `og:url` resolved against `url`, `og:site_name`,
 * the JSON-LD publisher of the first article-like object, `<html lang>`, and `article:modified_time` (else JSON-LD
 * `dateModified`) as ISO. Missing or malformed values are null; it never throws on page content.
 */
export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const meta = metaContents(doc);
  const jsonLd = safeJsonLd(doc);
  return {
    url,
    canonicalUrl: resolveUrl(canonicalHref(doc), url),
    ogUrl: resolveUrl(meta.get('og:url'), url),
    ogSiteName: cleanText(meta.get('og:site_name')),
    jsonLdPublisherName: cleanText(jsonLd.publisherName),
    jsonLdPublisherUrl: resolveUrl(jsonLd.publisherUrl, url),
    lang: pageLang(doc),
    modifiedTime: isoDate(meta.get('article:modified_time')) ?? isoDate(jsonLd.dateModified),
  };
}
