/**
 * Voice choice for read-aloud. Only voices the device synthesizes itself are used: a voice with
 * `localService === false` sends the text to a remote server (Chrome's "Google …" voices, Edge's "Online (Natural)"
 * voices), and Masthead makes no network calls of its own (https://wicg.github.io/speech-api/#dom-speechsynthesisvoice-localservice).
 * @module lib/reader/speech/pick-voice
 */

/** The parts of a SpeechSynthesisVoice this needs; real voices and test fakes both fit. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
  default?: boolean;
}

/** `en_US`, `EN-us` → `en-us`: engines differ in case and separator (Android reports underscores). */
function normaliseLang(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

/** The language's primary subtag ("pt" for "pt-BR"). */
function primary(lang: string): string {
  return normaliseLang(lang).split('-')[0] ?? '';
}

/** The engine's default voice among candidates, else the first. */
function preferDefault<V extends VoiceLike>(candidates: V[]): V | null {
  return candidates.find((voice) => voice.default === true) ?? candidates[0] ?? null;
}

/**
 * Picks a local voice for a story's language: an exact language-tag match first, then a match on the primary subtag
 * ("en-GB" story, "en-US" voice), the engine default winning ties. Remote voices are never returned, and neither is a
 * voice of another language (it would mispronounce every word); with no language given, the local default voice.
 * Only `localService === true` counts as local: a voice that does not say it is local is not trusted.
 * @param voices the engine's voices (`speechSynthesis.getVoices()`)
 * @param lang the story's language tag, or null when unknown
 * @returns the voice to use, or null when no local voice fits
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null): V | null {
  const local = voices.filter((voice) => voice.localService === true);
  if (!lang?.trim()) return preferDefault(local);
  const wanted = normaliseLang(lang);
  const exact = local.filter((voice) => normaliseLang(voice.lang) === wanted);
  if (exact.length) return preferDefault(exact);
  return preferDefault(local.filter((voice) => primary(voice.lang) === primary(wanted)));
}
