import type { VoiceLike } from '@/lib/reader/speech/pick-voice';
import type { SpeechSynthesisLike, UtteranceLike } from '@/lib/reader/speech/read-aloud-types';

/** An utterance as plain data. */
export function makeUtterance(text: string): UtteranceLike {
  return { text, lang: '', rate: 1, voice: null, onend: null, onerror: null };
}

/**
 * A speech engine that records calls and lets the test finish or fail the current utterance; like browsers, cancel()
 * reports the cancelled utterance as interrupted.
 */
export class FakeSynth implements SpeechSynthesisLike {
  spoken: UtteranceLike[] = [];
  calls: string[] = [];
  current: UtteranceLike | null = null;

  constructor(public voices: VoiceLike[]) {}

  speak(utterance: UtteranceLike): void {
    this.calls.push('speak');
    this.spoken.push(utterance);
    this.current = utterance;
  }

  cancel(): void {
    this.calls.push('cancel');
    const cancelled = this.current;
    this.current = null;
    cancelled?.onerror?.({ error: 'interrupted' });
  }

  pause(): void {
    this.calls.push('pause');
  }

  resume(): void {
    this.calls.push('resume');
  }

  getVoices(): readonly VoiceLike[] {
    return this.voices;
  }

  /** Ends the utterance being spoken, as the engine does when it reaches the end of the text. */
  finishCurrent(): void {
    const done = this.current;
    this.current = null;
    done?.onend?.({});
  }
}

export const LOCAL_EN: VoiceLike = { name: 'Local English', lang: 'en-US', localService: true, default: true };
export const REMOTE_EN: VoiceLike = { name: 'Google US English', lang: 'en-US', localService: false };
