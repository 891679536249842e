/**
 * The bundled registry, parsed once at module load (never in a hot path), and its domain index.
 * @module lib/registry/load-registry
 */
import data from './publishers.json';
import { parseOrThrow } from './parse-or-throw';
import { RegistrySchema, type Publisher, type Registry } from './schema';

/**
 * Validates registry data; throws an Error listing every schema issue.
 * @param raw the parsed JSON
 */
export function parseRegistry(raw: unknown): Registry {
  return parseOrThrow(RegistrySchema, raw, 'lib/registry/publishers.json');
}

/**
 * Map from each verified domain to its publisher. `domainsUnverified` is left out on purpose: those are shown,
 * never matched (../shared/registry/README.md). The data tests guarantee one owner per domain.
 */
export function buildDomainIndex(publishers: readonly Publisher[]): ReadonlyMap<string, Publisher> {
  const index = new Map<string, Publisher>();
  for (const publisher of publishers) {
    for (const domain of publisher.domains) if (!index.has(domain)) index.set(domain, publisher);
  }
  return index;
}

/** The registry, validated. */
export const REGISTRY: Registry = parseRegistry(data);

/** "Registry as of …" date the UI shows (ISO). */
export const REGISTRY_AS_OF: string = REGISTRY.asOf;

/** Verified domain → publisher. */
export const DOMAIN_INDEX: ReadonlyMap<string, Publisher> = buildDomainIndex(REGISTRY.publishers);
