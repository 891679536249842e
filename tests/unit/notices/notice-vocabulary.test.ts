import { describe, expect, it } from 'vitest';
import { classifySentence } from '@/lib/notices/notice-vocabulary';

describe('classifySentence', () => {
  it.each([
    ['We have been designated a "foreign agent" by the Ministry of Justice.', false, false, 'publisher-status'],
    ['Минюст внёс наше издание в реестр иностранных агентов.', false, false, 'publisher-status'],
    ['Northern Herald was declared undesirable by the Prosecutor General.', true, false, 'publisher-status'],
    ['The outlet has been declared an "undesirable organization" by the Russian government.', false, true, 'publisher-status'],
    ['You could face fines or imprisonment for sharing or liking our content.', false, false, 'sharing-warning'],
    ['Если вы в России, не делайте репостов наших материалов: за это грозит штраф.', false, false, 'sharing-warning'],
    ['Please do not donate to us from Russian bank cards if you are in Russia.', false, false, 'donation-notice'],
  ])('classifies %j (names itself: %s, strong box: %s) as %s', (sentence, namesSelf, strong, kind) => {
    expect(classifySentence(sentence, namesSelf, strong)).toBe(kind);
  });

  it.each([
    ['a story sentence about another organisation in a plain box', 'The Free Europe Foundation was declared an "undesirable organization" by the government.', false],
    ['a third party with a state actor outside a notice box', 'The Kremlin declared Bellingcat undesirable.', false],
    ['a plain donation appeal', 'Support our journalism: donate today.', true],
    ['a cookie banner', 'We and our partners use cookies to share information about your use of our site.', true],
    ['a disclaimer about comments', 'Редакция не несет ответственности за содержание комментариев.', true],
    ['the United States, not "us"', 'The US government designated the group a terrorist organization.', false],
  ])('does not classify %s', (_name, sentence, strong) => {
    expect(classifySentence(sentence, false, strong)).toBeNull();
  });
});
