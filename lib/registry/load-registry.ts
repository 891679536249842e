/**
 * The bundled registry, parsed once at module load (never in a hot path). Its lookup index is
 * lib/registry/publisher-index.ts.
 * @module lib/registry/load-registry
 */
import data from './publishers.json';
import { parseOrThrow } from './parse-or-throw';
import { RegistrySchema, type Registry } from './schema';

/**
 * Validates registry data; throws an Error listing every schema issue.
 * @param raw the parsed JSON
 */
export function parseRegistry(raw: unknown): Registry {
  return parseOrThrow(RegistrySchema, raw, 'lib/registry/publishers.json');
}

/** The registry, validated. */
export const REGISTRY: Registry = parseRegistry(data);

/** "Registry as of …" date the UI shows (ISO). */
export const REGISTRY_AS_OF: string = REGISTRY.asOf;
