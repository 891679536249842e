import { useEffect, useRef, useState } from 'preact/hooks';
import { createReadAloud } from '@/lib/reader/speech/create-read-aloud';
import type { ReadAloud, ReadAloudError, ReadAloudState } from '@/lib/reader/speech/read-aloud-types';
import { webSpeech } from '@/lib/reader/overlay/web-speech';

export interface ReadAloudButtonProps {
  /** The story's body element (inside the shadow root), once rendered. */
  getRoot(): Element | null;
  lang: string | null;
  win: Window;
}

const ERRORS: Record<ReadAloudError, string> = {
  'no-local-voice': 'No voice on this device speaks this language.',
  'nothing-to-read': 'There is no text to read.',
  'synthesis-error': 'Reading aloud stopped: the speech engine reported an error.',
};

/** Read aloud with the device's own voices; highlights and scrolls to the block being read; stops when unmounted. */
export function ReadAloudButton({ getRoot, lang, win }: ReadAloudButtonProps) {
  const reader = useRef<ReadAloud | null>(null);
  const [state, setState] = useState<ReadAloudState>('idle');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => reader.current?.stop(), []);
  if (!('speechSynthesis' in win)) return null;
  const start = () => {
    const root = getRoot();
    if (!root) return;
    let current: Element | null = null;
    const speech = webSpeech(win.speechSynthesis);
    reader.current = createReadAloud(speech.synth, root, {
      lang,
      createUtterance: speech.createUtterance,
      onParagraph: (_index, el) => {
        current?.classList.remove('mh-speaking');
        el.classList.add('mh-speaking');
        current = el;
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      onStateChange: (next) => {
        setState(next);
        if (next === 'ended' || next === 'idle') current?.classList.remove('mh-speaking');
      },
      onError: (kind) => setError(ERRORS[kind] ?? null),
    });
    setError(null);
    reader.current.play(0);
  };
  const onClick = () => {
    if (state === 'playing') reader.current?.pause();
    else if (state === 'paused') reader.current?.resume();
    else start();
  };
  const label = state === 'playing' ? 'Pause' : state === 'paused' ? 'Resume' : 'Read aloud';
  return (
    <span class="mh-read-aloud">
      <button type="button" onClick={onClick} aria-pressed={state === 'playing'} data-testid="reader-read-aloud">{label}</button>
      {(state === 'playing' || state === 'paused') && (
        <button type="button" onClick={() => reader.current?.stop()} data-testid="reader-read-aloud-stop">Stop</button>
      )}
      {error && <span class="mh-actions__status" role="status">{error}</span>}
    </span>
  );
}
