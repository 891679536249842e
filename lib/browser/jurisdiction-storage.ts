/**
 * Where the reader's jurisdiction choice is kept: extension-local storage, on this device only (never `sync`, which
 * would copy a possibly sensitive choice to a browser account).
 * @module lib/browser/jurisdiction-storage
 */
import { storage } from '@wxt-dev/storage';
import { type JurisdictionChoice, parseJurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';

/** Raw item: `null` = not chosen yet, `'all'` = show all, or the chosen jurisdiction codes. Read it through loadJurisdictionChoice. */
export const readerJurisdictionsStorage = storage.defineItem<JurisdictionChoice | null>('local:readerJurisdictions', {
  fallback: null,
  version: 1,
});

/** The stored choice, validated; null when none was made or the stored value is unusable. */
export async function loadJurisdictionChoice(): Promise<JurisdictionChoice | null> {
  return parseJurisdictionChoice(await readerJurisdictionsStorage.getValue());
}

/** Stores a choice in canonical form; an empty or invalid choice resets to "not chosen". */
export async function saveJurisdictionChoice(choice: JurisdictionChoice): Promise<void> {
  await readerJurisdictionsStorage.setValue(parseJurisdictionChoice(choice));
}

/** Forgets the choice, so the first-run prompt shows again. */
export async function clearJurisdictionChoice(): Promise<void> {
  await readerJurisdictionsStorage.removeValue();
}
