/**
 * Read-aloud controller: speaks a story block by block through an injected SpeechSynthesis-like object, reports the
 * block being read, and never speaks without a local voice (an utterance without a voice gets the engine's default,
 * which may be a remote one that sends the text to a server).
 * @module lib/reader/speech/create-read-aloud
 */
import { pickVoice, type VoiceLike } from '@/lib/reader/speech/pick-voice';
import type {
  ReadAloud, ReadAloudError, ReadAloudOptions, ReadAloudState, SpeechSynthesisLike,
} from '@/lib/reader/speech/read-aloud-types';
import { speakableParagraphs, speakableText } from '@/lib/reader/speech/speakable-paragraphs';

export type {
  ReadAloud, ReadAloudError, ReadAloudOptions, ReadAloudState, SpeechSynthesisLike, UtteranceLike,
} from '@/lib/reader/speech/read-aloud-types';

/** Rates past these are unintelligible on common engines (the API allows 0.1–10). */
function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(2, Math.max(0.5, rate)) : 1;
}

/** Errors engines report for utterances we cancelled ourselves (https://wicg.github.io/speech-api/#speechsynthesiserrorevent). */
const SELF_INFLICTED = new Set(['interrupted', 'canceled']);

class ReadAloudController implements ReadAloud {
  readonly paragraphs: readonly Element[];
  state: ReadAloudState = 'idle';
  index = 0;
  private rate: number;
  // Each utterance carries the generation it was spoken in; cancel() makes engines fire end/error events for the
  // cancelled utterance, and those must not advance or end the new reading.
  private generation = 0;

  constructor(private readonly synth: SpeechSynthesisLike, root: Element, private readonly opts: ReadAloudOptions) {
    this.paragraphs = speakableParagraphs(root);
    this.rate = clampRate(opts.rate ?? 1);
  }

  play(from: number = this.state === 'ended' ? 0 : this.index): void {
    const wasPaused = this.state === 'paused';
    this.generation += 1;
    this.synth.cancel();
    // Chrome stays paused across cancel(): without resume() the next utterance would never start.
    if (wasPaused) this.synth.resume();
    if (this.paragraphs.length === 0) return this.fail('nothing-to-read');
    const voice = pickVoice(this.synth.getVoices(), this.opts.lang);
    if (!voice) return this.fail('no-local-voice');
    this.setState('playing');
    this.speakAt(Math.min(Math.max(0, Math.trunc(from)), this.paragraphs.length - 1), voice, this.generation);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.synth.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.synth.resume();
    this.setState('playing');
  }

  stop(): void {
    const wasPaused = this.state === 'paused';
    this.generation += 1;
    this.synth.cancel();
    if (wasPaused) this.synth.resume();
    this.index = 0;
    this.setState('idle');
  }

  setRate(rate: number): void {
    this.rate = clampRate(rate);
    if (this.state === 'playing') this.play(this.index);
  }

  private speakAt(i: number, voice: VoiceLike, token: number): void {
    if (token !== this.generation) return;
    const el = this.paragraphs[i];
    if (!el) return this.setState('ended');
    this.index = i;
    const utterance = this.opts.createUtterance(speakableText(el));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.rate;
    utterance.onend = () => this.speakAt(i + 1, voice, token);
    utterance.onerror = (event) => {
      if (token === this.generation && !SELF_INFLICTED.has(event.error ?? '')) this.fail('synthesis-error');
    };
    this.opts.onParagraph?.(i, el);
    this.synth.speak(utterance);
  }

  private setState(next: ReadAloudState): void {
    if (next === this.state) return;
    this.state = next;
    this.opts.onStateChange?.(next);
  }

  private fail(error: ReadAloudError): void {
    this.generation += 1;
    this.setState('error');
    this.opts.onError?.(error);
  }
}

/**
 * Creates a read-aloud controller for a story.
 * @param synth the speech engine (`window.speechSynthesis`, or a fake in tests)
 * @param root the story container; its blocks are taken once, now
 * @param opts language, utterance factory, rate and callbacks
 */
export function createReadAloud(synth: SpeechSynthesisLike, root: Element, opts: ReadAloudOptions): ReadAloud {
  return new ReadAloudController(synth, root, opts);
}
