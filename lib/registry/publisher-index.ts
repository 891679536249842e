/**
 * The bundled registry, indexed once for identification (domains and names → publisher).
 * @module lib/registry/publisher-index
 */
import { buildPublisherIndex, type PublisherIndex } from '@/lib/publisher/build-publisher-index';
import { REGISTRY } from '@/lib/registry/load-registry';

/** Built when first imported: the popup and the reader overlay each index the registry once per page view. */
export const PUBLISHER_INDEX: PublisherIndex = buildPublisherIndex(REGISTRY.publishers);
