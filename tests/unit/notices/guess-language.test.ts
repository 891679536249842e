import { expect, it } from 'vitest';
import { guessLanguage } from '@/lib/notices/guess-language';

it.each([
  ['RFE/RL has been declared an "undesirable organization" by the Russian government.', 'en'],
  ['Генпрокуратура признала издание нежелательной организацией.', 'ru'],
  ['Росія визнала «Північний вісник» «небажаною організацією».', 'uk'],
  ['Якщо ви в Росії, не поширюйте наших матеріалів.', 'uk'],
  ['Улады Беларусі прызналі выданне экстрэмісцкім.', 'be'],
  ['Калі вы ў Беларусі, не распаўсюджвайце нашы матэрыялы.', 'be'],
  ['Vive la presse libre', 'und'],
  ['2024 — 18+', 'und'],
])('guesses the language of %j as %s', (text, lang) => {
  expect(guessLanguage(text)).toBe(lang);
});
