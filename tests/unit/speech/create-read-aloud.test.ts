import { describe, expect, it, vi } from 'vitest';
import { createReadAloud } from '@/lib/reader/speech/create-read-aloud';
import type { SpeechSynthesisLike, UtteranceLike } from '@/lib/reader/speech/read-aloud-types';
import { FakeSynth, LOCAL_EN, makeUtterance, REMOTE_EN } from './fake-speech';

function story(): Element {
  const root = document.createElement('article');
  root.innerHTML = '<h2>Title</h2><p>One.</p><p>Two.</p>';
  return root;
}

describe('createReadAloud', () => {
  it('speaks block after block with a local voice and reports each block', () => {
    const synth = new FakeSynth([REMOTE_EN, LOCAL_EN]);
    const onParagraph = vi.fn();
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance, onParagraph });
    reader.play();
    synth.finishCurrent();
    synth.finishCurrent();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Title', 'One.', 'Two.']);
    expect(synth.spoken.every((u) => u.voice === LOCAL_EN && u.lang === 'en-US')).toBe(true);
    expect(onParagraph.mock.calls.map(([index]) => index)).toEqual([0, 1, 2]);
    synth.finishCurrent();
    expect(reader.state).toBe('ended');
  });

  it('refuses to speak when only remote voices exist, instead of letting the engine pick one', () => {
    const synth = new FakeSynth([REMOTE_EN]);
    const onError = vi.fn();
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance, onError });
    reader.play();
    expect(synth.spoken).toHaveLength(0);
    expect(reader.state).toBe('error');
    expect(onError).toHaveBeenCalledWith('no-local-voice');
  });

  it('pauses and resumes through the engine', () => {
    const synth = new FakeSynth([LOCAL_EN]);
    const states: string[] = [];
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance, onStateChange: (s) => states.push(s) });
    reader.play();
    reader.pause();
    reader.resume();
    expect(synth.calls.slice(-2)).toEqual(['pause', 'resume']);
    expect(states).toEqual(['playing', 'paused', 'playing']);
  });

  it('stops without the cancelled utterance moving on to the next block', () => {
    const synth = new FakeSynth([LOCAL_EN]);
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance });
    reader.play(1);
    const cancelled = synth.current;
    reader.stop();
    cancelled?.onend?.({});
    expect(synth.spoken.map((u) => u.text)).toEqual(['One.']);
    expect(reader.state).toBe('idle');
    expect(reader.index).toBe(0);
  });

  it('restarts the current block at the new rate, clamped to an intelligible range', () => {
    const synth = new FakeSynth([LOCAL_EN]);
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance, rate: 1 });
    reader.play();
    synth.finishCurrent();
    reader.setRate(5);
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([['Title', 1], ['One.', 1], ['One.', 2]]);
    expect(reader.state).toBe('playing');
  });

  it('reports a synthesis error but not the interruptions it caused itself', () => {
    const synth = new FakeSynth([LOCAL_EN]);
    const onError = vi.fn();
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance, onError });
    reader.play();
    reader.play(2);
    expect(onError).not.toHaveBeenCalled();
    synth.current?.onerror?.({ error: 'synthesis-failed' });
    expect(onError).toHaveBeenCalledWith('synthesis-error');
    expect(reader.state).toBe('error');
  });

  it('resumes the engine when playing again after a pause, since Chrome stays paused across cancel', () => {
    const synth = new FakeSynth([LOCAL_EN]);
    const reader = createReadAloud(synth, story(), { lang: 'en', createUtterance: makeUtterance });
    reader.play();
    reader.pause();
    reader.play(2);
    expect(synth.calls.slice(-3)).toEqual(['cancel', 'resume', 'speak']);
  });

  it('reports an empty story instead of ending silently', () => {
    const onError = vi.fn();
    const root = document.createElement('article');
    createReadAloud(new FakeSynth([LOCAL_EN]), root, { lang: 'en', createUtterance: makeUtterance, onError }).play();
    expect(onError).toHaveBeenCalledWith('nothing-to-read');
  });
});

/** Compile-time check that the real Web Speech API objects fit the structural types (never called). */
export function realApiFits(synth: SpeechSynthesis): [SpeechSynthesisLike, (text: string) => UtteranceLike] {
  return [synth, (text: string) => new SpeechSynthesisUtterance(text)];
}
