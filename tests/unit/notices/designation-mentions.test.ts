import { describe, expect, it } from 'vitest';
import { findDesignationMentions } from '@/lib/notices/designation-mentions';

describe('findDesignationMentions', () => {
  it.each([
    ['Фонд «Открытые источники» (признан иноагентом) оштрафован.', '(признан иноагентом)', 'foreign-agent'],
    ['Журналистка Анна Петрова (признана иностранным агентом) уехала.', '(признана иностранным агентом)', 'foreign-agent'],
    ['Сотрудничал с «Северным союзом» (организация признана нежелательной) до 2021 года.', '(организация признана нежелательной)', 'undesirable'],
    ['Публикации в Instagram (деятельность запрещена в РФ) удалены.', '(деятельность запрещена в РФ)', 'banned'],
    ['Участники группы (организация признана экстремистской и запрещена) задержаны.', '(организация признана экстремистской и запрещена)', 'extremist'],
    ['The lawyer (designated a \'foreign agent\' in Russia) said so.', "(designated a 'foreign agent' in Russia)", 'foreign-agent'],
    ['Дмитрий Муратов (иноагент) заявил.', '(иноагент)', 'foreign-agent'],
    ['Фонд (визнаний в Росії «іноагентом») заявив.', '(визнаний в Росії «іноагентом»)', 'foreign-agent'],
  ])('reads the marker in %j', (text, marker, designation) => {
    expect(findDesignationMentions(text)).toEqual([expect.objectContaining({ marker, designation })]);
  });

  it('reads a footnote marker after an asterisk', () => {
    const [mention] = findDesignationMentions('Политолог Иван Петров* считает иначе.\n*признан Минюстом РФ иноагентом');
    expect(mention).toEqual(expect.objectContaining({ marker: '*признан Минюстом РФ иноагентом', designation: 'foreign-agent' }));
  });

  it('keeps up to about 80 characters before the marker as context, cut at a word', () => {
    const text = `${'слово '.repeat(30)}фонд «Открытые источники» (признан иноагентом)`;
    const [mention] = findDesignationMentions(text);
    expect(mention?.context.length).toBeLessThanOrEqual(80);
    expect(mention?.context.endsWith('фонд «Открытые источники»')).toBe(true);
    expect(mention?.context.startsWith('слово')).toBe(true);
  });

  it('ignores parentheses that state no designation', () => {
    expect(findDesignationMentions('Он (признан виновным) и она (banned from driving) вышли.')).toEqual([]);
    expect(findDesignationMentions('Закон (об иноагентах и их финансировании) принят.')).toEqual([]);
  });

  it('lists each occurrence of a marker with its own context', () => {
    const mentions = findDesignationMentions('Фонд «А» (признан иноагентом) и фонд «Б» (признан иноагентом).');
    expect(mentions.map((m) => m.context)).toEqual(['Фонд «А»', 'Фонд «А» (признан иноагентом) и фонд «Б»']);
  });
});
