/**
 * The bundled legal notes, parsed once at module load, and a lookup by jurisdiction × kind.
 * @module lib/registry/load-legal-notes
 */
import data from './legal-notes.json';
import { LegalNotesSchema, legalNoteKey, type LegalNote, type LegalNotes } from './legal-schema';
import { parseOrThrow } from './parse-or-throw';

/**
 * Validates legal-notes data; throws an Error listing every schema issue.
 * @param raw the parsed JSON
 */
export function parseLegalNotes(raw: unknown): LegalNotes {
  return parseOrThrow(LegalNotesSchema, raw, 'lib/registry/legal-notes.json');
}

/** Builds the "J/kind" → note lookup used by the warning policy. */
export function indexLegalNotes(notes: readonly LegalNote[]): ReadonlyMap<string, LegalNote> {
  return new Map(notes.map((note) => [legalNoteKey(note.jurisdiction, note.kind), note]));
}

/** The legal notes, validated. */
export const LEGAL_NOTES: LegalNotes = parseLegalNotes(data);

/** Date the legal notes were compiled from their sources (ISO). */
export const LEGAL_NOTES_AS_OF: string = LEGAL_NOTES.asOf;

/** "J/kind" → legal note. */
export const LEGAL_NOTE_INDEX: ReadonlyMap<string, LegalNote> = indexLegalNotes(LEGAL_NOTES.notes);
