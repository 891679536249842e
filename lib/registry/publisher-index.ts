/**
 * The bundled registry, indexed once for identification (domains and names → publisher), and the data a page report
 * is built from in the extension.
 * @module lib/registry/publisher-index
 */
import type { ReportData } from '@/lib/page-report';
import { buildPublisherIndex, type PublisherIndex } from '@/lib/publisher/build-publisher-index';
import { LEGAL_NOTE_INDEX } from '@/lib/registry/load-legal-notes';
import { REGISTRY } from '@/lib/registry/load-registry';

/** Built when first imported: the popup and the reader overlay each index the registry once per page view. */
export const PUBLISHER_INDEX: PublisherIndex = buildPublisherIndex(REGISTRY.publishers);

/** The bundled registry and legal notes, as buildPageReport takes them (popup and reader alike). */
export const BUNDLED_REPORT_DATA: ReportData = { index: PUBLISHER_INDEX, notes: LEGAL_NOTE_INDEX };
