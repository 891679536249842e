import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DesignationMentions } from '@/components/DesignationMentions';
import { PublisherSays } from '@/components/PublisherSays';
import type { PublisherNotice } from '@/lib/protocol';

const NOTICES: PublisherNotice[] = [
  { kind: 'publisher-status', text: 'RFE/RL has been declared an "undesirable organization" by the Russian government.', lang: 'en', position: 'bottom' },
  { kind: 'mandated-label', text: 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО …', lang: 'ru', position: 'in-article' },
];

describe('PublisherSays', () => {
  it('quotes each notice verbatim in a blockquote with its language, kind in words and attribution', () => {
    render(<PublisherSays notices={NOTICES} publisherName="RFE/RL" />);
    expect(screen.getByText('The publisher says:')).toBeTruthy();
    const items = screen.getAllByTestId('publisher-notice');
    expect(items).toHaveLength(2);
    const first = within(items[0] as HTMLElement);
    const quote = first.getByTestId('publisher-notice-text');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent?.trim()).toBe(NOTICES[0]?.text);
    expect(first.getByTestId('publisher-notice-kind').textContent).toBe('Status statement');
    expect(first.getByTestId('publisher-notice-source').textContent).toBe('— RFE/RL, at the bottom of the page');
    expect(within(items[1] as HTMLElement).getByTestId('publisher-notice-kind').textContent).toContain('foreign-agent law');
  });

  it('is set apart from the registry facts by its own class', () => {
    render(<PublisherSays notices={NOTICES} />);
    expect(screen.getByTestId('publisher-says').classList.contains('mh-publisher-says')).toBe(true);
    expect(screen.getAllByTestId('publisher-notice-source')[0]?.textContent).toContain('the publisher');
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<PublisherSays notices={[]} publisherName="RFE/RL" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('DesignationMentions', () => {
  it('lists who the story marks and how, saying that the story states it', () => {
    render(<DesignationMentions mentions={[{ marker: '(признан иноагентом)', designation: 'foreign-agent', context: 'фонд «Открытые источники»' }]} />);
    const item = screen.getByTestId('designation-mention');
    expect(item.textContent).toBe("фонд «Открытые источники» — designated a 'foreign agent' (as the story states: (признан иноагентом))");
    expect(item.querySelector('q')?.getAttribute('lang')).toBe('ru');
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<DesignationMentions mentions={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
