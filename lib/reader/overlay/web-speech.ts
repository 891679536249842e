/**
 * The browser's Web Speech API behind the read-aloud controller's small interfaces.
 * @module lib/reader/overlay/web-speech
 */
import type { VoiceLike } from '@/lib/reader/speech/pick-voice';
import type { SpeechSynthesisLike, UtteranceLike } from '@/lib/reader/speech/read-aloud-types';

/**
 * Adapts a real speech engine. Utterances are plain objects until spoken; `speak` copies them onto a real
 * SpeechSynthesisUtterance (its event types are richer than the controller's, so they are not assignable directly).
 * @param synth `window.speechSynthesis`
 * @param Utterance the SpeechSynthesisUtterance constructor of the same window
 */
export function webSpeech(synth: SpeechSynthesis, Utterance: typeof SpeechSynthesisUtterance = SpeechSynthesisUtterance):
  { synth: SpeechSynthesisLike; createUtterance(text: string): UtteranceLike } {
  const realVoice = (voice: VoiceLike | null): SpeechSynthesisVoice | null =>
    voice ? synth.getVoices().find((v) => v === voice || (v.name === voice.name && v.lang === voice.lang)) ?? null : null;
  return {
    createUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    synth: {
      speak(like) {
        // Never speak without the chosen local voice: an utterance without one gets the engine's default, which
        // may be a network voice that sends the article's text to a server.
        const voice = realVoice(like.voice);
        if (!voice?.localService) {
          like.onerror?.({ error: 'voice-unavailable' });
          return;
        }
        const real = new Utterance(like.text);
        real.lang = like.lang;
        real.rate = like.rate;
        real.voice = voice;
        real.onend = () => like.onend?.(undefined as never);
        real.onerror = (event) => like.onerror?.({ error: event.error });
        synth.speak(real);
      },
      cancel: () => synth.cancel(),
      pause: () => synth.pause(),
      resume: () => synth.resume(),
      getVoices: () => synth.getVoices(),
    },
  };
}
