import { describe, expect, it } from 'vitest';
import { findMandatedLabels, removeMandatedLabels, stripMandatedLabels } from '@/lib/notices/foreign-agent-label';

const OLD = 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, '
  + 'ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА';

function parse(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

describe('findMandatedLabels', () => {
  it.each([
    ['the statutory pre-2022 form', OLD],
    ['the same form in lower case with other quotes and dashes', 'данное сообщение /материал/ создано и/или распространено иностранным средством массовой информации — выполняющим функции иностранного агента'],
    ['the label for a natural person', 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ФИЗИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА'],
    ['the post-2022 form with the agent named', 'Настоящий материал (информация) произведен и (или) распространен иностранным агентом Иваном Ивановым либо касается деятельности иностранного агента Ивана Иванова'],
    ['an 18+ prefix', '18+ НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ «ВЕСТНИК»'],
  ])('finds %s', (_name, label) => {
    expect(findMandatedLabels(`Текст. ${label}. Ещё текст.`)).toEqual([label.replace(/\s+/g, ' ')]);
  });

  it('tolerates line breaks and extra spaces between the words', () => {
    expect(findMandatedLabels(OLD.replace(/ /g, '\n   '))).toHaveLength(1);
  });

  it('ignores a story sentence that merely mentions a foreign agent', () => {
    expect(findMandatedLabels('Минюст признал журналиста иностранным агентом в пятницу.')).toEqual([]);
  });

  it('cuts the label out of a text for classification', () => {
    expect(stripMandatedLabels(`Начало. ${OLD}`)).toBe('Начало.');
  });
});

describe('removeMandatedLabels', () => {
  it('removes the smallest element that holds only the label, with its empty wrapper', () => {
    const doc = parse(`<article><div class="label"><p>${OLD}</p></div><p>Первый абзац истории.</p></article>`);
    expect(removeMandatedLabels(doc)).toBe(1);
    expect(doc.querySelector('.label')).toBeNull();
    expect(doc.body.textContent).toContain('Первый абзац истории.');
  });

  it('cuts only the label when it shares a paragraph with story text', () => {
    const doc = parse(`<article><p>Материал подготовлен в регионе. ${OLD}</p></article>`);
    expect(removeMandatedLabels(doc)).toBe(1);
    expect(doc.querySelector('p')?.textContent?.trim()).toBe('Материал подготовлен в регионе.');
  });

  it('cuts a label that spans several text nodes', () => {
    const doc = parse(`<p>История. ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО <br>И (ИЛИ) РАСПРОСТРАНЕНО ФИЗИЧЕСКИМ ЛИЦОМ, <em>ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА</em> Конец.</p>`);
    expect(removeMandatedLabels(doc)).toBe(1);
    expect(doc.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('История. Конец.');
  });

  it('leaves a page without a label untouched', () => {
    const doc = parse('<p>Иностранный агент — статус, который присваивает Минюст.</p>');
    const before = doc.body.innerHTML;
    expect(removeMandatedLabels(doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });
});
