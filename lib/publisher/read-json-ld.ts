/**
 * Reads the publisher and modification date a page declares in JSON-LD (schema.org), tolerating broken JSON,
 * arrays, `@graph` and `@id` references. Bounded everywhere: pages are untrusted input.
 * @module lib/publisher/read-json-ld
 */

/** What Masthead takes from JSON-LD. Strings are raw (trimmed); the caller resolves and validates URLs. */
export interface JsonLdFacts {
  publisherName: string | null;
  publisherUrl: string | null;
  dateModified: string | null;
}

type JsonObject = { [key: string]: unknown };

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 500_000;
const MAX_NODES = 1000;
const MAX_DEPTH = 6;
/** schema.org CreativeWork types a news story is published as (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'report',
  'blogposting', 'liveblogposting', 'scholarlyarticle', 'techarticle',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'profilepage', 'searchresultspage']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
}

/** `NewsArticle`, `schema:NewsArticle`, `https://schema.org/NewsArticle` → `newsarticle`. */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

/** Every object in the parsed scripts, with arrays and `@graph` flattened, breadth-first and capped. */
function collectNodes(roots: unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  let level: unknown[] = roots;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && nodes.length < MAX_NODES; depth += 1) {
    const next: unknown[] = [];
    for (const item of level) {
      if (Array.isArray(item)) next.push(...item.slice(0, MAX_NODES));
      else if (isObject(item)) {
        nodes.push(item);
        if (Array.isArray(item['@graph'])) next.push(...item['@graph'].slice(0, MAX_NODES));
      }
    }
    level = next;
  }
  return nodes.slice(0, MAX_NODES);
}

function parseScripts(doc: Document): unknown[] {
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter((script) =>
    (script.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'),
  );
  const parsed: unknown[] = [];
  for (const script of scripts.slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      // Some CMSs wrap the JSON in CDATA markers; Readability strips them the same way (Readability.js _getJSONLD).
      parsed.push(JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // Broken JSON-LD is common (trailing commas, HTML comments); the other sources still count.
    }
  }
  return parsed;
}

/** Follows a bare `{ "@id": … }` reference to the node that defines it, as Yoast-style `@graph`s use. */
function resolve(value: unknown, byId: Map<string, JsonObject>): JsonObject | string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (!isObject(first)) return null;
  const id = firstString(first['@id']);
  const target = id ? byId.get(id) : undefined;
  return target && first.name === undefined && first.url === undefined ? target : first;
}

function publisherOf(node: JsonObject, byId: Map<string, JsonObject>): Pick<JsonLdFacts, 'publisherName' | 'publisherUrl'> {
  const publisher = resolve(node.publisher, byId);
  if (typeof publisher === 'string') return { publisherName: publisher.trim() || null, publisherUrl: null };
  if (!publisher) return { publisherName: null, publisherUrl: null };
  const url = resolve(publisher.url, byId);
  const urlString = typeof url === 'string' ? url : url ? firstString(url['@id']) ?? firstString(url.url) : null;
  const id = firstString(publisher['@id']);
  const idUrl = id && /^https?:\/\//i.test(id) ? id : null;
  return { publisherName: firstString(publisher.name), publisherUrl: urlString?.trim() || idUrl };
}

/**
 * The publisher name/URL and `dateModified` of the first article-like object that states them (Article and its
 * subtypes first, then WebPage types). All null when the page has no usable JSON-LD.
 */
export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes = collectNodes(parseScripts(doc));
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = firstString(node['@id']);
    if (id && !byId.has(id)) byId.set(id, node);
  }
  const ranked = [
    ...nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))),
    ...nodes.filter((node) => typesOf(node).some((t) => PAGE_TYPES.has(t))),
  ];
  // Name and URL come from the same object, so they never describe two different publishers.
  const publisher = ranked.map((node) => publisherOf(node, byId)).find((p) => p.publisherName ?? p.publisherUrl);
  return {
    publisherName: publisher?.publisherName ?? null,
    publisherUrl: publisher?.publisherUrl ?? null,
    dateModified: ranked.map((node) => firstString(node.dateModified)).find((date) => date !== null) ?? null,
  };
}
