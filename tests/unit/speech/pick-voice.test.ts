import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '@/lib/reader/speech/pick-voice';

const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
  name, lang, localService, default: isDefault,
});

const VOICES = [
  voice('Google русский', 'ru-RU', false),
  voice('Milena', 'ru-RU', true),
  voice('Samantha', 'en-US', true, true),
  voice('Daniel', 'en-GB', true),
  voice('Google UK English', 'en-GB', false),
  voice('Lesya', 'uk_UA', true),
];

describe('pickVoice', () => {
  it.each([
    ['ru-RU', 'Milena'],
    ['en-GB', 'Daniel'],
    ['en-AU', 'Samantha'],
    ['EN_gb', 'Daniel'],
    ['uk-UA', 'Lesya'],
    ['uk', 'Lesya'],
    ['ru', 'Milena'],
  ])('picks a local voice for %s: %s', (lang, expected) => {
    expect(pickVoice(VOICES, lang)?.name).toBe(expected);
  });

  it('never returns a remote voice, even when it is the only match for the language', () => {
    const voices = [voice('Google Deutsch', 'de-DE', false), voice('Samantha', 'en-US', true, true)];
    expect(pickVoice(voices, 'de-DE')).toBeNull();
  });

  it('does not read a story with a voice of another language', () => {
    expect(pickVoice(VOICES, 'be-BY')).toBeNull();
  });

  it('uses the local default voice when the story language is unknown', () => {
    expect(pickVoice(VOICES, null)?.name).toBe('Samantha');
  });

  it('prefers the engine default among voices that match equally', () => {
    const voices = [voice('Alex', 'en-US', true), voice('Samantha', 'en-US', true, true)];
    expect(pickVoice(voices, 'en-US')?.name).toBe('Samantha');
  });

  it('does not trust a voice that does not say it is local', () => {
    const unsure = { name: 'Mystery', lang: 'fr-FR', localService: undefined } as unknown as VoiceLike;
    expect(pickVoice([unsure], 'fr-FR')).toBeNull();
  });

  it('returns null when there are no voices yet', () => {
    expect(pickVoice([], 'en')).toBeNull();
  });
});
