/**
 * Types of the read-aloud controller: structural stand-ins for the Web Speech API (so tests can pass fakes and lib/
 * needs no DOM globals) and the controller's options and interface.
 * @module lib/reader/speech/read-aloud-types
 */
import type { VoiceLike } from '@/lib/reader/speech/pick-voice';

/**
 * An event handler type checked bivariantly (method-style), so the DOM's handler types, whose event parameters are
 * richer than what this reads, are assignable to it.
 */
type Handler<E> = { handle(event: E): unknown }['handle'];

/** The parts of SpeechSynthesisUtterance this sets; `new SpeechSynthesisUtterance(text)` fits. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: Handler<unknown> | null;
  onerror: Handler<{ error?: string }> | null;
}

/** The parts of `window.speechSynthesis` this uses. */
export interface SpeechSynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): readonly VoiceLike[];
}

/** Where the controller is. 'ended' after the last block; 'error' when it could not speak. */
export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'ended' | 'error';

/** Why reading stopped on its own. */
export type ReadAloudError = 'no-local-voice' | 'nothing-to-read' | 'synthesis-error';

/** Options of createReadAloud. */
export interface ReadAloudOptions {
  /** The story's language tag (CleanArticle.lang), or null. */
  lang: string | null;
  /** Makes an utterance, e.g. `(text) => new SpeechSynthesisUtterance(text)`. */
  createUtterance: (text: string) => UtteranceLike;
  /** Speaking rate, 1 = normal; clamped to 0.5–2. */
  rate?: number;
  /** Called when a block starts being read, to highlight and scroll to it. */
  onParagraph?: (index: number, el: Element) => void;
  /** Called on every state change. */
  onStateChange?: (state: ReadAloudState) => void;
  /** Called when reading stops on its own because of a problem. */
  onError?: (error: ReadAloudError) => void;
}

/** The controller createReadAloud returns. */
export interface ReadAloud {
  /** Starts (or restarts) reading at block `from` (default: the current block, or the first). */
  play(from?: number): void;
  /** Pauses mid-sentence; resume() continues from there. */
  pause(): void;
  /** Continues after pause(). */
  resume(): void;
  /** Stops and rewinds to the first block. */
  stop(): void;
  /** Changes the rate; while playing, the current block restarts at the new rate. */
  setRate(rate: number): void;
  /** The current state. */
  readonly state: ReadAloudState;
  /** The block being (or last) read. */
  readonly index: number;
  /** The blocks that are read, in order (from speakableParagraphs). */
  readonly paragraphs: readonly Element[];
}
